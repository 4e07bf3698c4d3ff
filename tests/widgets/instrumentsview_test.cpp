// The Policy tools view and the instruments matrix on the bundled sample, imported and coded by
// the real pipeline.
#include "charts/chartbuilder.h"
#include "charts/compareview.h"
#include "coding/codedsentencesmodel.h"
#include "coding/codingservice.h"
#include "coding/codingsfilterproxy.h"
#include "coding/codingsmodel.h"
#include "coding/instrumentmatrixmodel.h"
#include "instruments/instrumentmatrixview.h"
#include "instruments/instrumentsview.h"
#include "instruments/recodetask.h"
#include "sample/sampleworkspace.h"
#include "widgetfixture.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class InstrumentsViewTest : public policylens::testing::WidgetFixture
{
protected:
    void SetUp() override
    {
        WidgetFixture::SetUp();
        auto ws = std::make_unique<Workspace>();
        ASSERT_TRUE(ws->open(dir.filePath(QStringLiteral("sample.policylens"))));
        const Result<SampleWorkspace::Summary> populated = SampleWorkspace::populate(*ws);
        ASSERT_TRUE(populated) << qPrintable(populated.error());
        window->setSession(std::make_unique<WorkspaceSession>(std::move(ws)));
        view = window->instrumentsView();
    }

    QTemporaryDir dir;
    InstrumentsView *view = nullptr;
};

} // namespace

TEST_F(InstrumentsViewTest, AcceptRejectChangeAndUndo)
{
    ASSERT_GT(view->proxy()->rowCount(), 10) << "the sample should be coded at import";
    const qint64 id = view->proxy()->index(0, 0).data(CodingsModel::CodingIdRole).toLongLong();
    ASSERT_TRUE(view->selectCoding(id));
    EXPECT_FALSE(view->textView()->toPlainText().isEmpty());
    EXPECT_FALSE(view->textView()->extraSelections().isEmpty()); // coded sentences tinted
    view->acceptCurrent();
    EXPECT_EQ(view->service()->codings().find(id)->status, CodingStatus::Accepted);
    view->rejectCurrent();
    EXPECT_EQ(view->service()->codings().find(id)->status, CodingStatus::Rejected);
    QUndoStack *stack = window->session()->undoStack();
    stack->undo();
    stack->undo();
    EXPECT_EQ(view->service()->codings().find(id)->status, CodingStatus::Unreviewed);

    const qint64 talent = view->service()->codebooks().codeByKey(QStringLiteral("supply.talent"))->id;
    const qint64 cooperation = view->service()->codebooks().codeByKey(QStringLiteral("demand.cooperation"))->id;
    ASSERT_TRUE(view->selectCoding(id));
    const qint64 before = view->service()->codings().find(id)->codeId;
    ASSERT_TRUE(view->changeCurrentCode(before == talent ? cooperation : talent));
    EXPECT_EQ(view->service()->codings().find(id)->status, CodingStatus::Rejected);
    stack->undo();
    EXPECT_EQ(view->service()->codings().find(id)->status, CodingStatus::Unreviewed);

    // Code a text selection.
    QTextCursor cursor = view->textView()->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(4, QTextCursor::KeepAnchor);
    view->textView()->setTextCursor(cursor);
    const int rows = view->model()->rowCount();
    const qint64 added = view->codeSelection(talent);
    ASSERT_GT(added, 0);
    EXPECT_EQ(view->model()->rowCount(), rows + 1);
    EXPECT_EQ(view->service()->codings().find(added)->origin, CodingOrigin::Manual);
    EXPECT_EQ(view->currentCodingId(), added);
    stack->undo();
    EXPECT_EQ(view->model()->rowCount(), rows);
}

TEST_F(InstrumentsViewTest, FiltersBySideAndState)
{
    CodingsFilterProxy *proxy = view->proxy();
    const int all = proxy->rowCount();
    proxy->setSide(QStringLiteral("demand"));
    const int demand = proxy->rowCount();
    EXPECT_LT(demand, all);
    for (int r = 0; r < demand; ++r)
        EXPECT_EQ(proxy->index(r, 0).data(CodingsModel::SideRole).toString(), QStringLiteral("demand"));
    proxy->setSide({});
    proxy->setStatus(QStringLiteral("rejected"));
    EXPECT_EQ(proxy->rowCount(), 0);
}

TEST_F(InstrumentsViewTest, CompareTabShowsTheShareChartAndTheMatrix)
{
    CompareView *compare = window->compareView();
    ChartRequest request;
    request.kind = ChartKind::Instruments;
    compare->setRequest(request);
    ChartBuilder *builder = compare->builder();
    ASSERT_FALSE(builder->isEmpty());
    QAbstractItemModel *shares = builder->dataModel();
    EXPECT_EQ(shares->columnCount(), 3);
    for (int r = 0; r < shares->rowCount(); ++r) {
        double sum = 0;
        for (int c = 0; c < 3; ++c)
            sum += shares->index(r, c).data().toDouble();
        EXPECT_NEAR(sum, 100.0, 0.2) << r;
    }
    InstrumentMatrixView *matrix = window->instrumentMatrixView();
    EXPECT_FALSE(matrix->isHidden());
    ASSERT_GT(matrix->matrixModel()->rowCount(), 3);
    int column = -1;
    for (int c = 0; c < matrix->matrixModel()->totalColumn() && column < 0; ++c)
        column = matrix->matrixModel()->index(0, c).data(InstrumentMatrixModel::CountRole).toInt() > 0 ? c : -1;
    ASSERT_GE(column, 0);
    ASSERT_TRUE(matrix->drillDown(0, column));
    EXPECT_EQ(matrix->sentencesModel()->rowCount(),
        matrix->matrixModel()->index(0, column).data(InstrumentMatrixModel::CountRole).toInt());
    request.kind = ChartKind::Coverage;
    compare->setRequest(request);
    EXPECT_TRUE(matrix->isHidden());
}

TEST_F(InstrumentsViewTest, RecodingOffTheGuiThreadKeepsDecisions)
{
    const qint64 accepted = view->proxy()->index(0, 0).data(CodingsModel::CodingIdRole).toLongLong();
    const qint64 rejected = view->proxy()->index(1, 0).data(CodingsModel::CodingIdRole).toLongLong();
    ASSERT_TRUE(view->service()->setStatus(accepted, CodingStatus::Accepted));
    ASSERT_TRUE(view->service()->setStatus(rejected, CodingStatus::Rejected));
    const int rows = view->model()->rowCount();
    QSignalSpy done(view->recodeTask(), &RecodeTask::finished);
    ASSERT_TRUE(view->recode());
    ASSERT_TRUE(done.wait(60000));
    const auto result = done.first().at(0).value<std::optional<RecodeResult>>();
    ASSERT_TRUE(result) << done.first().at(1).toString().toStdString();
    EXPECT_EQ(result->skipped, 2);
    EXPECT_EQ(view->model()->rowCount(), rows);
    EXPECT_EQ(view->service()->codings().find(accepted)->status, CodingStatus::Accepted);
    EXPECT_EQ(view->service()->codings().find(rejected)->status, CodingStatus::Rejected);
}
