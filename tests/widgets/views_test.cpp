#include "documents/documentsview.h"
#include "documents/documentviewer.h"
#include "models/searchresultsmodel.h"
#include "models/statisticsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "statistics/statisticsview.h"
#include "targets/addtargetdialog.h"
#include "targets/targeteditor.h"
#include "targets/targetsview.h"
#include "widgetfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class ViewsTest : public WidgetFixture
{
protected:
    void SetUp() override
    {
        WidgetFixture::SetUp();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    QSet<QString> columnValues(QAbstractItemModel *model, int role)
    {
        QSet<QString> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.insert(model->index(row, 0).data(role).toString());
        return values;
    }

    qint64 documentNamed(const QString &prefix)
    {
        QAbstractItemModel *m = window->documentsView()->documentsTable()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 0).data().toString().startsWith(prefix))
                return m->index(row, 0).data(Qt::UserRole + 1).toLongLong();
        }
        return 0;
    }
};

} // namespace

TEST_F(ViewsTest, TargetFiltersCombine)
{
    TargetsView *view = window->targetsView();
    QAbstractItemModel *rows = view->proxy();
    EXPECT_EQ(rows->rowCount(), 23);
    view->setIndicator(QStringLiteral("computing_power"));
    EXPECT_EQ(rows->rowCount(), 7);
    EXPECT_EQ(columnValues(rows, TargetsModel::IndicatorKeyRole),
        QSet<QString> { QStringLiteral("computing_power") });
    view->setKind(QStringLiteral("incentive"));
    EXPECT_EQ(rows->rowCount(), 0);
    view->setIndicator(QString());
    EXPECT_EQ(rows->rowCount(), 4);
    view->setKind(QString());
    view->setStatus(QStringLiteral("verified"));
    EXPECT_EQ(rows->rowCount(), 2);
    view->setStatus(QString());
    view->setYear(2022);
    EXPECT_EQ(rows->rowCount(), 1);
    view->setYear(0);
    view->setText(QStringLiteral("算力"));
    EXPECT_EQ(rows->rowCount(), 8); // seven computing-power sentences and one subsidy for 算力
    view->setText(QString());
    EXPECT_TRUE(view->countLabel()->text().startsWith(QStringLiteral("23 of 23")));
}

TEST_F(ViewsTest, EditInPlaceMarksEditedAndUndoes)
{
    TargetsView *view = window->targetsView();
    view->setIndicator(QStringLiteral("ai_core_industry_scale"));
    view->setStatus(QStringLiteral("unreviewed"));
    QAbstractItemModel *rows = view->proxy();
    ASSERT_GT(rows->rowCount(), 0);
    const QModelIndex value = rows->index(0, TargetsModel::Value);
    const qint64 id = value.data(TargetsModel::IdRole).toLongLong();
    const double old = value.data(TargetsModel::ValueRole).toDouble();
    ASSERT_TRUE(rows->setData(value, 3.2e11));
    view->setStatus(QString());
    auto find = [&] {
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (rows->index(row, 0).data(TargetsModel::IdRole).toLongLong() == id)
                return rows->index(row, 0);
        }
        return QModelIndex();
    };
    EXPECT_DOUBLE_EQ(find().data(TargetsModel::ValueRole).toDouble(), 3.2e11);
    EXPECT_EQ(find().data(TargetsModel::StatusRole).value<ReviewStatus>(), ReviewStatus::Edited);
    window->session()->undoStack()->undo();
    EXPECT_DOUBLE_EQ(find().data(TargetsModel::ValueRole).toDouble(), old);
    EXPECT_EQ(find().data(TargetsModel::StatusRole).value<ReviewStatus>(), ReviewStatus::Unreviewed);
}

TEST_F(ViewsTest, SidePanelShowsTheSourceSentence)
{
    TargetsView *view = window->targetsView();
    view->setText(QStringLiteral("12000P"));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    view->table()->setCurrentIndex(view->proxy()->index(0, 0));
    const QString shown = view->sentenceView()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("全市新增智能算力不低于12000P")))
        << shown.toStdString();
}

TEST_F(ViewsTest, ClickingATargetSelectsItsSentenceAndTheReverse)
{
    DocumentsView *docs = window->documentsView();
    window->tabs()->setCurrentWidget(docs);
    const qint64 beijing = documentNamed(QStringLiteral("北京市"));
    ASSERT_GT(beijing, 0);
    docs->openDocument(beijing);
    QTableView *list = docs->documentTargetsTable();
    ASSERT_EQ(list->model()->rowCount(), 7);

    // Target → sentence.
    QModelIndex compute;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(TargetsModel::IndicatorKeyRole).toString()
            == QStringLiteral("computing_power"))
            compute = list->model()->index(row, TargetsModel::Value);
    }
    ASSERT_TRUE(compute.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(compute).center());
    DocumentViewer *viewer = docs->viewer();
    EXPECT_EQ(viewer->textCursor().selectedText(),
        QStringLiteral(
            "全市新增智能算力不低于12000P，公共算力平台向高校、科研机构和中小企业开放使用。"));

    // Quote → target row.
    const int quoteStart = compute.data(TargetsModel::QuoteStartRole).toInt();
    list->clearSelection();
    const int other = (compute.row() + 1) % list->model()->rowCount();
    list->selectRow(other);
    QTextCursor at(viewer->document());
    at.setPosition(quoteStart + 2);
    const QPoint point = viewer->cursorRect(at).center();
    QTest::mouseClick(viewer->viewport(), Qt::LeftButton, {}, point);
    ASSERT_TRUE(list->currentIndex().isValid());
    EXPECT_EQ(list->currentIndex().row(), compute.row());
    EXPECT_EQ(viewer->currentTarget(), compute.data(TargetsModel::IdRole).toLongLong());
}

TEST_F(ViewsTest, SearchListsKwicLinesAndOpensTheHit)
{
    DocumentsView *docs = window->documentsView();
    docs->runSearch(QStringLiteral("算力"));
    QListView *results = docs->searchResults();
    ASSERT_GE(results->model()->rowCount(), 7);
    const QModelIndex first = results->model()->index(0, 0);
    EXPECT_TRUE(first.data().toString().contains(QStringLiteral("【算力】")));
    emit results->activated(first);
    EXPECT_EQ(
        docs->viewer()->documentId(), first.data(SearchResultsModel::DocumentIdRole).toLongLong());
    EXPECT_EQ(docs->viewer()->textCursor().selectedText(), QStringLiteral("算力"));
    docs->runSearch(QStringLiteral("不存在的词语"));
    EXPECT_EQ(results->model()->rowCount(), 0);
}

TEST_F(ViewsTest, DocumentFilterAndSort)
{
    DocumentsView *docs = window->documentsView();
    QAbstractItemModel *rows = docs->documentsTable()->model();
    EXPECT_EQ(rows->rowCount(), 7);
    docs->setTextFilter(QStringLiteral("深圳"));
    EXPECT_EQ(rows->rowCount(), 1);
    docs->setTextFilter(QString());
    docs->documentsTable()->sortByColumn(3, Qt::AscendingOrder); // date
    EXPECT_TRUE(rows->index(0, 0).data().toString().startsWith(QStringLiteral("上海市")));
}

TEST_F(ViewsTest, AddTargetFromASelection)
{
    DocumentsView *docs = window->documentsView();
    const qint64 hangzhou = documentNamed(QStringLiteral("杭州市"));
    docs->openDocument(hangzhou);
    const int before = docs->documentTargetsTable()->model()->rowCount();
    DocumentViewer *viewer = docs->viewer();
    const QString body = viewer->toPlainText();
    const int at = static_cast<int>(body.indexOf(QStringLiteral("200家")));
    ASSERT_GE(at, 0);
    QTextCursor c(viewer->document());
    c.setPosition(at);
    c.setPosition(at + 4, QTextCursor::KeepAnchor);
    viewer->setTextCursor(c);

    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AddTargetDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        const TargetRecord in = dialog->input();
        EXPECT_DOUBLE_EQ(in.value, 200);
        EXPECT_EQ(in.unit, QStringLiteral("count"));
        EXPECT_EQ(in.counter, QStringLiteral("家"));
        EXPECT_FALSE(in.year.has_value()); // the sentence names no year
        dialog->accept();
    });
    docs->addTargetFromSelection();
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(docs->documentTargetsTable()->model()->rowCount(), before + 1);
    const QModelIndex current = docs->documentTargetsTable()->currentIndex();
    ASSERT_TRUE(current.isValid());
    const qint64 id = current.data(TargetsModel::IdRole).toLongLong();
    const auto record = window->session()->review()->targets().find(id);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->origin, TargetOrigin::Manual);
    EXPECT_EQ(record->quoteStart, at);
    window->session()->undoStack()->undo();
    EXPECT_EQ(docs->documentTargetsTable()->model()->rowCount(), before);
}

TEST_F(ViewsTest, StatisticsAreEditableAndImportWaitsForARunner)
{
    StatisticsView *view = window->statisticsView();
    QAbstractItemModel *rows = view->table()->model();
    EXPECT_EQ(rows->rowCount(), 8);
    EXPECT_FALSE(view->importButton()->isEnabled());
    EXPECT_FALSE(view->importButton()->toolTip().isEmpty());
    const QModelIndex value = rows->index(0, StatisticsModel::Value);
    ASSERT_TRUE(rows->setData(value, 1.5e11));
    EXPECT_DOUBLE_EQ(rows->index(0, StatisticsModel::Value).data(Qt::EditRole).toDouble(), 1.5e11);
    window->session()->undoStack()->undo();
    EXPECT_NE(rows->index(0, StatisticsModel::Value).data(Qt::EditRole).toDouble(), 1.5e11);
}

TEST_F(ViewsTest, SidePanelEditsSeveralFieldsAsOneUndoStep)
{
    TargetsView *view = window->targetsView();
    view->setText(QStringLiteral("8000P"));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    view->table()->setCurrentIndex(view->proxy()->index(0, 0));
    TargetEditor *editor = view->editor();
    const qint64 id = editor->targetId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(editor->valueEdit()->text(), QStringLiteral("8,000 PFLOPS"));
    EXPECT_EQ(editor->yearEdit()->value(), 2025);
    editor->valueEdit()->setText(QStringLiteral("1万"));
    editor->yearEdit()->setValue(2026);
    editor->comparatorEdit()->setCurrentIndex(
        editor->comparatorEdit()->findData(QStringLiteral("~")));
    const int commands = window->session()->undoStack()->count();
    ASSERT_TRUE(editor->apply());
    EXPECT_EQ(window->session()->undoStack()->count(), commands + 1);
    auto record = window->session()->review()->targets().find(id);
    EXPECT_DOUBLE_EQ(record->value, 10000);
    EXPECT_EQ(record->year, 2026);
    EXPECT_EQ(record->comparator, QStringLiteral("~"));
    EXPECT_EQ(record->reviewStatus, ReviewStatus::Edited);
    window->session()->undoStack()->undo();
    record = window->session()->review()->targets().find(id);
    EXPECT_DOUBLE_EQ(record->value, 8000);
    EXPECT_EQ(record->year, 2025);
    EXPECT_EQ(record->comparator, QStringLiteral(">="));
    EXPECT_EQ(record->reviewStatus, ReviewStatus::Unreviewed);

    editor->valueEdit()->setText(QStringLiteral("a lot"));
    EXPECT_FALSE(editor->apply());
    EXPECT_EQ(window->session()->undoStack()->index(), commands);
}
