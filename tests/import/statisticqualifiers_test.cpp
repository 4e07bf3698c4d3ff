// Statistics keep their qualifiers: period within the year, comparator, quote, and the
// indicator named in two languages. Inputs are composed here; the shared corpus file is read at
// test time and checked cell by cell against what was stored.
#include "compare/progressmodel.h"
#include "extract/statisticperiod.h"
#include "import/statisticsreader.h"
#include "ingest/workspaceimportrunner.h"
#include "store/statisticsstore.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

QString periodKey(const QString &cell)
{
    const auto p = StatisticPeriod::parse(cell);
    return p ? QStringLiteral("%1|%2").arg(p->year()).arg(p->key()) : QStringLiteral("none");
}

} // namespace

TEST(StatisticPeriod, ReadsPeriodsInEnglishAndChinese)
{
    EXPECT_EQ(periodKey(QStringLiteral("2024")), QStringLiteral("2024|"));
    EXPECT_EQ(periodKey(QStringLiteral("2019 (end)")), QStringLiteral("2019|"));
    EXPECT_EQ(periodKey(QStringLiteral("2026 H1")), QStringLiteral("2026|H1"));
    EXPECT_EQ(periodKey(QStringLiteral("H2 2018")), QStringLiteral("2018|H2"));
    EXPECT_EQ(periodKey(QStringLiteral("2022 Q1-Q3")), QStringLiteral("2022|M1-M9"));
    EXPECT_EQ(periodKey(QStringLiteral("2020 Q2")), QStringLiteral("2020|Q2"));
    EXPECT_EQ(periodKey(QStringLiteral("2021 (as of Nov)")), QStringLiteral("2021|@M11"));
    EXPECT_EQ(periodKey(QStringLiteral("2021 (as of Q2)")), QStringLiteral("2021|@M6"));
    EXPECT_EQ(periodKey(QStringLiteral("2019 (end of Sep)")), QStringLiteral("2019|@M9"));
    EXPECT_EQ(periodKey(QStringLiteral("2027年上半年")), QStringLiteral("2027|H1"));
    EXPECT_EQ(periodKey(QStringLiteral("2023年前三季度")), QStringLiteral("2023|M1-M9"));
    EXPECT_EQ(periodKey(QStringLiteral("截至2024年8月")), QStringLiteral("2024|@M8"));
    EXPECT_EQ(periodKey(QStringLiteral("2024年1-10月")), QStringLiteral("2024|M1-M10"));
    EXPECT_EQ(periodKey(QStringLiteral("2020年底")), QStringLiteral("2020|"));
    EXPECT_EQ(periodKey(QStringLiteral("2021-2023 (cumulative)")), QStringLiteral("2023|S2021"));
    EXPECT_EQ(periodKey(QStringLiteral("unknown")), QStringLiteral("none"));
    QString remark;
    const auto p = StatisticPeriod::parse(QStringLiteral("2022 (published 2023-03-02)"), &remark);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->isFullYear());
    EXPECT_EQ(remark, QStringLiteral("published 2023-03-02"));
}

TEST(StatisticPeriod, LabelsInBothLanguages)
{
    const StatisticPeriod half = StatisticPeriod::fromKey(2025, QStringLiteral("H1"));
    EXPECT_FALSE(half.isFullYear());
    EXPECT_EQ(half.label(false), QStringLiteral("2025 H1"));
    EXPECT_EQ(half.label(true), QStringLiteral("2025年上半年"));
    EXPECT_EQ(StatisticPeriod::fromKey(2022, QStringLiteral("@M10")).label(false),
        QStringLiteral("2022, as of Oct"));
    EXPECT_EQ(StatisticPeriod::fromKey(2022, QStringLiteral("@M10")).label(true),
        QStringLiteral("截至2022年10月"));
    EXPECT_EQ(StatisticPeriod::fromKey(2021, QStringLiteral("M1-M9")).label(true),
        QStringLiteral("2021年前三季度"));
    EXPECT_TRUE(StatisticPeriod::fromKey(2021, QString()).isFullYear());
}

// The value cell's comparator and approximation, as the reader hands rows to the store.
TEST(StatisticsReaderValues, ComparatorsAndApproximations)
{
    const Result<StatisticsTable> read = StatisticsReader().readCsv(
        "region,indicator,year,value,unit\n"
        "Wuhan,ai_enterprises,2021,>120,家\n"
        "Wuhan,ai_core_industry_scale,2021,~640 (约640),亿元\n"
        "Wuhan,ai_core_industry_scale,2020,近90,亿元\n"
        "Wuhan,ai_enterprises,2020,55,家\n");
    ASSERT_TRUE(read.has_value()) << read.error().toStdString();
    ASSERT_EQ(read->rows.size(), 4);
    EXPECT_EQ(read->rows[0].comparator, QStringLiteral(">"));
    EXPECT_DOUBLE_EQ(read->rows[0].value, 120);
    EXPECT_TRUE(read->rows[1].approximate);
    EXPECT_DOUBLE_EQ(read->rows[1].value, 640e8);
    EXPECT_TRUE(read->rows[2].approximate);
    EXPECT_DOUBLE_EQ(read->rows[2].value, 90e8);
    EXPECT_EQ(read->rows[3].comparator, QStringLiteral("="));
    EXPECT_FALSE(read->rows[3].approximate);
}

namespace {

class StatisticQualifiers : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(ws.open(QStringLiteral(":memory:"))); }

    Result<StatisticsImportSummary> importCsv(const QByteArray &csv)
    {
        const Result<StatisticsTable> read = StatisticsReader().readCsv(csv);
        if (!read)
            return Failure { read.error() };
        return StatisticsStore(ws.database()).store(*read, QStringLiteral("t.csv"));
    }

    Workspace ws;
};

} // namespace

TEST_F(StatisticQualifiers, StoredWithPeriodComparatorQuoteAndBilingualIndicator)
{
    const QByteArray csv = "region,indicator,year,value,unit,source_url,quote\n"
                           "Wuhan,AI core industry scale (人工智能核心产业规模),2023,>800,亿元,"
                           "https://example.org/a,\"武汉去年规模超800亿元。\"\n"
                           "Wuhan,人工智能核心产业规模,2024 H1,450,亿元,https://example.org/b,\n"
                           "Wuhan,Made-up indicator (虚构指标),2024,3,家,https://example.org/c,\n";
    const Result<StatisticsImportSummary> r = importCsv(csv);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->imported, 3);
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT indicator_key, year, period, comparator, quote, "
                                      "indicator_label FROM statistics ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(q.value(2).toString(), QString());
    EXPECT_EQ(q.value(3).toString(), QStringLiteral(">"));
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("武汉去年规模超800亿元。"));
    EXPECT_EQ(q.value(5).toString(), QStringLiteral("AI core industry scale (人工智能核心产业规模)"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(q.value(1).toInt(), 2024);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("H1"));
    ASSERT_TRUE(q.next());
    // Unknown on both sides: kept as written, to be refiled in the table.
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Made-up indicator (虚构指标)"));
}

// A half-year value is not the year's value: it never joins the yearly line or a growth rate.
TEST_F(StatisticQualifiers, PartialYearIsItsOwnSeriesInTheProgressChart)
{
    const QByteArray csv = "region,indicator,year,value,unit\n"
                           "Wuhan,ai_core_industry_scale,2022,500,亿元\n"
                           "Wuhan,ai_core_industry_scale,2023,600,亿元\n"
                           "Wuhan,ai_core_industry_scale,2024 H1,350,亿元\n";
    ASSERT_TRUE(importCsv(csv).has_value());
    ProgressModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    const Result<void> loaded = model.reload();
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    ASSERT_EQ(model.cityCount(), 1);
    const ProgressModel::Block full = model.block(0, ProgressModel::Statistic);
    const ProgressModel::Block partial = model.block(0, ProgressModel::PartialStatistic);
    EXPECT_EQ(full.count, 2);
    ASSERT_EQ(partial.count, 1);
    const QModelIndex idx = model.index(partial.firstRow, ProgressModel::ValueColumn);
    EXPECT_EQ(model.data(idx, ProgressModel::PeriodRole).toString(), QStringLiteral("H1"));
    EXPECT_EQ(model.data(idx, ProgressModel::PeriodLabelRole).toString(), QStringLiteral("2024 H1"));
    EXPECT_EQ(model.growth(0).latestYear, 2023);
    EXPECT_NEAR(model.growth(0).achieved, 0.2, 1e-9);
}

// The reported-statistics file of the shared corpus: every qualifier written in a cell is
// found in the stored row.
TEST_F(StatisticQualifiers, SharedReportedStatistics)
{
    const QString path = QDir(QStringLiteral(POLICYLENS_SHARED_DIR))
                             .filePath(QStringLiteral("corpus/statistics-reported.csv"));
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "shared corpus absent";
    const Result<StatisticsTable> read = StatisticsReader().read(path);
    ASSERT_TRUE(read.has_value()) << read.error().toStdString();
    int withComparator = 0, partial = 0, quoted = 0;
    for (const StatisticsRow &row : read->rows) {
        withComparator += row.comparator != QLatin1String("=");
        partial += !row.period.isEmpty();
        quoted += !row.quote.isEmpty();
    }
    std::printf("statistics-reported.csv: %lld rows read, %lld rejected; %d with a comparator, "
                "%d for part of a year, %d quoted\n",
        qlonglong(read->rows.size()), qlonglong(read->rowErrors.size()), withComparator, partial,
        quoted);
    for (const RowError &e : read->rowErrors)
        std::printf("  line %d: %s\n", e.line, qPrintable(e.reason));
    EXPECT_GT(withComparator, 0);
    EXPECT_GT(partial, 0);
    EXPECT_GT(quoted, read->rows.size() / 2);
    // Cell by cell: a value written with > or ~ is stored with that comparator; a year cell
    // naming a half year, quarter or "as of" date is stored as part of the year.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const StatisticsRow &row : read->rows) {
        const QString raw = lines.value(row.line - 1);
        const auto where = [&] { return QStringLiteral("line %1: %2").arg(row.line).arg(raw).toStdString(); };
        if (raw.contains(QStringLiteral(",>"))) {
            EXPECT_EQ(row.comparator, QStringLiteral(">")) << where();
        }
        if (raw.contains(QStringLiteral(",~"))) {
            EXPECT_TRUE(row.approximate) << where();
        }
        if (raw.contains(QStringLiteral(" H1,"))) {
            EXPECT_EQ(row.period, QStringLiteral("H1")) << where();
        }
        if (raw.contains(QStringLiteral("(as of "))) {
            EXPECT_TRUE(row.period.startsWith(QLatin1Char('@'))) << where();
        }
    }
    const Result<StatisticsImportSummary> stored = StatisticsStore(ws.database()).store(*read, path);
    ASSERT_TRUE(stored.has_value()) << stored.error().toStdString();
    for (const RowError &e : stored->rowErrors)
        std::printf("  not stored, line %d: %s\n", e.line, qPrintable(e.reason));
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM statistics WHERE comparator <> '=' ")));
    ASSERT_TRUE(q.next());
    EXPECT_GT(q.value(0).toInt(), 0);
    EXPECT_EQ(stored->imported + stored->rowErrors.size(), read->rows.size() + read->rowErrors.size());
}

// The workbench's import of a table with a bad row: the file counts as imported, its rows
// as imported and rejected (the summary said "0 files imported, 1 rejected").
TEST(StatisticsImportRunner, CountsRowsNotFiles)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("region,indicator,year,value\nWuhan,ai_enterprises,2021,10\n"
               "Wuhan,ai_enterprises,2022,12\nAtlantis,ai_enterprises,2022,1\n");
    file.close();
    const QString path = dir.filePath(QStringLiteral("w.policylens"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path));
    }
    ImportProgress progress;
    const QList<ImportItemResult> results
        = WorkspaceImportRunner().run(ImportKind::Statistics, path, { csv }, progress);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().status, ImportItemResult::Status::Imported);
    EXPECT_EQ(results.first().rowsImported, 2);
    EXPECT_EQ(results.first().rowsRejected, 1);
    EXPECT_TRUE(results.first().reason.contains(QStringLiteral("line 4"))) << results.first().reason.toStdString();
}
