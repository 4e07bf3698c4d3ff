// File › Export: the targets table and the report from the workbench, and the small
// window fixes (redo shortcut, workspace suffix).
#include "common/shortcuts.h"
#include "export/exportactions.h"
#include "report/targettable.h"
#include "widgetfixture.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QMenu>
#include <QMenuBar>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class ExportTest : public WidgetFixture
{
protected:
    int count(const QString &sql)
    {
        QSqlQuery q(window->session()->workspace().database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(ExportTest, FileMenuOffersReportAndTargetsExport)
{
    QStringList names;
    for (QAction *menu : window->menuBar()->actions())
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("exportReportAction")));
    EXPECT_TRUE(names.contains(QStringLiteral("exportTargetsAction")));
    EXPECT_TRUE(window->exportActions()->reportAction()->isEnabled());
}

TEST_F(ExportTest, TargetsTableHasEveryRowWithSentenceDocumentAndReviewState)
{
    const QString path = dir.filePath(QStringLiteral("targets.csv"));
    QString error;
    int rows = 0;
    ASSERT_TRUE(window->exportActions()->writeTargets(path, &rows, &error)) << error.toStdString();
    EXPECT_EQ(rows, count(QStringLiteral("SELECT count(*) FROM targets")));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("Review state")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Sentence")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",verified,")));
    QSqlQuery q(window->session()->workspace().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT t.sentence, d.title FROM targets t JOIN documents d "
                                      "ON d.id = t.document_id LIMIT 3")));
    while (q.next()) {
        EXPECT_TRUE(csv.contains(q.value(0).toString())) << q.value(0).toString().toStdString();
        EXPECT_TRUE(csv.contains(q.value(1).toString()));
    }
}

TEST_F(ExportTest, TargetTableFollowsTheFilter)
{
    TargetFilter verified;
    verified.status = ReviewStatus::Verified;
    TargetTableModel table;
    ASSERT_TRUE(table.load(window->session()->workspace().database(), verified, Language::Chinese));
    EXPECT_EQ(table.rowCount(),
        count(QStringLiteral("SELECT count(*) FROM targets WHERE review_status = 'verified'")));
    ASSERT_GT(table.rowCount(), 0);
    for (int r = 0; r < table.rowCount(); ++r)
        EXPECT_EQ(table.index(r, TargetTableModel::ReviewStatus).data().toString(),
            QStringLiteral("verified"));
    // Years are numbers (a spreadsheet sorts them), values in base units.
    EXPECT_EQ(table.index(0, TargetTableModel::Year).data().metaType().id(), QMetaType::Int);
}

TEST_F(ExportTest, ReportFromTheWorkbenchAsWordDocument)
{
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    QString error;
    ASSERT_TRUE(window->exportActions()->writeReport(path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == QByteArray("PK"));
}

// Export Report runs on a worker with a progress dialog: the window keeps handling events, and
// the dialog's Cancel stops it without leaving a file (nor a temporary one) behind.
TEST_F(ExportTest, ReportExportRunsInTheBackgroundAndCancels)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QSignalSpy finished(window->exportActions(), &ExportActions::reportFinished);
    ASSERT_NE(window->exportActions()->startReport(path), nullptr);
    auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("reportProgress"));
    ASSERT_NE(progress, nullptr);
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(0).toBool(), false); // not written
    EXPECT_EQ(finished.first().at(1).toBool(), true); // cancelled
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window->findChild<QProgressDialog *>(QStringLiteral("reportProgress")), nullptr);

    // Left alone, the same export writes the whole file.
    ASSERT_NE(window->exportActions()->startReport(path), nullptr);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.last().at(0).toBool(), true);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(5), QByteArray("%PDF-"));
}

// Ctrl+Shift+Z was bound twice to Redo (explicitly and as the platform's Redo): ambiguous.
TEST(WindowShortcuts, RedoBindingsAreUniqueAndIncludeCtrlShiftZ)
{
    const QList<QKeySequence> keys = redoShortcuts();
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    for (int i = 0; i < keys.size(); ++i)
        for (int j = i + 1; j < keys.size(); ++j)
            EXPECT_NE(keys.at(i), keys.at(j));
}

TEST(WindowShortcuts, NewWorkspaceGetsItsSuffix)
{
    EXPECT_EQ(withWorkspaceSuffix(QStringLiteral("/tmp/study")), QStringLiteral("/tmp/study.policylens"));
    EXPECT_EQ(withWorkspaceSuffix(QStringLiteral("/tmp/a.policylens")), QStringLiteral("/tmp/a.policylens"));
    EXPECT_EQ(withWorkspaceSuffix(QStringLiteral("/tmp/v1.2")), QStringLiteral("/tmp/v1.2.policylens"));
    EXPECT_EQ(withWorkspaceSuffix(QString()), QString());
}
