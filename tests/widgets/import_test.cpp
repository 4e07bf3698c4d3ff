#include "import/importcontroller.h"
#include "widgetfixture.h"

#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

// Pretends to import: reports each file, rejects names containing "bad", and optionally
// keeps going slowly so a test can cancel it.
class FakeRunner final : public ImportRunner
{
public:
    explicit FakeRunner(int millisecondsPerFile)
        : m_delay(millisecondsPerFile)
    { }

    QList<ImportItemResult> run(ImportKind kind, const QString &workspacePath,
        const QStringList &paths, ImportProgress &progress) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_kind = kind;
            m_paths = paths;
            m_workspace = workspacePath;
            m_guiThread = QThread::currentThread() == qApp->thread();
        }
        QList<ImportItemResult> results;
        for (int i = 0; i < paths.size(); ++i) {
            if (progress.isCanceled())
                break;
            progress.report(i, static_cast<int>(paths.size()), paths.at(i));
            QThread::msleep(static_cast<unsigned long>(m_delay));
            ImportItemResult r;
            r.path = paths.at(i);
            if (paths.at(i).contains(QLatin1String("bad"))) {
                r.status = ImportItemResult::Status::Rejected;
                r.reason = QStringLiteral("not a policy document");
            }
            results << r;
        }
        return results;
    }

    ImportKind kind()
    {
        QMutexLocker lock(&m_mutex);
        return m_kind;
    }
    QStringList paths()
    {
        QMutexLocker lock(&m_mutex);
        return m_paths;
    }
    bool ranOnGuiThread()
    {
        QMutexLocker lock(&m_mutex);
        return m_guiThread;
    }

private:
    int m_delay;
    QMutex m_mutex;
    ImportKind m_kind = ImportKind::Documents;
    QStringList m_paths;
    QString m_workspace;
    bool m_guiThread = true;
};

// A statistics table read with some bad rows, as WorkspaceImportRunner reports it.
class RowsRunner final : public ImportRunner
{
public:
    QList<ImportItemResult> run(ImportKind, const QString &, const QStringList &paths,
        ImportProgress &) override
    {
        ImportItemResult r;
        r.path = paths.value(0);
        r.rowsImported = 72;
        r.rowsRejected = 6;
        r.reason = QStringLiteral("line 4: the region \"Atlantis\" is unknown");
        return { r };
    }
};

class ImportTest : public WidgetFixture
{
};

} // namespace

TEST_F(ImportTest, WithoutARunnerImportIsRefused)
{
    EXPECT_FALSE(window->importPaths(ImportKind::Documents, { QStringLiteral("/tmp/a.txt") }));
    EXPECT_FALSE(window->importController()->isRunning());
}

TEST_F(ImportTest, RunsOffTheGuiThreadAndSummarisesRejectedFiles)
{
    auto runner = std::make_shared<FakeRunner>(20);
    window->setImportRunner(runner);
    window->show();
    ImportController *import = window->importController();
    QSignalSpy finished(import, &ImportController::finished);
    const QStringList files { QStringLiteral("/data/one.txt"), QStringLiteral("/data/bad.pdf"),
        QStringLiteral("/data/three.docx") };
    ASSERT_TRUE(window->importPaths(ImportKind::Documents, files));
    EXPECT_TRUE(import->isRunning());
    EXPECT_FALSE(window->importPaths(ImportKind::Documents, files)); // one batch at a time
    ASSERT_NE(import->progressDialog(), nullptr);
    EXPECT_TRUE(import->progressDialog()->isVisible());
    // The dialog names the file being read while the worker runs.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return import->progressDialog()->labelText().contains(QStringLiteral(".txt"))
            || import->progressDialog()->labelText().contains(QStringLiteral(".pdf"))
            || !import->isRunning();
    }));
    import->waitForFinished();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(1).toBool());
    EXPECT_FALSE(runner->ranOnGuiThread());
    EXPECT_EQ(runner->paths(), files);
    QMessageBox *summary = import->summaryBox();
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("2 files imported")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("1 file rejected")));
    EXPECT_TRUE(
        summary->detailedText().contains(QStringLiteral("/data/bad.pdf: not a policy document")));
    EXPECT_FALSE(import->progressDialog()->isVisible());
    summary->close();
}

// 72 rows imported from one file is not "0 files imported, 1 rejected".
TEST_F(ImportTest, StatisticsSummaryCountsRows)
{
    window->setImportRunner(std::make_shared<RowsRunner>());
    ImportController *import = window->importController();
    ASSERT_TRUE(window->importPaths(ImportKind::Statistics, { QStringLiteral("/data/s.csv") }));
    import->waitForFinished();
    QMessageBox *summary = import->summaryBox();
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("72 rows imported")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("6 rows rejected")));
    EXPECT_FALSE(summary->text().contains(QStringLiteral("file rejected")));
    EXPECT_TRUE(summary->detailedText().contains(QStringLiteral("Atlantis")));
    summary->close();
}

TEST_F(ImportTest, CancelStopsBetweenFiles)
{
    auto runner = std::make_shared<FakeRunner>(100);
    window->setImportRunner(runner);
    window->show();
    ImportController *import = window->importController();
    QSignalSpy finished(import, &ImportController::finished);
    QStringList files;
    for (int i = 0; i < 50; ++i)
        files << QStringLiteral("/data/file%1.txt").arg(i);
    ASSERT_TRUE(window->importPaths(ImportKind::Documents, files));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return import->progressDialog()->labelText().contains(QStringLiteral("file")); }));
    // Press the dialog's own Cancel button, as a user would.
    QPushButton *cancel = import->progressDialog()->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    import->waitForFinished();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().at(1).toBool());
    const auto results = finished.first().at(0).value<QList<ImportItemResult>>();
    EXPECT_LT(results.size(), files.size());
    EXPECT_TRUE(import->summaryBox()->text().startsWith(QStringLiteral("Import cancelled.")));
    import->summaryBox()->close();
}

TEST_F(ImportTest, DroppedFilesAreRoutedByKind)
{
    auto runner = std::make_shared<FakeRunner>(0);
    window->setImportRunner(runner);
    window->show();
    QTemporaryDir dir;
    auto drop = [&](const QStringList &names) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &n : names)
            urls << QUrl::fromLocalFile(dir.filePath(n));
        mime.setUrls(urls);
        QDropEvent event(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // QApplication routes a Drop only during a real drag; deliver it to the window as the
        // drag manager would.
        static_cast<QObject *>(window.get())->event(&event);
        EXPECT_TRUE(event.isAccepted());
        window->importController()->waitForFinished();
        if (window->importController()->summaryBox())
            window->importController()->summaryBox()->close();
    };
    drop({ QStringLiteral("stats.csv"), QStringLiteral("more.xlsx") });
    EXPECT_EQ(runner->kind(), ImportKind::Statistics);
    EXPECT_EQ(runner->paths().size(), 2);
    drop({ QStringLiteral("policy.pdf"), QStringLiteral("stats.csv") });
    EXPECT_EQ(runner->kind(), ImportKind::Documents);
    drop({ QStringLiteral("folder") });
    EXPECT_EQ(runner->kind(), ImportKind::Documents);
    EXPECT_EQ(runner->paths(), QStringList { dir.filePath(QStringLiteral("folder")) });
}
