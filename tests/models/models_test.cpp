#include "models/catalog.h"
#include "models/documentsfilterproxy.h"
#include "models/documentsmodel.h"
#include "models/regiontreemodel.h"
#include "models/searchresultsmodel.h"
#include "models/statisticsfilterproxy.h"
#include "models/statisticsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "modeltester.h"
#include "review/reviewservice.h"
#include "search/likesearchprovider.h"
#include "testworkspace.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class ModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        data.fill(ws);
        catalog.reload(ws.database());
    }

    // Loads every page, as a view scrolled to the end would.
    static void fetchAll(QAbstractItemModel *model)
    {
        while (model->canFetchMore({}))
            model->fetchMore({});
    }

    Workspace ws;
    SmallWorkspace data;
    Catalog catalog;
};

} // namespace

TEST_F(ModelsTest, DocumentsModelShowsMetadataInTheUiLanguage)
{
    DocumentsModel model(ws.database(), &catalog);
    ModelTesterGuard tester(&model);
    EXPECT_FALSE(model.canFetchMore({})); // all three fit in the first page
    ASSERT_EQ(model.rowCount(), 3);
    model.setLanguage(Language::Chinese);
    const int bj = model.rowOf(data.beijingDoc);
    EXPECT_EQ(model.index(bj, DocumentsModel::Region).data().toString(), QStringLiteral("北京市"));
    EXPECT_EQ(
        model.index(bj, DocumentsModel::Date).data().toString(), QStringLiteral("2023年5月31日"));
    EXPECT_EQ(model.index(bj, DocumentsModel::TargetCount).data().toInt(), 2);
    EXPECT_EQ(model.index(bj, DocumentsModel::Format).data().toString(), QStringLiteral("TXT"));
    model.setLanguage(Language::English);
    EXPECT_EQ(model.index(bj, DocumentsModel::Region).data().toString(), QStringLiteral("Beijing"));
    EXPECT_EQ(
        model.index(bj, DocumentsModel::Date).data().toString(), QStringLiteral("31 May 2023"));
    EXPECT_TRUE(model.body(data.beijingDoc).contains(QStringLiteral("3000亿元")));
}

TEST_F(ModelsTest, DocumentsModelFetchesInPages)
{
    for (int i = 0; i < DocumentsModel::PageSize + 10; ++i)
        addDocument(ws, QStringLiteral("doc %1").arg(i), QStringLiteral("wuhan"),
            QStringLiteral("2021-01-01"), QStringLiteral("body %1").arg(i));
    DocumentsModel model(ws.database(), &catalog);
    EXPECT_EQ(model.rowCount(), DocumentsModel::PageSize);
    EXPECT_EQ(model.totalCount(), DocumentsModel::PageSize + 13);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), DocumentsModel::PageSize + 13);
    EXPECT_FALSE(model.canFetchMore({}));
    model.reload();
    EXPECT_EQ(model.rowCount(), DocumentsModel::PageSize);
    // QAbstractItemModelTester fetches the remaining page itself as part of its checks.
    // (Not attached across reload(): Qt 6.4's tester calls fetchMore from its modelReset
    // slot before clearing its own reset-in-flight flag.)
    ModelTesterGuard tester(&model);
    EXPECT_EQ(model.rowCount(), DocumentsModel::PageSize + 13);
}

TEST_F(ModelsTest, DocumentsProxyFiltersByRegionYearAndText)
{
    DocumentsModel model(ws.database(), &catalog);
    DocumentsFilterProxy proxy;
    proxy.setSourceModel(&model);
    ModelTesterGuard tester(&proxy);
    fetchAll(&model);
    EXPECT_EQ(proxy.rowCount(), 3);
    proxy.setRegionIds({ regionId(ws, QStringLiteral("beijing")) });
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setRegionIds({});
    proxy.setYear(2022);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(DocumentsModel::IdRole).toLongLong(), data.shanghaiDoc);
    proxy.setYear(0);
    proxy.setText(QStringLiteral("shenzhen"));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data(DocumentsModel::IdRole).toLongLong(), data.shenzhenDoc);
    proxy.setText(QStringLiteral("经济和信息化")); // issuer
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setText({});
    proxy.sort(DocumentsModel::Date, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(DocumentsModel::IdRole).toLongLong(), data.shenzhenDoc);
    proxy.sort(DocumentsModel::TargetCount, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data(DocumentsModel::IdRole).toLongLong(), data.beijingDoc);
}

TEST_F(ModelsTest, TargetsModelFormatsValuesAndPushesFiltersToSql)
{
    QUndoStack stack;
    ReviewService review(ws.database(), &stack);
    TargetsModel model(ws.database(), &catalog, &review);
    ModelTesterGuard tester(&model);
    fetchAll(&model);
    ASSERT_EQ(model.rowCount(), 5);
    model.setLanguage(Language::Chinese);
    const int row = model.rowOf(data.bjCompute);
    EXPECT_EQ(model.index(row, TargetsModel::Value).data().toString(), QStringLiteral("1.2万P"));
    EXPECT_EQ(
        model.index(row, TargetsModel::Indicator).data().toString(), QStringLiteral("算力规模"));
    EXPECT_EQ(model.index(row, TargetsModel::Comparator).data().toString(), QStringLiteral("≥"));
    EXPECT_EQ(model.index(row, TargetsModel::Sentence).data().toString(),
        QStringLiteral("新增算力不低于12000P。"));
    model.setLanguage(Language::English);
    EXPECT_EQ(
        model.index(row, TargetsModel::Value).data().toString(), QStringLiteral("12,000 PFLOPS"));
    EXPECT_EQ(model.index(row, TargetsModel::Indicator).data().toString(),
        QStringLiteral("Computing power"));

    TargetFilter filter;
    filter.indicator = QStringLiteral("ai_core_industry_scale");
    model.setFilter(filter);
    fetchAll(&model);
    EXPECT_EQ(model.rowCount(), 2);
    filter.status = ReviewStatus::Verified;
    model.setFilter(filter);
    fetchAll(&model);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(TargetsModel::IdRole).toLongLong(), data.shScale);
    filter = {};
    filter.text = QStringLiteral("Shenzhen"); // document title, any case
    model.setFilter(filter);
    fetchAll(&model);
    EXPECT_EQ(model.rowCount(), 1);
    filter = {};
    filter.regionIds = catalog.regionWithDescendants(regionId(ws, QStringLiteral("national")));
    model.setFilter(filter);
    fetchAll(&model);
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(ModelsTest, TargetsProxyFiltersEveryCriterion)
{
    TargetsModel model(ws.database(), &catalog, nullptr);
    TargetsFilterProxy proxy;
    proxy.setSourceModel(&model);
    ModelTesterGuard tester(&proxy);
    fetchAll(&model);
    auto countWith = [&](auto change) {
        TargetFilter f;
        change(f);
        proxy.setFilter(f);
        return proxy.rowCount();
    };
    EXPECT_EQ(countWith([](TargetFilter &) {}), 5);
    EXPECT_EQ(countWith([&](TargetFilter &f) {
        f.regionIds = { regionId(ws, QStringLiteral("shanghai")) };
    }),
        2);
    EXPECT_EQ(
        countWith([](TargetFilter &f) { f.indicator = QStringLiteral("computing_power"); }), 1);
    EXPECT_EQ(countWith([](TargetFilter &f) { f.kind = TargetKind::Incentive; }), 1);
    EXPECT_EQ(countWith([](TargetFilter &f) { f.year = 2025; }), 4);
    EXPECT_EQ(countWith([](TargetFilter &f) { f.status = ReviewStatus::Unreviewed; }), 4);
    EXPECT_EQ(countWith([](TargetFilter &f) { f.text = QStringLiteral("算力"); }), 1);
    EXPECT_EQ(countWith([&](TargetFilter &f) { f.documentId = data.shanghaiDoc; }), 2);
    EXPECT_EQ(countWith([](TargetFilter &f) {
        f.year = 2025;
        f.indicator = QStringLiteral("ai_core_industry_scale");
        f.status = ReviewStatus::Unreviewed;
    }),
        1);
    proxy.setFilter({});
    proxy.sort(TargetsModel::Value, Qt::DescendingOrder);
    fetchAll(&model);
    EXPECT_EQ(proxy.index(0, 0).data(TargetsModel::IdRole).toLongLong(), data.shScale);
}

TEST_F(ModelsTest, TargetsProxyDropsARowOnceItsStatusChanges)
{
    QUndoStack stack;
    ReviewService review(ws.database(), &stack);
    TargetsModel model(ws.database(), &catalog, &review);
    TargetsFilterProxy proxy;
    proxy.setSourceModel(&model);
    ModelTesterGuard tester(&proxy);
    TargetFilter f;
    f.status = ReviewStatus::Unreviewed;
    model.setFilter(f);
    proxy.setFilter(f);
    fetchAll(&model);
    ASSERT_EQ(proxy.rowCount(), 4);
    ASSERT_TRUE(review.verify(data.bjScale));
    EXPECT_EQ(proxy.rowCount(), 3);
    stack.undo();
    EXPECT_EQ(proxy.rowCount(), 4);
}

// The indicator a statistic is filed under is chosen from the workspace's indicators and can
// be undone, like every other edit.
TEST_F(ModelsTest, StatisticsIndicatorIsEditableAndUndoable)
{
    QUndoStack stack;
    ReviewService review(ws.database(), &stack);
    StatisticsModel model(ws.database(), &catalog, &review);
    ModelTesterGuard tester(&model);
    fetchAll(&model);
    const int row = model.rowOf(data.stat1);
    ASSERT_GE(row, 0);
    const QModelIndex indicator = model.index(row, StatisticsModel::Indicator);
    EXPECT_TRUE(model.flags(indicator) & Qt::ItemIsEditable);
    const QVariantList choices = indicator.data(StatisticsModel::ChoicesRole).toList();
    ASSERT_GE(choices.size(), 2);
    const QString before = indicator.data(Qt::EditRole).toString();
    QString other;
    for (const QVariant &c : choices) {
        const QString key = c.toList().value(0).toString();
        if (key != before && other.isEmpty())
            other = key;
    }
    ASSERT_FALSE(other.isEmpty());
    ASSERT_TRUE(model.setData(indicator, other));
    EXPECT_EQ(model.index(row, StatisticsModel::Indicator).data(Qt::EditRole).toString(), other);
    stack.undo();
    EXPECT_EQ(model.index(row, StatisticsModel::Indicator).data(Qt::EditRole).toString(), before);
    stack.redo();
    EXPECT_EQ(model.index(row, StatisticsModel::Indicator).data(Qt::EditRole).toString(), other);
    EXPECT_FALSE(model.setData(indicator, QString()));
    // The period and quote columns are there, in both languages.
    EXPECT_EQ(model.headerData(StatisticsModel::Period, Qt::Horizontal).toString(), QStringLiteral("Period"));
    EXPECT_EQ(model.headerData(StatisticsModel::Quote, Qt::Horizontal).toString(), QStringLiteral("Quote"));
}

TEST_F(ModelsTest, StatisticsModelEditsThroughTheUndoStack)
{
    QUndoStack stack;
    ReviewService review(ws.database(), &stack);
    StatisticsModel model(ws.database(), &catalog, &review);
    ModelTesterGuard tester(&model);
    fetchAll(&model);
    ASSERT_EQ(model.rowCount(), 2);
    model.setLanguage(Language::Chinese);
    const int row = model.rowOf(data.stat1);
    EXPECT_EQ(
        model.index(row, StatisticsModel::Value).data().toString(), QStringLiteral("2500亿元"));
    EXPECT_TRUE(model.flags(model.index(row, StatisticsModel::Value)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(row, StatisticsModel::Region)) & Qt::ItemIsEditable);
    ASSERT_TRUE(model.setData(model.index(row, StatisticsModel::Value), QStringLiteral("2.6e11")));
    EXPECT_EQ(
        model.index(row, StatisticsModel::Value).data().toString(), QStringLiteral("2600亿元"));
    EXPECT_FALSE(model.setData(model.index(row, StatisticsModel::Value), QStringLiteral("many")));
    EXPECT_FALSE(model.setData(model.index(row, StatisticsModel::Year), QStringLiteral("1200")));
    stack.undo();
    EXPECT_EQ(model.index(row, StatisticsModel::Value).data(Qt::EditRole).toDouble(), 2.5e11);

    StatisticsFilterProxy proxy;
    proxy.setSourceModel(&model);
    ModelTesterGuard proxyTester(&proxy);
    proxy.setRegionIds({ regionId(ws, QStringLiteral("shanghai")) });
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setRegionIds({});
    proxy.setYear(2021);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setYear(2022);
    proxy.setIndicator(QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(proxy.rowCount(), 2);
}

TEST_F(ModelsTest, RegionTreeNestsCitiesAndListsYears)
{
    RegionTreeModel model(ws.database(), &catalog);
    ModelTesterGuard tester(&model);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex regions = model.index(0, 0);
    ASSERT_EQ(model.rowCount(regions), 1); // national
    const QModelIndex national = model.index(0, 0, regions);
    EXPECT_EQ(national.data(RegionTreeModel::RegionIdRole).toLongLong(),
        regionId(ws, QStringLiteral("national")));
    const QModelIndex shenzhen = model.indexOfRegion(regionId(ws, QStringLiteral("shenzhen")));
    ASSERT_TRUE(shenzhen.isValid());
    // Shenzhen sits under Guangdong, which has no document of its own but stays as its parent.
    EXPECT_EQ(shenzhen.parent().data(RegionTreeModel::RegionIdRole).toLongLong(),
        regionId(ws, QStringLiteral("guangdong")));
    EXPECT_EQ(shenzhen.data(RegionTreeModel::DocumentCountRole).toInt(), 1);
    model.setLanguage(Language::Chinese);
    EXPECT_EQ(shenzhen.data().toString(), QStringLiteral("深圳市 (1)"));
    const QModelIndex years = model.index(1, 0);
    QStringList listed;
    for (int i = 0; i < model.rowCount(years); ++i)
        listed << model.index(i, 0, years).data(RegionTreeModel::YearRole).toString();
    EXPECT_EQ(listed,
        (QStringList { QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
            QStringLiteral("2025") }));
    EXPECT_EQ(model.indexOfYear(2023).data().toString(), QStringLiteral("2023年"));
}

TEST_F(ModelsTest, LikeSearchFindsTwoCharacterTermsWithContext)
{
    LikeSearchProvider search(ws.database());
    const QList<SearchHit> hits = search.search(QStringLiteral("算力"), 10, 5);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().documentId, data.beijingDoc);
    EXPECT_EQ(hits.first().match, QStringLiteral("算力"));
    EXPECT_EQ(hits.first().before, QStringLiteral("亿元。新增"));
    EXPECT_EQ(hits.first().after, QStringLiteral("不低于12"));
    const QString body = DocumentsModel(ws.database(), &catalog).body(data.beijingDoc);
    EXPECT_EQ(body.mid(hits.first().position, hits.first().length), QStringLiteral("算力"));

    // Every occurrence, across documents, limited.
    EXPECT_EQ(search.search(QStringLiteral("人工智能"), 10).size(), 3);
    EXPECT_EQ(search.search(QStringLiteral("人工智能"), 2).size(), 2);
    EXPECT_EQ(search.search(QStringLiteral("QUALIFIED"), 10).size(), 1);
    EXPECT_TRUE(search.search(QStringLiteral("  "), 10).isEmpty());

    SearchResultsModel results;
    ModelTesterGuard tester(&results);
    results.setHits(hits);
    ASSERT_EQ(results.rowCount(), 1);
    EXPECT_EQ(results.index(0).data().toString(), QStringLiteral("…亿元。新增【算力】不低于12…"));
    EXPECT_EQ(
        results.index(0).data(SearchResultsModel::DocumentIdRole).toLongLong(), data.beijingDoc);
}
