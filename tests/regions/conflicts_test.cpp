// Competing values for one place, indicator and year are marked, listed and chosen; targets
// without a region get a column of their own; the documents table edits in place.
#include "compare/targetcomparisonmodel.h"
#include "models/catalog.h"
#include "models/documentsmodel.h"
#include "modeltester.h"
#include "review/reviewservice.h"
#include "store/workspace.h"
#include "testworkspace.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class ConflictsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        addIndicators(ws);
        // Composed: an older plan, its newer revision and a draft, all for Hangzhou 2025, and a
        // document nobody could place.
        const qint64 older = addDocument(ws, QStringLiteral("旧规划"), QStringLiteral("hangzhou"),
            QStringLiteral("2021-01-01"), QStringLiteral("到2025年产业规模达到100亿元。"));
        const qint64 newer = addDocument(ws, QStringLiteral("新规划"), QStringLiteral("hangzhou"),
            QStringLiteral("2023-01-01"), QStringLiteral("到2025年产业规模达到300亿元。"));
        const qint64 draft = addDocument(ws, QStringLiteral("规划（征求意见稿）"),
            QStringLiteral("hangzhou"), QStringLiteral("2024-01-01"),
            QStringLiteral("到2025年产业规模达到500亿元。"));
        exec(ws, QStringLiteral("UPDATE documents SET doc_status = 'draft' WHERE id = %1").arg(draft));
        const qint64 nowhere = addDocument(ws, QStringLiteral("无地区文件"), QString(),
            QStringLiteral("2023-05-01"), QStringLiteral("到2025年产业规模达到50亿元。"));
        const QString i = QStringLiteral("ai_core_industry_scale");
        const QString t = QStringLiteral("target");
        const QString cny = QStringLiteral("CNY");
        const QString eq = QStringLiteral("=");
        oldTarget = addTarget(ws, older, QStringLiteral("100亿元"), i, t, 1e10, cny, eq, 2025);
        newTarget = addTarget(ws, newer, QStringLiteral("300亿元"), i, t, 3e10, cny, eq, 2025);
        draftTarget = addTarget(ws, draft, QStringLiteral("500亿元"), i, t, 5e10, cny, eq, 2025);
        unknownTarget = addTarget(ws, nowhere, QStringLiteral("50亿元"), i, t, 5e9, cny, eq, 2025);
        service = std::make_unique<ReviewService>(ws.database(), &stack);
    }
    void load(TargetComparisonModel &model, const QStringList &cities = {})
    {
        model.setDatabase(ws.database());
        model.setIndicator(QStringLiteral("ai_core_industry_scale"));
        model.setLanguage(Language::English);
        model.setCities(cities);
        ASSERT_TRUE(model.reload());
    }
    Workspace ws;
    QUndoStack stack;
    std::unique_ptr<ReviewService> service;
    qint64 oldTarget = 0, newTarget = 0, draftTarget = 0, unknownTarget = 0;
};

} // namespace

TEST_F(ConflictsTest, TheNewerFinalPlanCountsAndEveryValueIsListed)
{
    TargetComparisonModel model;
    ModelTesterGuard guard(&model);
    load(model);
    ASSERT_EQ(model.cityCount(), 2); // Hangzhou, then "Region unknown"
    const QModelIndex hz = model.index(0, TargetComparisonModel::FirstCityColumn);
    EXPECT_EQ(model.data(hz, TargetComparisonModel::TargetIdRole).toLongLong(), newTarget);
    EXPECT_TRUE(model.data(hz, TargetComparisonModel::ShortLabelRole).toString().endsWith(u'*'));
    EXPECT_EQ(model.data(hz, TargetComparisonModel::CompetitorsRole).toList(),
        (QVariantList { newTarget, oldTarget, draftTarget }));
    const QString tip = model.data(hz, Qt::ToolTipRole).toString();
    for (const char *title : { "旧规划", "新规划", "规划（征求意见稿）" })
        EXPECT_TRUE(tip.contains(QString::fromUtf8(title))) << tip.toStdString();
    EXPECT_EQ(model.contestedCount(), 1);
}

TEST_F(ConflictsTest, APersonsChoiceCountsAndUndoes)
{
    ASSERT_TRUE(service->chooseTarget(oldTarget));
    TargetComparisonModel model;
    load(model);
    const QModelIndex hz = model.index(0, TargetComparisonModel::FirstCityColumn);
    EXPECT_EQ(model.data(hz, TargetComparisonModel::TargetIdRole).toLongLong(), oldTarget);
    stack.undo();
    ASSERT_TRUE(model.reload());
    EXPECT_EQ(model.data(model.index(0, TargetComparisonModel::FirstCityColumn),
                  TargetComparisonModel::TargetIdRole)
                  .toLongLong(),
        newTarget);
}

TEST_F(ConflictsTest, TargetsWithoutARegionAreShownEvenWhenCitiesArePicked)
{
    TargetComparisonModel model;
    load(model, { QStringLiteral("hangzhou") });
    ASSERT_EQ(model.cityCount(), 2);
    EXPECT_EQ(model.headerData(TargetComparisonModel::FirstCityColumn + 1, Qt::Horizontal)
                  .toString(),
        QStringLiteral("Region unknown"));
    EXPECT_EQ(model.unknownRegionCount(), 1);
    EXPECT_EQ(model.data(model.index(0, TargetComparisonModel::FirstCityColumn + 1),
                  TargetComparisonModel::TargetIdRole)
                  .toLongLong(),
        unknownTarget);
}

TEST_F(ConflictsTest, DocumentsTableEditsRegionTypeAndStatusInPlace)
{
    Catalog catalog(ws.database());
    DocumentsModel model(ws.database(), &catalog, service.get());
    ModelTesterGuard guard(&model);
    const int row = 3; // the unplaced document
    const QModelIndex region = model.index(row, DocumentsModel::Region);
    ASSERT_TRUE(model.flags(region) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.data(region, DocumentsModel::ChoicesRole).toList().isEmpty());
    ASSERT_TRUE(model.setData(region, regionId(ws, QStringLiteral("yuhang"))));
    EXPECT_EQ(model.data(region).toString(), QStringLiteral("Yuhang District"));
    EXPECT_TRUE(model.data(region, DocumentsModel::UserSetRole).toBool());
    ASSERT_TRUE(model.setData(model.index(row, DocumentsModel::Type), QStringLiteral("news")));
    ASSERT_TRUE(model.setData(model.index(row, DocumentsModel::Status), QStringLiteral("draft")));
    EXPECT_EQ(model.data(model.index(row, DocumentsModel::Type), Qt::EditRole).toString(),
        QStringLiteral("news"));
    EXPECT_FALSE(model.setData(model.index(row, DocumentsModel::Type), QStringLiteral("poem")));
    stack.undo();
    stack.undo();
    stack.undo();
    EXPECT_FALSE(model.data(region, DocumentsModel::UserSetRole).toBool());
    // Read-only without a review service.
    DocumentsModel readOnly(ws.database(), &catalog);
    EXPECT_FALSE(readOnly.flags(readOnly.index(0, DocumentsModel::Region)) & Qt::ItemIsEditable);
}
