#include "compare/coveragemodel.h"
#include "compare/incentivesmodel.h"
#include "compare/progressmodel.h"
#include "compare/targetcomparisonmodel.h"
#include "compare/timelinemodel.h"
#include "sampleworkspace.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QDate>

#include <cmath>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class CompareModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Result<void> opened = ws.open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        ids = sample::fillSampleWorkspace(ws.database());
    }

    // Every model is exercised by Qt's own consistency checker across a reload.
    template<typename Model> void check(Model &model)
    {
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const Result<void> loaded = model.reload();
        ASSERT_TRUE(loaded) << loaded.error().toStdString();
        ASSERT_TRUE(model.reload());
    }

    Workspace ws;
    sample::SampleIds ids;
};

int columnOf(const QAbstractItemModel &model, const QString &header)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == header)
            return c;
    }
    return -1;
}

int rowOfYear(const QAbstractItemModel &model, int year)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.headerData(r, Qt::Vertical).toInt() == year)
            return r;
    }
    return -1;
}

} // namespace

TEST_F(CompareModels, TargetComparisonGroupsYearsByCityInOneUnit)
{
    TargetComparisonModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    model.setCities({ QStringLiteral("beijing"), QStringLiteral("shanghai"),
        QStringLiteral("shenzhen"), QStringLiteral("hangzhou") });
    model.setLanguage(Language::Chinese);
    check(model);

    EXPECT_EQ(model.indicatorName(), QStringLiteral("人工智能核心产业规模"));
    EXPECT_EQ(model.scale().unitLabel(), QStringLiteral("亿元"));
    ASSERT_EQ(model.rowCount(), 2); // 2025 and 2027
    ASSERT_EQ(model.columnCount(), TargetComparisonModel::FirstCityColumn + 4);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("北京市"));

    const int r2025 = rowOfYear(model, 2025);
    const int bj = columnOf(model, QStringLiteral("北京市"));
    const int hz = columnOf(model, QStringLiteral("杭州市"));
    ASSERT_GE(r2025, 0);
    const QModelIndex beijing = model.index(r2025, bj);
    EXPECT_DOUBLE_EQ(model.data(beijing).toDouble(), 3000.0);
    EXPECT_DOUBLE_EQ(model.data(beijing, TargetComparisonModel::BaseValueRole).toDouble(), 3.0e11);
    EXPECT_EQ(model.data(beijing, TargetComparisonModel::ComparatorMarkRole).toString(),
        QStringLiteral("≥"));
    EXPECT_EQ(model.data(beijing, TargetComparisonModel::TargetIdRole).toLongLong(),
        ids.beijingScale2025);
    EXPECT_TRUE(model.data(beijing, TargetComparisonModel::SentenceRole)
                    .toString()
                    .contains(QStringLiteral("3000亿元")));
    EXPECT_EQ(model.data(beijing, TargetComparisonModel::LabelRole).toString(),
        QStringLiteral("≥ 3,000亿元"));
    // The rejected 99 万亿 reading is gone; Hangzhou keeps its real target.
    EXPECT_DOUBLE_EQ(model.data(model.index(r2025, hz)).toDouble(), 2800.0);
    // Beijing set nothing for 2027: an empty cell, not a zero.
    EXPECT_FALSE(model.data(model.index(rowOfYear(model, 2027), bj)).isValid());
}

TEST_F(CompareModels, TargetComparisonFollowsLanguageAndYearRange)
{
    TargetComparisonModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    model.setLanguage(Language::English);
    model.setYearRange(2026, 2030);
    check(model);
    EXPECT_EQ(model.scale().unitLabel(), QStringLiteral("billion yuan"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), QStringLiteral("2027"));
    // Cities default to those with a target in range.
    EXPECT_EQ(model.cityCount(), 2);
    EXPECT_GE(columnOf(model, QStringLiteral("Shenzhen")), 1);
    EXPECT_EQ(model
                  .data(model.index(0, columnOf(model, QStringLiteral("Shenzhen"))),
                      TargetComparisonModel::TargetIdRole)
                  .toLongLong(),
        ids.shenzhenScale2027);
}

TEST_F(CompareModels, ComputingPowerReadsInExaflopsAndUnnamedIndicatorFallsBackToKey)
{
    TargetComparisonModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("intelligent_computing_power"));
    check(model);
    EXPECT_EQ(model.scale().unitLabel(), QStringLiteral("EFLOPS"));
    EXPECT_DOUBLE_EQ(
        model.data(model.index(0, columnOf(model, QStringLiteral("Beijing")))).toDouble(), 45.0);

    model.setIndicator(QStringLiteral("open_datasets"));
    ASSERT_TRUE(model.reload());
    EXPECT_EQ(model.indicatorName(), QStringLiteral("open_datasets"));
}

TEST_F(CompareModels, ReviewingATargetChangesTheChartAfterReload)
{
    TargetComparisonModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    check(model);
    const int before = model.cityCount();
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE targets SET review_status = 'rejected' WHERE id = %1")
                           .arg(ids.shenzhenScale2027)));
    ASSERT_TRUE(model.reload());
    EXPECT_EQ(model.cityCount(), before - 1);
    EXPECT_EQ(model.rowCount(), 2); // Shanghai still has 2027
}

TEST_F(CompareModels, ProgressGivesLinesMarkersAndGrowthRates)
{
    ProgressModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    model.setCities({ QStringLiteral("shanghai"), QStringLiteral("beijing") });
    check(model);
    ASSERT_EQ(model.cityCount(), 2);
    EXPECT_EQ(model.cities().constFirst().code, QStringLiteral("shanghai"));

    const ProgressModel::Block stats = model.block(0, ProgressModel::Statistic);
    ASSERT_EQ(stats.count, 4); // 2019..2022
    EXPECT_EQ(model.data(model.index(stats.firstRow, ProgressModel::YearColumn)).toInt(), 2019);
    EXPECT_NEAR(model.data(model.index(stats.firstRow + 3, ProgressModel::ValueColumn)).toDouble(),
        382.1, 1e-9);
    const ProgressModel::Block targets = model.block(0, ProgressModel::Target);
    ASSERT_EQ(targets.count, 2);
    EXPECT_EQ(
        model.data(model.index(targets.firstRow, 0), ProgressModel::TargetIdRole).toLongLong(),
        ids.shanghaiScale2025);

    const ProgressModel::Growth g = model.growth(0);
    EXPECT_NEAR(g.achieved, std::pow(3.821 / 1.477, 1.0 / 3) - 1, 1e-9);
    EXPECT_EQ(g.targetYear, 2025);
    EXPECT_NEAR(g.required, std::pow(4.0 / 3.821, 1.0 / 3) - 1, 1e-9);
    EXPECT_TRUE(model.growthText(0).contains(QStringLiteral("2025")));
}

TEST_F(CompareModels, CoverageCountsTargetsPerCityAndIndicator)
{
    CoverageModel model;
    model.setDatabase(ws.database());
    check(model);
    EXPECT_EQ(model.rowCount(), 4);
    const int scale = columnOf(model, QStringLiteral("AI core industry scale"));
    ASSERT_EQ(scale, 0); // every city covers it, so it comes first
    int shanghai = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.headerData(r, Qt::Vertical).toString() == QStringLiteral("Shanghai"))
            shanghai = r;
    }
    ASSERT_GE(shanghai, 0);
    EXPECT_EQ(model.data(model.index(shanghai, scale)).toInt(), 2);
    const int datasets = columnOf(model, QStringLiteral("open_datasets"));
    EXPECT_EQ(model.data(model.index(shanghai, datasets)).toInt(), 0);
    EXPECT_EQ(model.maxCount(), 2);
}

TEST_F(CompareModels, TimelinePlacesDatedDocumentsInCityLanes)
{
    TimelineModel model;
    model.setDatabase(ws.database());
    check(model);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.undatedCount(), 1);
    EXPECT_EQ(model.firstDate(), QDate(2022, 9, 20));
    const TimelineModel::Block bj = model.block(0);
    EXPECT_EQ(bj.count, 2);
    EXPECT_EQ(model.data(model.index(bj.firstRow, TimelineModel::LaneColumn)).toDouble(), 0.0);
    EXPECT_LT(model.data(model.index(bj.firstRow, TimelineModel::TimeColumn)).toDouble(),
        model.data(model.index(bj.firstRow + 1, TimelineModel::TimeColumn)).toDouble());

    model.setYearRange(2024, 2024);
    ASSERT_TRUE(model.reload());
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(CompareModels, IncentivesSumYuanByInstrumentAndCity)
{
    IncentivesModel model;
    model.setDatabase(ws.database());
    model.setLanguage(Language::Chinese);
    check(model);
    EXPECT_EQ(model.rowCount(), 2); // compute_voucher, model_subsidy
    EXPECT_EQ(model.scale().unitLabel(), QStringLiteral("亿元"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("算力券"));
    const int sz = columnOf(model, QStringLiteral("深圳市"));
    ASSERT_GE(sz, 1);
    EXPECT_DOUBLE_EQ(model.data(model.index(0, sz)).toDouble(), 5.0);
    EXPECT_DOUBLE_EQ(
        model.data(model.index(0, sz), IncentivesModel::BaseValueRole).toDouble(), 5.0e8);
    EXPECT_FALSE(model.data(model.index(1, sz)).isValid());
}
