#include "import/statisticsreader.h"
#include "import/valuenormalizer.h"
#include "importtesthelpers.h"
#include "store/statisticsstore.h"
#include "store/workspace.h"
#include "ingest/statisticsimport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <gtest/gtest.h>

using namespace policylens;
using policylens::testing::snapshot;
using policylens::testing::writeFile;

namespace {

// The value of a cell that must read; a failure is reported and gives a zero value.
ValueNormalizer::CellValue cellValue(const QString &value, const QString &unit)
{
    const Result<ValueNormalizer::CellValue> read = ValueNormalizer::normalize(value, unit);
    EXPECT_TRUE(read.has_value()) << qPrintable(value) << ": " << qPrintable(read.error());
    return read.has_value() ? *read : ValueNormalizer::CellValue {};
}

} // namespace

TEST(ValueNormalizer, ChineseAndEnglishMagnitudes)
{
    ValueNormalizer::CellValue v = cellValue(QStringLiteral("2,150"), QStringLiteral("亿元"));
    EXPECT_DOUBLE_EQ(v.value, 2150e8);
    EXPECT_EQ(v.unit, QStringLiteral("CNY"));
    v = cellValue(QStringLiteral("2150亿元"), QStringLiteral("亿元"));
    EXPECT_DOUBLE_EQ(v.value, 2150e8);
    v = cellValue(QStringLiteral("3.5万亿"), QStringLiteral("元"));
    EXPECT_DOUBLE_EQ(v.value, 3.5e12);
    EXPECT_EQ(v.unit, QStringLiteral("CNY"));
    v = cellValue(QStringLiteral("1.2"), QStringLiteral("billion USD"));
    EXPECT_DOUBLE_EQ(v.value, 1.2e9);
    EXPECT_EQ(v.unit, QStringLiteral("USD"));
    v = cellValue(QStringLiteral("15%"), QString());
    EXPECT_DOUBLE_EQ(v.value, 15);
    EXPECT_EQ(v.unit, QStringLiteral("percent"));
    // Computing power in the extraction engine's base unit, so tables compare with documents.
    v = cellValue(QStringLiteral("20"), QStringLiteral("EFLOPS"));
    EXPECT_EQ(v.unit, QStringLiteral("PFLOPS"));
    EXPECT_DOUBLE_EQ(v.value, 20000);
    v = cellValue(QStringLiteral("3.5"), QStringLiteral("万P"));
    EXPECT_EQ(v.unit, QStringLiteral("PFLOPS"));
    EXPECT_DOUBLE_EQ(v.value, 35000);
    v = cellValue(
        QStringLiteral(">2500"), QStringLiteral("亿元 (100 million CNY)"));
    EXPECT_DOUBLE_EQ(v.value, 2500e8);
    EXPECT_EQ(v.comparator, QStringLiteral(">"));
    v = cellValue(QStringLiteral("近3500"), QStringLiteral("亿元"));
    EXPECT_DOUBLE_EQ(v.value, 3500e8);
    EXPECT_EQ(v.comparator, QStringLiteral("~"));
    EXPECT_TRUE(v.approximate);
    EXPECT_FALSE(ValueNormalizer::normalize(QStringLiteral("abc"), QString()).has_value());
    EXPECT_FALSE(ValueNormalizer::normalize(QString(), QString()).has_value());
}

namespace {

class Statistics : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(ws.open(QStringLiteral(":memory:"))); }

    int scalar(const QString &sql)
    {
        QSqlQuery q(ws.database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    double value(const QString &regionCode, int year)
    {
        QSqlQuery q(ws.database());
        q.prepare(
            QStringLiteral("SELECT s.value FROM statistics s JOIN regions r ON r.id = s.region_id "
                           "WHERE r.code = ? AND s.year = ?"));
        q.addBindValue(regionCode);
        q.addBindValue(year);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toDouble() : -1;
    }

    Workspace ws;
    QTemporaryDir dir;
};

// Written the way Excel does: the workbook names its first sheet through a relationship.
bool writeXlsx(const QString &path, const QByteArray &sharedStrings, const QByteArray &sheet)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QByteArray workbook(
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"data\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
    const QByteArray rels(
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/data.xml\"/></Relationships>");
    for (const auto &[name, data] :
        { std::pair { QStringLiteral("xl/sharedStrings.xml"), sharedStrings },
            std::pair { QStringLiteral("xl/workbook.xml"), workbook },
            std::pair { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
            std::pair { QStringLiteral("xl/worksheets/data.xml"), sheet } }) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return true;
}

} // namespace

TEST_F(Statistics, CsvInGb18030WithChineseHeaderAndBadRows)
{
    // Composed for this test; line 4 has a bad year, line 5 an unknown region, line 6 a formula.
    const QString csv = QStringLiteral("地区,指标,年份,数值,单位,来源\n"
                                       "北京,ai_core_scale,2022,\"2,150\",亿元,白皮书\n"
                                       "上海市,ai_core_scale,2022,3.5万亿,元,年鉴\n"
                                       "深圳,ai_core_scale,二〇二二,1,亿元,\n"
                                       "火星,ai_core_scale,2022,1,亿元,\n"
                                       "Hangzhou,ai_core_scale,2022,1,亿元,@SUM(A1)\n"
                                       "\n"
                                       "Chengdu,ai_core_scale,2023,600,亿元,\n");
    const QString path = dir.filePath(QStringLiteral("s.csv"));
    ASSERT_TRUE(writeFile(path, QStringEncoder("GB18030").encode(csv)));
    const Result<StatisticsImportSummary> r = importStatisticsFile(ws.database(), path);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->imported, 3);
    ASSERT_EQ(r->rowErrors.size(), 3);
    EXPECT_EQ(r->rowErrors[0].line, 4);
    EXPECT_TRUE(r->rowErrors[0].reason.contains(QStringLiteral("year")));
    EXPECT_EQ(r->rowErrors[1].line, 5);
    EXPECT_TRUE(r->rowErrors[1].reason.contains(QStringLiteral("火星")));
    EXPECT_EQ(r->rowErrors[2].line, 6);
    EXPECT_TRUE(r->rowErrors[2].reason.contains(QStringLiteral("formula")));
    EXPECT_DOUBLE_EQ(value(QStringLiteral("beijing"), 2022), 2150e8);
    EXPECT_DOUBLE_EQ(value(QStringLiteral("shanghai"), 2022), 3.5e12);
    EXPECT_DOUBLE_EQ(value(QStringLiteral("chengdu"), 2023), 600e8);
    // The same file again updates, it does not duplicate.
    const Result<StatisticsImportSummary> again = importStatisticsFile(ws.database(), path);
    ASSERT_TRUE(again.has_value()) << again.error().toStdString();
    EXPECT_EQ(again->imported, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM statistics")), 3);
}

TEST_F(Statistics, MultilineQuotedFieldsKeepLineNumbers)
{
    const QString csv = QStringLiteral("region,indicator,year,value,unit,source\n"
                                       "Beijing,x,2020,1,%,\"a\nb\"\n"
                                       "Nowhere,x,2020,1,%,\n");
    const Result<StatisticsTable> r = StatisticsReader().readCsv(csv.toUtf8());
    ASSERT_TRUE(r.has_value());
    ASSERT_EQ(r->rows.size(), 2);
    EXPECT_EQ(r->rows[0].source, QStringLiteral("a\nb"));
    EXPECT_EQ(r->rows[1].line, 4);
}

TEST_F(Statistics, MissingColumnsRejectTheFile)
{
    const Result<StatisticsTable> r
        = StatisticsReader().readCsv(QByteArray("city,value\nBeijing,1\n"));
    EXPECT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("indicator"))) << r.error().toStdString();
}

TEST_F(Statistics, XlsxWithSharedAndInlineStrings)
{
    const QByteArray shared(
        "<?xml version=\"1.0\"?><sst "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<si><t>region</t></si><si><t>indicator</t></si><si><t>year</t></si><si><t>value</t></si>"
        "<si><t>unit</t></si><si><r><t>广</t></r><r><t>州</t></r></si><si><t>亿元</t></si></sst>");
    const QByteArray sheet(
        "<?xml version=\"1.0\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
        "t=\"s\"><v>2</v></c>"
        "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" "
        "t=\"inlineStr\"><is><t>ai_core_scale</t></is></c>"
        "<c r=\"C2\"><v>2023</v></c><c r=\"D2\"><v>1.5E3</v></c><c r=\"E2\" "
        "t=\"s\"><v>6</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Wuhan</t></is></c><c r=\"B5\" "
        "t=\"inlineStr\"><is><t>x</t></is></c>"
        "<c r=\"C5\"><v>2023</v></c></row>"
        "</sheetData></worksheet>");
    const QString path = dir.filePath(QStringLiteral("s.xlsx"));
    ASSERT_TRUE(writeXlsx(path, shared, sheet));
    const Result<StatisticsImportSummary> r = importStatisticsFile(ws.database(), path);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->imported, 1);
    ASSERT_EQ(r->rowErrors.size(), 1);
    EXPECT_EQ(r->rowErrors[0].line, 5);
    EXPECT_DOUBLE_EQ(value(QStringLiteral("guangzhou"), 2023), 1500e8);
}

TEST_F(Statistics, SharedFixtures)
{
    const QString bad
        = QDir(QStringLiteral(POLICYLENS_SHARED_DIR)).filePath(QStringLiteral("fixtures/bad/"));
    if (!QFileInfo::exists(bad))
        GTEST_SKIP() << "shared fixtures absent";
    const QStringList before = snapshot(ws);
    Result<StatisticsImportSummary> r
        = importStatisticsFile(ws.database(), bad + QStringLiteral("corrupt.xlsx"));
    EXPECT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("damaged"))) << r.error().toStdString();
    EXPECT_EQ(snapshot(ws), before);

    r = importStatisticsFile(ws.database(), bad + QStringLiteral("statistics-malformed.csv"));
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->imported, 1);
    QList<int> lines;
    for (const RowError &e : r->rowErrors)
        lines << e.line;
    EXPECT_EQ(lines, (QList<int> { 3, 4, 5, 6 }));
    EXPECT_TRUE(r->rowErrors.last().reason.contains(QStringLiteral("formula")))
        << r->rowErrors.last().reason.toStdString();
    EXPECT_DOUBLE_EQ(value(QStringLiteral("beijing"), 2022), 2150e8);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM statistics WHERE region_id IS NULL OR "
                                    "substr(source, 1, 1) IN ('=', '+', '-', '@')")),
        0);
}
