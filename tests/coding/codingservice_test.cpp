#include "codingtesthelpers.h"
#include "coding/codedsentencesmodel.h"
#include "coding/codingrepository.h"
#include "coding/codingservice.h"
#include "coding/codingsfilterproxy.h"
#include "coding/codingsmodel.h"
#include "coding/instrumentmatrixmodel.h"
#include "coding/recoder.h"
#include "modeltester.h"

#include <QUndoStack>

using namespace policylens;

namespace {

// Composed for these tests.
const QString Plan = QStringLiteral(
    "某市人工智能行动方案\n"
    "到2025年，建成3个智算中心，算力规模达到100EFLOPS。\n"
    "对首次认定的企业给予最高500万元奖励。\n"
    "加强人才培养，支持高校设立人工智能学科。\n");

class CodingReview : public policylens::testing::CodingWorkspace
{
protected:
    void SetUp() override
    {
        CodingWorkspace::SetUp();
        doc = import(QStringLiteral("plan.txt"), Plan);
        ASSERT_GT(doc, 0);
        codings = CodingRepository(ws.database()).forDocument(doc);
        ASSERT_GE(codings.size(), 2) << "the coder found too little in the test plan";
    }

    qint64 doc = 0;
    QList<CodingRecord> codings;
    QUndoStack stack;
};

} // namespace

TEST_F(CodingReview, AcceptRejectAndUndo)
{
    CodingService service(ws.database(), &stack);
    const qint64 id = codings.first().id;
    ASSERT_TRUE(service.setStatus(id, CodingStatus::Accepted));
    EXPECT_EQ(service.codings().find(id)->status, CodingStatus::Accepted);
    ASSERT_TRUE(service.setStatus(id, CodingStatus::Rejected));
    stack.undo();
    EXPECT_EQ(service.codings().find(id)->status, CodingStatus::Accepted);
    stack.undo();
    EXPECT_EQ(service.codings().find(id)->status, CodingStatus::Unreviewed);
    stack.redo();
    EXPECT_EQ(service.codings().find(id)->status, CodingStatus::Accepted);
    EXPECT_FALSE(service.setStatus(999999, CodingStatus::Accepted));
}

TEST_F(CodingReview, ChangedCodesSurviveRecodingAndUndo)
{
    CodingService service(ws.database(), &stack);
    const CodingRecord old = codings.first();
    const qint64 cooperation = codeId(QStringLiteral("demand.cooperation"));
    ASSERT_NE(old.codeId, cooperation);
    const qint64 fresh = service.changeCode(old.id, cooperation);
    ASSERT_GT(fresh, 0);
    EXPECT_EQ(service.codings().find(old.id)->status, CodingStatus::Rejected);
    EXPECT_EQ(service.codings().find(fresh)->origin, CodingOrigin::Manual);
    const qint64 added = service.addCoding(doc, 0, 5, codeId(QStringLiteral("supply.talent")));
    ASSERT_GT(added, 0);

    // Re-coding keeps the person's decisions: the old code stays rejected, nothing comes back.
    Recoder recoder(ws.database());
    ASSERT_TRUE(recoder.run()) << recoder.lastError().toStdString();
    EXPECT_EQ(service.codings().find(old.id)->status, CodingStatus::Rejected);
    EXPECT_TRUE(service.codings().find(fresh));
    EXPECT_TRUE(service.codings().find(added));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM codings WHERE document_id = %1 AND start_offset = %2 "
                                    "AND code_id = %3").arg(doc).arg(old.start).arg(old.codeId)),
        1);

    stack.undo(); // the added coding
    EXPECT_FALSE(service.codings().find(added));
    stack.undo(); // the change
    EXPECT_FALSE(service.codings().find(fresh));
    EXPECT_EQ(service.codings().find(old.id)->status, old.status);
    stack.redo();
    EXPECT_TRUE(service.codings().find(fresh));
}

TEST_F(CodingReview, ModelsPassTheModelTesterAndFollowEdits)
{
    CodingService service(ws.database(), &stack);
    CodingsModel model;
    policylens::testing::ModelTesterGuard guard(&model);
    model.setService(&service);
    model.setDatabase(ws.database());
    EXPECT_EQ(model.rowCount(), scalar(QStringLiteral("SELECT count(*) FROM codings")));
    CodingsFilterProxy proxy;
    policylens::testing::ModelTesterGuard proxyGuard(&proxy);
    proxy.setSourceModel(&model);
    proxy.setStatus(QStringLiteral("accepted"));
    EXPECT_EQ(proxy.rowCount(), 0);
    ASSERT_TRUE(service.setStatus(codings.first().id, CodingStatus::Accepted));
    EXPECT_EQ(proxy.rowCount(), 1);
    const int before = model.rowCount();
    const qint64 added = service.addCoding(doc, 0, 5, codeId(QStringLiteral("supply.talent")));
    EXPECT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.index(model.rowOf(added), CodingsModel::SentenceColumn).data().toString(), Plan.left(5));
    stack.undo();
    EXPECT_EQ(model.rowCount(), before);
    proxy.setStatus({});
    proxy.setSide(QStringLiteral("supply"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_EQ(proxy.index(r, 0).data(CodingsModel::SideRole).toString(), QStringLiteral("supply"));
    proxy.sort(CodingsModel::ConfidenceColumn);
}

TEST_F(CodingReview, MatrixCountsRegionsAndDrillsDown)
{
    setRegion(doc, QStringLiteral("beijing"));
    const qint64 other = import(QStringLiteral("other.txt"), QStringLiteral("加强人才培养，引进高端人才。\n"));
    ASSERT_GT(other, 0);
    const Result<InstrumentMatrix> matrix = InstrumentMatrix::load(ws.database(), {});
    ASSERT_TRUE(matrix) << matrix.error().toStdString();
    ASSERT_EQ(matrix->regions.size(), 2);
    EXPECT_EQ(matrix->regions.last().id, 0); // region unknown comes last
    int live = 0;
    for (const CodingRecord &c : codings)
        live += c.status != CodingStatus::Rejected ? 1 : 0;
    EXPECT_EQ(matrix->total(0), live);
    double shares = 0;
    for (InstrumentSide side : instrumentSides())
        shares += matrix->sideShare(0, side);
    EXPECT_NEAR(shares, 1.0, 1e-9);

    InstrumentMatrixModel counts;
    policylens::testing::ModelTesterGuard g1(&counts);
    counts.setMatrix(*matrix);
    EXPECT_EQ(counts.columnCount(), matrix->codes.size() + 1);
    InstrumentSharesModel sharesModel;
    policylens::testing::ModelTesterGuard g2(&sharesModel);
    sharesModel.setMatrix(*matrix);
    EXPECT_EQ(sharesModel.columnCount(), 3);
    EXPECT_EQ(sharesModel.headerData(0, Qt::Vertical).toString(), QStringLiteral("Beijing"));

    // Drill-down: the sentences behind one cell carry that code and that region.
    int column = -1;
    for (int c = 0; c < matrix->codes.size() && column < 0; ++c)
        column = matrix->counts.at(0).at(c) > 0 ? c : -1;
    ASSERT_GE(column, 0);
    CodedSentencesModel sentences;
    policylens::testing::ModelTesterGuard g3(&sentences);
    CodedSentenceFilter filter;
    filter.regionId = matrix->regions.first().id;
    filter.codeId = matrix->codes.at(column).id;
    ASSERT_TRUE(sentences.load(ws.database(), filter, QStringLiteral("en")));
    EXPECT_EQ(sentences.rowCount(), matrix->counts.at(0).at(column));
    for (int r = 0; r < sentences.rowCount(); ++r) {
        EXPECT_EQ(sentences.index(r, CodedSentencesModel::RegionColumn).data().toString(), QStringLiteral("Beijing"));
        EXPECT_TRUE(sentences.index(r, CodedSentencesModel::CodeKeysColumn).data().toString().contains(matrix->codes.at(column).code.key));
    }
}
