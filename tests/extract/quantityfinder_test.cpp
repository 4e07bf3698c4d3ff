// Units, comparators, ranges and exclusions of the quantity finder, one sentence per case.
#include "extract/quantityfinder.h"
#include "text/matchingnormalizer.h"

#include <gtest/gtest.h>

using namespace policylens;

// Readable failure messages for QString comparisons.
void PrintTo(const QString &s, std::ostream *os)
{
    *os << s.toStdString();
}

namespace {

struct UnitCase
{
    const char *text;
    const char *quote;
    const char *value;
    const char *valueMax; // "" for none
    const char *unit; // "" for a bare number
    const char *comparator;
    bool approximate;
};

void PrintTo(const UnitCase &c, std::ostream *os)
{
    *os << c.text;
}

const UnitCase kUnitCases[] = {
    { "规模达到3000亿元", "3000亿元", "300000000000", "", "CNY", "", false },
    { "规模达1.5万亿元", "1.5万亿元", "1500000000000", "", "CNY", "", false },
    { "投资16.4亿元", "16.4亿元", "1640000000", "", "CNY", "", false },
    { "二十万亿元", "二十万亿元", "20000000000000", "", "CNY", "", false },
    { "投入5000万元人民币", "5000万元人民币", "50000000", "", "CNY", "", false },
    { "融资100亿人民币", "100亿人民币", "10000000000", "", "CNY", "", false },
    { "出口30亿美元", "30亿美元", "3000000000", "", "USD", "", false },
    { "设立百亿元基金", "百亿元", "10000000000", "", "CNY", "", false },
    { "一千多万元", "一千多万元", "10000000", "", "CNY", ">", true },
    { "营收2000余亿元", "2000余亿元", "200000000000", "", "CNY", ">", true },
    { "30多万人", "30多万人", "300000", "", "count", ">", true },
    { "占比15%", "15%", "15", "", "percent", "", false },
    { "占比１５％", "１５％", "15", "", "percent", "", false },
    { "百分之十五", "百分之十五", "15", "", "percent", "", false },
    { "降低千分之五", "千分之五", "0.5", "", "percent", "", false },
    { "提高一成", "一成", "10", "", "percent", "", false },
    { "提高5个百分点", "5个百分点", "5", "", "percentage_point", "", false },
    { "提高0.5个百分点", "0.5个百分点", "0.5", "", "percentage_point", "", false },
    { "增长2倍", "2倍", "2", "", "times", "", false },
    { "产值翻一番", "翻一番", "2", "", "times", "", false },
    { "收入翻两番", "翻两番", "4", "", "times", "", false },
    { "算力达到5000PFLOPS", "5000PFLOPS", "5000", "", "PFLOPS", "", false },
    { "算力达到4500PFlops", "4500PFlops", "4500", "", "PFLOPS", "", false },
    { "智算规模超过20EFLOPS", "20EFLOPS", "20000", "", "PFLOPS", ">", false },
    { "算力规模2E", "2E", "2000", "", "PFLOPS", "", false },
    { "算力规模1.2万P", "1.2万P", "12000", "", "PFLOPS", "", false },
    { "新增算力300P", "300P", "300", "", "PFLOPS", "", false },
    { "5000千万亿次/秒", "5000千万亿次/秒", "5000", "", "PFLOPS", "", false },
    { "达到5000千万亿次浮点运算/秒", "5000千万亿次浮点运算/秒", "5000", "", "PFLOPS", "", false },
    { "算力10百亿亿次", "10百亿亿次", "10000", "", "PFLOPS", "", false },
    { "培育10家以上龙头企业", "10家", "10", "", "count", ">=", false },
    { "企业超180家", "180家", "180", "", "count", ">", false },
    { "1000家左右", "1000家", "1000", "", "count", "~", true },
    { "约300个场景", "300个", "300", "", "count", "~", true },
    { "产业规模约为800亿元", "800亿元", "80000000000", "", "CNY", "~", true },
    { "企业总数约达1200家", "1200家", "1200", "", "count", "~", true },
    // Issue 10: 近百个, 上万家 are approximate figures, not vague words.
    { "近百个", "百个", "100", "", "count", "~", true },
    { "20余项创新产品", "20余项", "20", "", "count", ">", true },
    { "100多家企业", "100多家", "100", "", "count", ">", true },
    { "不少于50人", "50人", "50", "", "count", ">=", false },
    { "不低于60%", "60%", "60", "", "percent", ">=", false },
    { "至少3个", "3个", "3", "", "count", ">=", false },
    { "突破1000亿元", "1000亿元", "100000000000", "", "CNY", ">", false },
    { "逾200家", "200家", "200", "", "count", ">", false },
    { "不超过500万元", "500万元", "5000000", "", "CNY", "<=", false },
    { "500万元以内", "500万元", "5000000", "", "CNY", "<=", false },
    { "30%以下", "30%", "30", "", "percent", "<=", false },
    { "低于1.3", "1.3", "1.3", "", "", "<", false },
    { "少于5个", "5个", "5", "", "count", "<", false },
    { "最高1000万元", "1000万元", "10000000", "", "CNY", "<=", false },
    { "不超过项目总投资的30%", "30%", "30", "", "percent", "<=", false },
    { "10%—20%", "10%—20%", "10", "20", "percent", "", false },
    { "10%-20%", "10%-20%", "10", "20", "percent", "", false },
    { "100至200亿元", "100至200亿元", "10000000000", "20000000000", "CNY", "", false },
    { "3-5个", "3-5个", "3", "5", "count", "", false },
    { "3至4个", "3至4个", "3", "4", "count", "", false },
    { "一千到一千五百", "一千到一千五百", "1000", "1500", "", "", false },
    { "1亿-2亿元", "1亿-2亿元", "100000000", "200000000", "CNY", "", false },
    { "建设 10 个产业园", "10 个", "10", "", "count", "", false },
    { "1 000人", "1 000人", "1000", "", "count", "", false },
    { "1,234家", "1,234家", "1234", "", "count", "", false },
    { "道路1000公里", "1000公里", "1000", "", "km", "", false },
    { "180万公里", "180万公里", "1800000", "", "km", "", false },
    { "面积50万平方米", "50万平方米", "500000", "", "平方米", "", false },
    { "存储100PB", "100PB", "100", "", "PB", "", false },
    { "3万架标准机架", "3万架", "30000", "", "count", "", false },
    { "十万人", "十万人", "100000", "", "count", "", false },
    { "两个", "两个", "2", "", "count", "", false },
    { "300 billion yuan", "300 billion yuan", "300000000000", "", "CNY", "", false },
    { "$1.2 trillion", "$1.2 trillion", "1200000000000", "", "USD", "", false },
    { "RMB 5 million", "RMB 5 million", "5000000", "", "CNY", "", false },
    { "growth of more than 10 percent", "10 percent", "10", "", "percent", ">", false },
    { "at least 50 enterprises", "50 enterprises", "50", "", "count", ">=", false },
    { "about 200 application scenarios", "200 application scenarios", "200", "", "count", "~",
        true },
    { "up to 5 million yuan", "5 million yuan", "5000000", "", "CNY", "<=", false },
    { "2 percentage points", "2 percentage points", "2", "", "percentage_point", "", false },
    { "ten", "ten", "10", "", "", "", false },
    { "3 to 5 billion yuan", "3 to 5 billion yuan", "3000000000", "5000000000", "CNY", "", false },
    { "three to five models", "three to five models", "3", "5", "count", "", false },
    { "从100到200", "100", "100", "", "", "", false },
    { "from 100 to 200 billion yuan", "100", "100", "", "", "", false },
    { "100 or more companies", "100 or more companies", "100", "", "count", ">=", false },
};

} // namespace

class UnitTable : public testing::TestWithParam<UnitCase>
{
};

TEST_P(UnitTable, ReadsValueUnitAndComparator)
{
    const UnitCase c = GetParam();
    const QString text = QString::fromUtf8(c.text);
    const QList<FoundQuantity> found = findQuantities(text);
    if (QByteArray(c.quote).isEmpty()) {
        EXPECT_TRUE(found.isEmpty()) << c.text;
        return;
    }
    ASSERT_FALSE(found.isEmpty()) << c.text;
    const FoundQuantity &q = found.first();
    EXPECT_EQ(q.text, QString::fromUtf8(c.quote));
    EXPECT_EQ(q.value, QString::fromUtf8(c.value).toDouble());
    if (QByteArray(c.valueMax).isEmpty())
        EXPECT_FALSE(q.valueMax.has_value());
    else
        EXPECT_EQ(q.valueMax.value_or(-1), QString::fromUtf8(c.valueMax).toDouble());
    EXPECT_EQ(q.unit, QString::fromUtf8(c.unit));
    const QString comparator = QString::fromUtf8(c.comparator);
    EXPECT_EQ(q.comparator, q.valueMax ? QStringLiteral("range") : comparator);
}

INSTANTIATE_TEST_SUITE_P(Quantities, UnitTable, testing::ValuesIn(kUnitCases));

namespace {

struct ExclusionCase
{
    const char *text;
    const char *exclusion; // expected label of the first numeral
};

void PrintTo(const ExclusionCase &c, std::ostream *os)
{
    *os << c.text;
}

const ExclusionCase kExclusions[] = {
    { "2025年", "year" },
    { "二〇二五年", "year" },
    { "2023年4月18日", "year" },
    { "4月18日", "date" },
    { "第五条", "ordinal" },
    { "第3款", "ordinal" },
    { "排名前10位", "ordinal" },
    { "京政发〔2023〕14号", "document_number" },
    { "14号文件", "document_number" },
    { "党的二十大", "name" },
    { "打造3000亿级产业集群", "name" },
    { "6大重点领域", "name" },
    { "5G网络", "name" },
    { "IPv6", "name" },
    { "H100芯片", "name" },
    { "7×24小时", "name" },
    { "“10+2”体系", "name" },
    { "电话010-12345678", "phone" },
    { "0571-87654321", "phone" },
    { "“十四五”规划", "plan" },
    { "十三五期间", "plan" },
    { "《2023年工作要点》", "year" },
    { "实施3年", "duration" },
    { "1.2.3节", "list_marker" },
    { "统一部署", "word" },
    { "陆续建成", "word" },
    { "队伍建设", "word" },
    { "形成一批成果", "vague" },
    { "(2023-2025)", "year" },
};

} // namespace

class ExclusionTable : public testing::TestWithParam<ExclusionCase>
{
};

TEST_P(ExclusionTable, LabelsNumbersThatAreNotQuantities)
{
    const ExclusionCase c = GetParam();
    const NormalizedText n = MatchingNormalizer::normalize(QString::fromUtf8(c.text));
    const QList<Quantity> all = QuantityFinder::find(n.text);
    ASSERT_FALSE(all.isEmpty()) << c.text;
    EXPECT_EQ(all.first().exclusion, QString::fromUtf8(c.exclusion)) << c.text;
    EXPECT_TRUE(findQuantities(QString::fromUtf8(c.text)).isEmpty()
        || QString::fromUtf8(c.text).contains(QStringLiteral("×"))
        || QString::fromUtf8(c.text).contains(QStringLiteral("号")))
        << c.text;
}

INSTANTIATE_TEST_SUITE_P(Exclusions, ExclusionTable, testing::ValuesIn(kExclusions));

TEST(MatchingNormalizer, KeepsOffsetsIntoTheOriginal)
{
    const QString original = QStringLiteral("規(guī)模達(dá)４００億元，帶動");
    const NormalizedText n = MatchingNormalizer::normalize(original);
    EXPECT_EQ(n.text, QStringLiteral("规模达400亿元，带动"));
    ASSERT_EQ(n.toOriginal.size(), size_t(n.text.size()) + 1);
    const qsizetype at400 = n.text.indexOf(QStringLiteral("400"));
    EXPECT_EQ(original.mid(n.originalStart(at400), 3), QStringLiteral("４００"));
    EXPECT_EQ(n.originalEnd(n.text.size()), original.size());
}

TEST(MatchingNormalizer, JoinsWrappedLinesButKeepsParagraphs)
{
    const NormalizedText n = MatchingNormalizer::normalize(QStringLiteral(
        "二、目标\n到 2025 年，全市人工智能核心产业规模达\n到5\n00亿元。\n\nThe plan "
        "was approved by the municipal\ngovernment."));
    EXPECT_EQ(n.text,
        QStringLiteral("二、目标\n到2025年，全市人工智能核心产业规模达到500亿元。\nThe plan was "
                       "approved by the municipal government."));
}
