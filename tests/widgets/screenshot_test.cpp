// Renders the main window on the sample content in English and Chinese to PNG files under
// build/screenshots/, for the README and for looking at the UI without a display.
#include "charts/compareview.h"
#include "charts/exportoptionsdialog.h"
#include "common/regioncombo.h"
#include "documents/documentmetadatadialog.h"
#include "documents/documentsview.h"
#include "help/aboutdialog.h"
#include "help/gettingstarteddialog.h"
#include "coding/codingsfilterproxy.h"
#include "coding/codingsmodel.h"
#include "instruments/instrumentsview.h"
#include "sample/sampleworkspace.h"
#include "models/documentsmodel.h"
#include "models/targetsfilterproxy.h"
#include "statistics/statisticsview.h"
#include "targets/targeteditor.h"
#include "targets/targetsview.h"
#include "widgetfixture.h"

#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class Screenshots : public WidgetFixture
{
protected:
    void shoot(const QString &name)
    {
        // Let posted layout requests (menu bar, splitters) settle after a language switch.
        QTest::qWait(200);
        const QImage image = window->grab().toImage();
        ASSERT_FALSE(image.isNull());
        QDir().mkpath(QStringLiteral(POLICYLENS_SCREENSHOT_DIR));
        const QString path = QDir(QStringLiteral(POLICYLENS_SCREENSHOT_DIR)).filePath(name);
        ASSERT_TRUE(image.save(path)) << path.toStdString();
    }

    // Dialogs are separate windows: the translator must fit their labels too.
    void shootDialog(QWidget *dialog, const QString &name)
    {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(100);
        const QImage image = dialog->grab().toImage();
        ASSERT_FALSE(image.isNull());
        QDir().mkpath(QStringLiteral(POLICYLENS_SCREENSHOT_DIR));
        const QString path = QDir(QStringLiteral(POLICYLENS_SCREENSHOT_DIR)).filePath(name);
        ASSERT_TRUE(image.save(path)) << path.toStdString();
        dialog->close();
    }

    void arrange()
    {
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        DocumentsView *docs = window->documentsView();
        QAbstractItemModel *rows = docs->documentsTable()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data().toString().startsWith(QStringLiteral("北京市"))) {
                docs->documentsTable()->selectRow(row);
                break;
            }
        }
        QTableView *list = docs->documentTargetsTable();
        if (list->model()->rowCount() > 3) {
            const QModelIndex i = list->model()->index(3, 0);
            list->setCurrentIndex(i);
            emit list->clicked(i);
        }
        docs->runSearch(QStringLiteral("算力"));
        TargetsView *targets = window->targetsView();
        targets->table()->setCurrentIndex(targets->proxy()->index(0, 0));
    }
};

} // namespace

TEST_F(Screenshots, BothLanguages)
{
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        window->setLanguage(lang);
        arrange();
        window->tabs()->setCurrentWidget(window->documentsView());
        shoot(QStringLiteral("documents-%1.png").arg(lang));
        window->tabs()->setCurrentWidget(window->targetsView());
        shoot(QStringLiteral("targets-%1.png").arg(lang));
        window->tabs()->setCurrentWidget(window->statisticsView());
        shoot(QStringLiteral("statistics-%1.png").arg(lang));
        window->tabs()->setCurrentWidget(window->compareView());
        shoot(QStringLiteral("compare-%1.png").arg(lang));

        AboutDialog about(window.get());
        shootDialog(&about, QStringLiteral("about-%1.png").arg(lang));
        GettingStartedDialog gettingStarted(window.get());
        shootDialog(&gettingStarted, QStringLiteral("getting-started-%1.png").arg(lang));
        ExportOptionsDialog exportOptions(true, window.get());
        shootDialog(&exportOptions, QStringLiteral("export-options-%1.png").arg(lang));
    }
    window->setLanguage(QStringLiteral("en"));
}

// The bundled sample as a first-time user gets it: imported and extracted by the real pipeline
// (not the SQL fixture above), then shown on the Targets and Compare tabs in both languages.
TEST_F(Screenshots, BundledSampleThroughThePipeline)
{
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>();
    ASSERT_TRUE(ws->open(dir.filePath(QStringLiteral("sample.policylens"))));
    const Result<SampleWorkspace::Summary> populated = SampleWorkspace::populate(*ws);
    ASSERT_TRUE(populated) << qPrintable(populated.error());
    EXPECT_GE(populated->documents, 5);
    window->setSession(std::make_unique<WorkspaceSession>(std::move(ws)));
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        window->setLanguage(lang);
        TargetsView *targets = window->targetsView();
        ASSERT_GT(targets->proxy()->rowCount(), 10);
        targets->table()->setCurrentIndex(targets->proxy()->index(0, 0));
        window->tabs()->setCurrentWidget(targets);
        shoot(QStringLiteral("sample-targets-%1.png").arg(lang));
        window->tabs()->setCurrentWidget(window->compareView());
        shoot(QStringLiteral("sample-compare-%1.png").arg(lang));

        // Policy tools: the coded sample, a sentence picked; then the instruments chart and matrix.
        InstrumentsView *tools = window->instrumentsView();
        ASSERT_GT(tools->proxy()->rowCount(), 10);
        tools->selectCoding(tools->proxy()->index(6, 0).data(CodingsModel::CodingIdRole).toLongLong());
        window->tabs()->setCurrentWidget(tools);
        shoot(QStringLiteral("sample-tools-%1.png").arg(lang));
        const ChartRequest shown = window->compareView()->request();
        ChartRequest instruments;
        instruments.kind = ChartKind::Instruments;
        window->compareView()->setRequest(instruments);
        window->tabs()->setCurrentWidget(window->compareView());
        shoot(QStringLiteral("sample-instruments-%1.png").arg(lang));
        window->compareView()->setRequest(shown);
    }
    window->setLanguage(QStringLiteral("en"));
}

// README tour step: correcting a detector's region (document details) and a target's kind and
// region (side-panel editor), on the bundled sample, in both languages.
TEST_F(Screenshots, EditingARegionAndAKind)
{
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>();
    ASSERT_TRUE(ws->open(dir.filePath(QStringLiteral("sample.policylens"))));
    const Result<SampleWorkspace::Summary> populated = SampleWorkspace::populate(*ws);
    ASSERT_TRUE(populated) << qPrintable(populated.error());
    window->setSession(std::make_unique<WorkspaceSession>(std::move(ws)));
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        window->setLanguage(lang);
        DocumentsView *docs = window->documentsView();
        window->tabs()->setCurrentWidget(docs);
        docs->documentsTable()->selectRow(0);
        const qint64 id = docs->documentsTable()->model()->index(0, 0).data(DocumentsModel::IdRole).toLongLong();
        ASSERT_GT(id, 0);
        DocumentMetadataDialog details(window->session(), id, window.get());
        RegionCombo *region = details.regionEdit();
        region->setCurrentIndex(region->findText(
            lang == QLatin1String("en") ? QStringLiteral("Yuhang District (Hangzhou)")
                                        : QStringLiteral("余杭区（杭州市）")));
        EXPECT_GT(region->currentIndex(), 0);
        shootDialog(&details, QStringLiteral("edit-region-%1.png").arg(lang));

        TargetsView *targets = window->targetsView();
        window->tabs()->setCurrentWidget(targets);
        targets->table()->setCurrentIndex(targets->proxy()->index(0, 0));
        TargetEditor *editor = targets->editor();
        editor->kindEdit()->setCurrentIndex(editor->kindEdit()->findData(QStringLiteral("baseline")));
        EXPECT_GE(editor->kindEdit()->currentIndex(), 0);
        shoot(QStringLiteral("edit-kind-%1.png").arg(lang));
    }
    window->setLanguage(QStringLiteral("en"));
}
