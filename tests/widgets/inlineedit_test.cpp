// Inline editing in the Targets and Documents tables through their combo-box delegates, as a
// person does it: kind and region of a target, region of a document, each undone and redone
// on the session's QUndoStack and kept through re-extraction. Also the "Region unknown" cell
// and the region filter's districts.
#include "core/vocabulary.h"
#include "documents/documentsview.h"
#include "ingest/reextraction.h"
#include "models/catalog.h"
#include "models/documentsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "sample/sampleworkspace.h"
#include "targets/targeteditor.h"
#include "targets/targetsview.h"
#include "widgetfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class InlineEditTest : public WidgetFixture
{
protected:
    void SetUp() override
    {
        WidgetFixture::SetUp();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Opens the cell's editor, picks the entry whose data is value and commits it, the way a
    // double-click, a choice and Enter do.
    void editCell(QTableView *table, const QModelIndex &index, const QVariant &value)
    {
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index));
        ASSERT_NE(combo, nullptr) << "no combo-box editor for column " << index.column();
        const int at = combo->findData(value);
        ASSERT_GE(at, 0) << value.toString().toStdString();
        combo->setCurrentIndex(at);
        QTest::keyClick(combo, Qt::Key_Return);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
    }

    QModelIndex targetRow(qint64 id, int column)
    {
        QAbstractItemModel *rows = window->targetsView()->proxy();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(TargetsModel::IdRole).toLongLong() == id)
                return rows->index(row, column);
        }
        return {};
    }

    QModelIndex documentRow(qint64 id, int column)
    {
        QAbstractItemModel *rows = window->documentsView()->documentsTable()->model();
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(DocumentsModel::IdRole).toLongLong() == id)
                return rows->index(row, column);
        }
        return {};
    }

    qint64 regionId(const QString &code)
    {
        for (const Catalog::Region &r : window->session()->catalog().regions()) {
            if (r.code == code)
                return r.id;
        }
        return 0;
    }

    void reextractAll()
    {
        const Reextraction again(window->session()->workspace().database());
        const auto ids = again.documentIds();
        ASSERT_TRUE(ids.has_value());
        for (qint64 id : *ids)
            ASSERT_TRUE(again.reextract(id).has_value());
        window->session()->reloadAll();
    }
};

} // namespace

TEST_F(InlineEditTest, TargetWithoutRegionShowsRegionUnknownAndFilters)
{
    TargetsView *view = window->targetsView();
    QAbstractItemModel *rows = view->proxy();
    ASSERT_GT(rows->rowCount(), 0);
    const qint64 id = rows->index(0, 0).data(TargetsModel::IdRole).toLongLong();
    editCell(view->table(), targetRow(id, TargetsModel::Region), QString());
    EXPECT_EQ(
        targetRow(id, TargetsModel::Region).data().toString(), QStringLiteral("Region unknown"));

    auto *filter = view->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setCurrentIndex(filter->findData(qint64(-1)));
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->index(0, 0).data(TargetsModel::IdRole).toLongLong(), id);
    // Districts are offered, labelled with their city.
    const qint64 yuhang = regionId(QStringLiteral("yuhang"));
    ASSERT_GT(yuhang, 0);
    const int at = filter->findData(yuhang);
    ASSERT_GE(at, 0);
    EXPECT_TRUE(filter->itemText(at).contains(QStringLiteral("Hangzhou")))
        << filter->itemText(at).toStdString();
    filter->setCurrentIndex(filter->findData(qint64(0)));

    language->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    EXPECT_EQ(targetRow(id, TargetsModel::Region).data().toString(), QStringLiteral("地区未知"));
}

TEST_F(InlineEditTest, KindAndRegionEditsUndoRedoAndSurviveReextraction)
{
    TargetsView *targets = window->targetsView();
    QUndoStack *undo = window->session()->undoStack();
    targets->setKind(QStringLiteral("target"));
    ASSERT_GT(targets->proxy()->rowCount(), 0);
    const qint64 id = targets->proxy()->index(0, 0).data(TargetsModel::IdRole).toLongLong();
    targets->setKind(QString());
    const qint64 oldRegion = targetRow(id, 0).data(TargetsModel::RegionIdRole).toLongLong();
    const qint64 yuhang = regionId(QStringLiteral("yuhang"));
    ASSERT_GT(yuhang, 0);
    ASSERT_NE(oldRegion, yuhang);

    const int before = undo->count();
    editCell(targets->table(), targetRow(id, TargetsModel::Kind), QStringLiteral("baseline"));
    editCell(targets->table(), targetRow(id, TargetsModel::Region), yuhang);
    EXPECT_EQ(undo->count(), before + 2);
    EXPECT_EQ(toString(targetRow(id, 0).data(TargetsModel::KindRole).value<TargetKind>()), QStringLiteral("baseline"));
    EXPECT_EQ(targetRow(id, 0).data(TargetsModel::RegionIdRole).toLongLong(), yuhang);

    undo->undo();
    EXPECT_EQ(targetRow(id, 0).data(TargetsModel::RegionIdRole).toLongLong(), oldRegion);
    EXPECT_EQ(toString(targetRow(id, 0).data(TargetsModel::KindRole).value<TargetKind>()), QStringLiteral("baseline"));
    undo->undo();
    EXPECT_EQ(toString(targetRow(id, 0).data(TargetsModel::KindRole).value<TargetKind>()), QStringLiteral("target"));
    undo->redo();
    undo->redo();
    EXPECT_EQ(toString(targetRow(id, 0).data(TargetsModel::KindRole).value<TargetKind>()), QStringLiteral("baseline"));
    EXPECT_EQ(targetRow(id, 0).data(TargetsModel::RegionIdRole).toLongLong(), yuhang);

    // A document's region, inline in the Documents table.
    DocumentsView *documents = window->documentsView();
    const qint64 documentId = targetRow(id, 0).data(TargetsModel::DocumentIdRole).toLongLong();
    const qint64 xiongan = regionId(QStringLiteral("xiongan"));
    ASSERT_GT(xiongan, 0);
    const qint64 documentRegion
        = documentRow(documentId, 0).data(DocumentsModel::RegionIdRole).toLongLong();
    editCell(documents->documentsTable(), documentRow(documentId, DocumentsModel::Region), xiongan);
    EXPECT_EQ(documentRow(documentId, 0).data(DocumentsModel::RegionIdRole).toLongLong(), xiongan);
    undo->undo();
    EXPECT_EQ(
        documentRow(documentId, 0).data(DocumentsModel::RegionIdRole).toLongLong(), documentRegion);
    undo->redo();
    EXPECT_EQ(documentRow(documentId, 0).data(DocumentsModel::RegionIdRole).toLongLong(), xiongan);

    // Re-extraction replaces machine targets only: the person's kind, region and document
    // region stay.
    reextractAll();
    EXPECT_EQ(toString(targetRow(id, 0).data(TargetsModel::KindRole).value<TargetKind>()), QStringLiteral("baseline"));
    EXPECT_EQ(targetRow(id, 0).data(TargetsModel::RegionIdRole).toLongLong(), yuhang);
    EXPECT_EQ(documentRow(documentId, 0).data(DocumentsModel::RegionIdRole).toLongLong(), xiongan);
}

// The target editor's "Why:" label shows every line of the reason, in both languages (it was
// cut after two lines in Chinese).
TEST_F(InlineEditTest, WhyLabelShowsTheWholeReason)
{
    // The bundled sample through the pipeline: every extracted target has its reason.
    QTemporaryDir dir;
    auto ws = std::make_unique<Workspace>();
    ASSERT_TRUE(ws->open(dir.filePath(QStringLiteral("sample.policylens"))));
    const auto populated = SampleWorkspace::populate(*ws);
    ASSERT_TRUE(populated) << qPrintable(populated.error());
    window->setSession(std::make_unique<WorkspaceSession>(std::move(ws)));
    TargetsView *targets = window->targetsView();
    window->tabs()->setCurrentWidget(targets);
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        window->setLanguage(lang);
        // The target with the longest reason.
        QModelIndex withReason;
        qsizetype longest = 0;
        for (int row = 0; row < targets->proxy()->rowCount(); ++row) {
            const QModelIndex i = targets->proxy()->index(row, 0);
            if (i.data(TargetsModel::ReasonRole).toString().size() > longest) {
                longest = i.data(TargetsModel::ReasonRole).toString().size();
                withReason = i;
            }
        }
        ASSERT_TRUE(withReason.isValid());
        targets->table()->setCurrentIndex(withReason);
        QApplication::processEvents();
        QLabel *why = targets->editor()->reasonLabel();
        ASSERT_FALSE(why->text().isEmpty());
        ASSERT_TRUE(why->isVisible());
        const int lines = why->heightForWidth(why->width()) / why->fontMetrics().lineSpacing();
        EXPECT_GE(lines, 3) << lang.toStdString() << ": " << why->text().toStdString();
        EXPECT_GE(why->height(), why->heightForWidth(why->width()))
            << lang.toStdString() << ": " << why->text().toStdString();
    }
    window->setLanguage(QStringLiteral("en"));
}
