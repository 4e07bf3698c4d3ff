#include "extract/targetreason.h"
#include "models/catalog.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "review/selectionguess.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class ReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        data.fill(ws);
        review = std::make_unique<ReviewService>(ws.database(), &stack);
    }

    TargetRecord load(qint64 id) { return review->targets().find(id).value(); }

    int countTargets(qint64 documentId)
    {
        return static_cast<int>(review->targets().forDocument(documentId).size());
    }

    Workspace ws;
    SmallWorkspace data;
    QUndoStack stack;
    std::unique_ptr<ReviewService> review;
};

} // namespace

TEST_F(ReviewTest, VerifyAndRejectAreSavedAndUndoable)
{
    QSignalSpy changed(review.get(), &ReviewService::targetChanged);
    ASSERT_TRUE(review->verify(data.bjScale));
    EXPECT_EQ(load(data.bjScale).reviewStatus, ReviewStatus::Verified);
    ASSERT_TRUE(review->reject(data.bjCompute));
    EXPECT_EQ(load(data.bjCompute).reviewStatus, ReviewStatus::Rejected);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(stack.count(), 2);

    stack.undo();
    EXPECT_EQ(load(data.bjCompute).reviewStatus, ReviewStatus::Unreviewed);
    stack.undo();
    EXPECT_EQ(load(data.bjScale).reviewStatus, ReviewStatus::Unreviewed);
    stack.redo();
    EXPECT_EQ(load(data.bjScale).reviewStatus, ReviewStatus::Verified);
    EXPECT_EQ(changed.count(), 5);
}

TEST_F(ReviewTest, SettingTheSameStatusAddsNoCommand)
{
    ASSERT_TRUE(review->verify(data.shScale)); // already verified
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ReviewTest, EditsMarkTheTargetEditedAndUndoRestoresBoth)
{
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Value, QStringLiteral("3.5e11")));
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Year, 2027));
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Comparator, QStringLiteral("~")));
    ASSERT_TRUE(
        review->edit(data.bjScale, TargetField::Indicator, QStringLiteral("computing_power")));
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Unit, QStringLiteral("USD")));
    TargetRecord r = load(data.bjScale);
    EXPECT_DOUBLE_EQ(r.value, 3.5e11);
    EXPECT_EQ(r.year, 2027);
    EXPECT_EQ(r.comparator, QStringLiteral("~"));
    EXPECT_EQ(r.indicator, QStringLiteral("computing_power"));
    EXPECT_EQ(r.unit, QStringLiteral("USD"));
    EXPECT_EQ(r.reviewStatus, ReviewStatus::Edited);
    while (stack.canUndo())
        stack.undo();
    r = load(data.bjScale);
    EXPECT_DOUBLE_EQ(r.value, 3e11);
    EXPECT_EQ(r.year, 2025);
    EXPECT_EQ(r.comparator, QStringLiteral(">="));
    EXPECT_EQ(r.indicator, QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(r.unit, QStringLiteral("CNY"));
    EXPECT_EQ(r.reviewStatus, ReviewStatus::Unreviewed);
    while (stack.canRedo())
        stack.redo();
    EXPECT_EQ(load(data.bjScale).unit, QStringLiteral("USD"));
}

TEST_F(ReviewTest, InvalidEditsAreRefusedWithAMessage)
{
    QSignalSpy failed(review.get(), &ReviewService::failed);
    EXPECT_FALSE(review->edit(data.bjScale, TargetField::Value, QStringLiteral("lots")));
    EXPECT_FALSE(review->edit(data.bjScale, TargetField::Year, QStringLiteral("20255")));
    EXPECT_FALSE(review->edit(data.bjScale, TargetField::Comparator, QStringLiteral("!=")));
    EXPECT_FALSE(review->edit(data.bjScale, TargetField::Kind, QStringLiteral("wish")));
    EXPECT_FALSE(review->verify(999999));
    EXPECT_EQ(failed.count(), 5);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(load(data.bjScale).reviewStatus, ReviewStatus::Unreviewed);
    // Clearing the year is allowed: a target may name none.
    EXPECT_TRUE(review->edit(data.bjScale, TargetField::Year, QString()));
    EXPECT_FALSE(load(data.bjScale).year.has_value());
}

TEST_F(ReviewTest, ManualTargetFromASelectionIsVerifiedAndUndoable)
{
    TargetRecord in;
    in.documentId = data.beijingDoc;
    in.indicator = QStringLiteral("ai_enterprises");
    in.value = 50;
    in.unit = QStringLiteral("count");
    in.counter = QStringLiteral("家");
    in.quoteStart = 3;
    in.quoteEnd = 8;
    in.sentence = QStringLiteral("总体目标。");
    QSignalSpy inserted(review.get(), &ReviewService::targetInserted);
    const qint64 id = review->addManualTarget(in);
    ASSERT_GT(id, 0);
    EXPECT_EQ(inserted.count(), 1);
    TargetRecord r = load(id);
    EXPECT_EQ(r.origin, TargetOrigin::Manual);
    EXPECT_EQ(r.reviewStatus, ReviewStatus::Verified);
    EXPECT_EQ(r.regionId, regionId(ws, QStringLiteral("beijing")));
    EXPECT_EQ(countTargets(data.beijingDoc), 3);
    stack.undo();
    EXPECT_EQ(countTargets(data.beijingDoc), 2);
    stack.redo();
    EXPECT_EQ(countTargets(data.beijingDoc), 3);
    EXPECT_EQ(load(id).counter, QStringLiteral("家")); // same id again after redo

    in.quoteEnd = in.quoteStart; // no selection
    EXPECT_EQ(review->addManualTarget(in), 0);
    in.quoteEnd = 8;
    in.documentId = 424242;
    EXPECT_EQ(review->addManualTarget(in), 0);
}

TEST_F(ReviewTest, ReExtractionKeepsWhatAPersonReviewed)
{
    // bjScale is verified, bjCompute edited; a manual one is added; then re-extraction.
    ASSERT_TRUE(review->verify(data.bjScale));
    ASSERT_TRUE(review->edit(data.bjCompute, TargetField::Value, 13000));
    const TargetRecord scale = load(data.bjScale);
    const TargetRecord compute = load(data.bjCompute);
    addTarget(ws, data.beijingDoc, QStringLiteral("保障措施"), QStringLiteral("other"),
        QStringLiteral("target"), 1, QString(), QStringLiteral("="), QVariant());
    ASSERT_EQ(countTargets(data.beijingDoc), 3);

    QList<TargetRecord> fresh;
    TargetRecord same; // same quote span as the verified target: must be skipped
    same.indicator = QStringLiteral("ai_core_industry_scale");
    same.value = 1; // the extractor's new (wrong) idea must not overwrite the verified value
    same.unit = QStringLiteral("CNY");
    same.quoteStart = scale.quoteStart;
    same.quoteEnd = scale.quoteEnd;
    TargetRecord novel;
    novel.indicator = QStringLiteral("computing_power");
    novel.value = 42;
    novel.unit = QStringLiteral("PFLOPS");
    novel.year = 2026;
    novel.quoteStart = 1;
    novel.quoteEnd = 3;
    fresh << same << novel;
    const auto result = review->targets().replaceExtractedTargets(data.beijingDoc, fresh);
    ASSERT_TRUE(result.has_value()) << review->targets().lastError().toStdString();
    EXPECT_EQ(result->deleted, 1); // only the unreviewed extracted one
    EXPECT_EQ(result->inserted, 1); // the novel one
    EXPECT_EQ(result->skipped, 1); // the duplicate of the verified one

    const QList<TargetRecord> now = review->targets().forDocument(data.beijingDoc);
    ASSERT_EQ(now.size(), 3);
    EXPECT_DOUBLE_EQ(load(data.bjScale).value, 3e11);
    EXPECT_EQ(load(data.bjScale).reviewStatus, ReviewStatus::Verified);
    EXPECT_DOUBLE_EQ(load(data.bjCompute).value, 13000);
    EXPECT_EQ(load(data.bjCompute).reviewStatus, ReviewStatus::Edited);
    bool foundNovel = false;
    for (const TargetRecord &r : now) {
        if (r.value == 42) {
            foundNovel = true;
            EXPECT_EQ(r.regionId, regionId(ws, QStringLiteral("beijing")));
            EXPECT_EQ(r.year, 2026);
            EXPECT_EQ(r.origin, TargetOrigin::Extracted);
            EXPECT_EQ(r.reviewStatus, ReviewStatus::Unreviewed);
        }
    }
    EXPECT_TRUE(foundNovel);
    // Other documents are untouched.
    EXPECT_EQ(countTargets(data.shanghaiDoc), 2);
}

TEST_F(ReviewTest, ModelEditsGoThroughTheStackAndRefreshTheRow)
{
    Catalog catalog(ws.database());
    TargetsModel model(ws.database(), &catalog, review.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    const int row = model.rowOf(data.bjScale);
    const QModelIndex value = model.index(row, TargetsModel::Value);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(value, 4e11));
    EXPECT_EQ(model.index(row, TargetsModel::Status).data(TargetsModel::StatusRole).value<ReviewStatus>(),
        ReviewStatus::Edited);
    EXPECT_DOUBLE_EQ(value.data(TargetsModel::ValueRole).toDouble(), 4e11);
    EXPECT_GE(dataChanged.count(), 1);
    EXPECT_FALSE(model.setData(model.index(row, TargetsModel::Sentence), QStringLiteral("x")));
    EXPECT_FALSE(model.flags(model.index(row, TargetsModel::Sentence)) & Qt::ItemIsEditable);
    stack.undo();
    EXPECT_DOUBLE_EQ(value.data(TargetsModel::ValueRole).toDouble(), 3e11);
}

TEST(SelectionGuess, ReadsValueUnitSentenceAndYear)
{
    const QString body
        = QStringLiteral("总体目标。到2025年，核心产业规模达到3000亿元，算力达到1.2万P。\n其他。");
    const int at = static_cast<int>(body.indexOf(QStringLiteral("3000亿元")));
    TargetRecord in = SelectionGuess::guess(7, body, at, at + 6);
    EXPECT_EQ(in.documentId, 7);
    EXPECT_DOUBLE_EQ(in.value, 3e11);
    EXPECT_EQ(in.unit, QStringLiteral("CNY"));
    EXPECT_EQ(in.year, 2025);
    EXPECT_EQ(in.sentence, QStringLiteral("到2025年，核心产业规模达到3000亿元，算力达到1.2万P。"));
    EXPECT_EQ(body.mid(in.start, in.end - in.start), in.sentence);
    EXPECT_EQ(in.quoteStart, at);
    EXPECT_EQ(in.quoteEnd, at + 6);

    const int p = static_cast<int>(body.indexOf(QStringLiteral("1.2万P")));
    in = SelectionGuess::guess(7, body, p, p + 5);
    EXPECT_DOUBLE_EQ(in.value, 12000);
    EXPECT_EQ(in.unit, QStringLiteral("PFLOPS"));

    const QString en
        = QStringLiteral("Firms receive up to 10 million yuan. Growth of 12.5% is expected.");
    const int y = static_cast<int>(en.indexOf(QStringLiteral("10 million yuan")));
    in = SelectionGuess::guess(1, en, y, y + 15);
    EXPECT_DOUBLE_EQ(in.value, 1e7);
    EXPECT_EQ(in.unit, QStringLiteral("CNY"));
    const int g = static_cast<int>(en.indexOf(QStringLiteral("12.5%")));
    in = SelectionGuess::guess(1, en, g, g + 5);
    EXPECT_DOUBLE_EQ(in.value, 12.5);
    EXPECT_EQ(in.unit, QStringLiteral("percent"));

    // Out-of-range selections are clamped, not trusted.
    in = SelectionGuess::guess(1, en, -5, 10000);
    EXPECT_EQ(in.quoteStart, 0);
    EXPECT_EQ(in.quoteEnd, en.size());
}

TEST_F(ReviewTest, ValueEditsAcceptAmountsAsPeopleWriteThem)
{
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Value, QStringLiteral("3500亿")));
    EXPECT_DOUBLE_EQ(load(data.bjScale).value, 3.5e11);
    ASSERT_TRUE(review->edit(data.bjScale, TargetField::Value, QStringLiteral("400 billion")));
    EXPECT_DOUBLE_EQ(load(data.bjScale).value, 4e11);
}

TEST_F(ReviewTest, ExtractionReasonIsStoredAndDescribedByTheModel)
{
    TargetReason reason;
    reason.kindCue = KindCue::YearOnYear;
    reason.kindWord = QStringLiteral("同比");
    reason.yearCue = YearCue::Stated;
    reason.decidedKind = QStringLiteral("baseline");
    reason.decidedYear = 2024;
    TargetRecord in;
    in.kind = TargetKind::Baseline;
    in.value = 8;
    in.unit = QStringLiteral("percent");
    in.year = 2024;
    in.quoteStart = 40;
    in.quoteEnd = 42;
    in.reason = targetReasonToJson(reason);
    ASSERT_TRUE(review->targets().replaceExtractedTargets(data.beijingDoc, { in }).has_value());
    qint64 id = 0;
    for (const TargetRecord &r : review->targets().forDocument(data.beijingDoc)) {
        if (r.value == 8) {
            id = r.id;
            EXPECT_EQ(targetReasonFromJson(r.reason).kindCue, KindCue::YearOnYear);
        }
    }
    ASSERT_GT(id, 0);
    // A reviewer's correction of kind and year leaves the machine's reason as it was.
    ASSERT_TRUE(review->edit(id, TargetField::Year, 2025));
    Catalog catalog(ws.database());
    TargetsModel model(ws.database(), &catalog, review.get());
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QModelIndex index = model.index(model.rowOf(id), TargetsModel::Value);
    ASSERT_TRUE(index.isValid());
    const QString text = index.data(TargetsModel::ReasonRole).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("同比"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2024"))) << text.toStdString();
    // A target stored without a reason (one added by hand) shows none.
    EXPECT_TRUE(model.index(model.rowOf(data.bjScale), 0)
                    .data(TargetsModel::ReasonRole)
                    .toString()
                    .isEmpty());
}
