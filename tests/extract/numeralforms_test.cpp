// Every numeral form of issue 10 in the engine: exact values (Decimal strings, never doubles),
// units, comparators, approximation, ranges and the texts that must yield no quantity. The
// sentences are composed for these tests; the forms follow what Chinese number recognisers are
// commonly tested on (大写, 负数, 分数, 小数, 约数, 序数, 年份, 百分之/千分之/万分之, 两/幺/零).
#include "extract/numeralparser.h"
#include "extract/quantityfinder.h"
#include "text/matchingnormalizer.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

struct ParseCase
{
    const char *text;
    const char *expected; // exact decimal string
};

void PrintTo(const ParseCase &c, std::ostream *os)
{
    *os << c.text;
}

const ParseCase kParseCases[] = {
    // 大写 (financial) numerals
    { "壹佰伍拾", "150" },
    { "拾万零五十六", "100056" },
    { "肆拾肆", "44" },
    { "壹万贰仟叁佰", "12300" },
    { "玖仟玖佰玖拾玖", "9999" },
    { "贰拾亿", "2000000000" },
    { "捌佰零柒", "807" },
    { "陆万零陆", "60006" },
    // negatives
    { "-10000", "-10000" },
    { "负3.9", "-3.9" },
    { "负一百二十三", "-123" },
    { "−5", "-5" },
    { "负零点五", "-0.5" },
    // fractions
    { "三分之一", "0.33333333333333333" },
    { "五分之一", "0.2" },
    { "四分之三", "0.75" },
    { "十分之一", "0.1" },
    { "3/5", "0.6" },
    { "1又1/2", "1.5" },
    { "一又二分之一", "1.5" },
    { "2又3/4", "2.75" },
    // per-hundred, per-thousand, per-ten-thousand (in percent)
    { "千分之一", "0.1" },
    { "万分之五", "0.05" },
    { "百分之二点五", "2.5" },
    { "百分之一百二十点五", "120.5" },
    { "百分之零点三", "0.3" },
    // decimals written in Chinese
    { "十点二三三", "10.233" },
    { "两千三点一", "2300.1" },
    { "一百二十点五", "120.5" },
    { "零点零五", "0.05" },
    { "三点一四一五九", "3.14159" },
    { "一百二十点五万", "1205000" },
    { "二点五亿", "250000000" },
    // 万万, 亿亿, 兆
    { "一万万", "100000000" },
    { "三万万", "300000000" },
    { "两亿亿", "20000000000000000" },
    { "五兆", "5000000000000" },
    { "一兆二千亿", "1200000000000" },
    { "1兆", "1000000000000" },
    // full-width digits arrive folded by the normalizer; the full-width comma stays
    { "4，565", "4565" },
    { "12，345，678", "12345678" },
    // Latin suffixes and scientific notation
    { "40k", "40000" },
    { "2.5M", "2500000" },
    { "1.2B", "1200000000" },
    { "3bn", "3000000000" },
    { "1.2e5", "120000" },
    { "2.5E-3", "0.0025" },
    { "21.2E0", "21.2" },
    // 两, 幺, 零, digit strings, mixed Arabic and Chinese
    { "两百", "200" },
    { "两万两千", "22000" },
    { "幺零幺", "101" },
    { "二零二五", "2025" },
    { "一千零一十", "1010" },
    { "3千万", "30000000" },
    { "5亿3千万", "530000000" },
    { "1百万", "1000000" },
    { "十", "10" },
    { "一十五", "15" },
    { "二百五", "250" },
};

} // namespace

class NumeralForms : public testing::TestWithParam<ParseCase>
{
};

TEST_P(NumeralForms, ParseExactly)
{
    const ParseCase c = GetParam();
    const auto value = NumeralParser::parse(QString::fromUtf8(c.text));
    ASSERT_TRUE(value.has_value()) << c.text;
    EXPECT_EQ(value->toString().toStdString(), c.expected) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Forms, NumeralForms, testing::ValuesIn(kParseCases));

TEST(NumeralForms, ApproximateMarksInsideTheNumeral)
{
    for (const char *text : { "二十几万", "一千多万", "2000余亿", "百余", "十几", "三十多" }) {
        const auto n = NumeralParser::parseAt(QString::fromUtf8(text), 0);
        ASSERT_TRUE(n) << text;
        EXPECT_TRUE(n->approximateInside) << text;
        EXPECT_EQ(n->end, QString::fromUtf8(text).size()) << text;
    }
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("二十几万"))->toString(), QStringLiteral("200000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("百余"))->toString(), QStringLiteral("100"));
}

TEST(NumeralForms, NeighbouringDigitsAreARange)
{
    auto range = [](const char *text) {
        const auto n = NumeralParser::parseAt(QString::fromUtf8(text), 0);
        EXPECT_TRUE(n && n->valueMax) << text;
        return n && n->valueMax ? n->value.toString() + QLatin1Char('-') + n->valueMax->toString()
                                : QString();
    };
    EXPECT_EQ(range("三五个"), QStringLiteral("3-5"));
    EXPECT_EQ(range("一两家"), QStringLiteral("1-2"));
    EXPECT_EQ(range("三四十万"), QStringLiteral("300000-400000"));
    EXPECT_EQ(range("五六百"), QStringLiteral("500-600"));
    // Not ranges: a digit string, a discount and a year.
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("一二三"), 0)->valueMax);
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("四五折"), 0)->valueMax);
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("二〇二五年"), 0)->valueMax);
}

TEST(NumeralForms, TimesAndWordsAreNotDecimals)
{
    // 十点二十分 is a time: the decimal point must not take 二 and leave 十分.
    const auto time = NumeralParser::parseAt(QStringLiteral("十点二十分"), 0);
    ASSERT_TRUE(time);
    EXPECT_EQ(time->end, 1);
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("万物"), 0));
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("千行百业"), 0));
    // 4K is a display resolution, not 4,000; 40k is forty thousand.
    EXPECT_EQ(NumeralParser::parseAt(QStringLiteral("4K"), 0)->end, 1);
    // A date is not a fraction.
    EXPECT_EQ(NumeralParser::parseAt(QStringLiteral("2025/3/5"), 0)->end, 4);
    // 100兆 after Arabic digits in mainland text is bandwidth (mega), not 10^14.
    EXPECT_EQ(NumeralParser::parseAt(QStringLiteral("100兆宽带"), 0)->end, 3);
}

namespace {

struct FormCase
{
    const char *text;
    const char *value; // "" when the text must yield no quantity
    const char *valueMax;
    const char *unit;
    const char *comparator;
    bool approximate;
};

void PrintTo(const FormCase &c, std::ostream *os)
{
    *os << c.text;
}

const FormCase kFormCases[] = {
    // negatives
    { "一季度工业增加值增速为负3.9%", "-3.9", "", "percent", "", false },
    { "利润变动-10000元", "-10000", "", "CNY", "", false },
    { "全年出现负增长", "", "", "", "", false },
    // fractions and shares
    { "本地配套率提高到三分之一以上", "33.333333333333333", "", "percent", ">=", false },
    { "补贴不超过投资额的五分之一", "20", "", "percent", "<=", false },
    { "误差控制在千分之一以内", "0.1", "", "percent", "<=", false },
    { "占比达百分之二点五", "2.5", "", "percent", "", false },
    { "增长百分之一百二十点五", "120.5", "", "percent", "", false },
    // approximate multipliers
    { "带动就业二十几万人", "200000", "", "count", ">", true },
    { "投入一千多万元", "10000000", "", "CNY", ">", true },
    { "集聚企业百余家", "100", "", "count", ">", true },
    { "服务企业上万家", "10000", "", "count", ">=", true },
    { "建成十几个示范项目", "10", "", "count", ">", true },
    { "近3500家企业", "3500", "", "count", "~", true },
    { "约200亿元", "20000000000", "", "CNY", "~", true },
    // ranges in Chinese
    { "每年遴选三五个场景", "3", "5", "count", "", false },
    { "培育三到五家龙头企业", "3", "5", "count", "", false },
    { "支持一两家平台", "1", "2", "count", "", false },
    { "给予三四十万元奖励", "300000", "400000", "CNY", "", false },
    // discounts
    { "算力券按九折使用", "90", "", "percent", "", false },
    { "租金按五五折收取", "55", "", "percent", "", false },
    { "价格打7.5折", "75", "", "percent", "", false },
    // Traditional script, 兆 and 万万
    { "投資總額達新臺幣5兆元", "5000000000000", "", "TWD", "", false },
    { "新增算力一萬兩千P", "12000", "", "PFLOPS", "", false },
    { "規模達兩億元", "200000000", "", "CNY", "", false },
    { "提供100兆宽带", "100", "", "Mbps", "", false },
    // full-width digits and separators
    { "新增企业４，５６５家", "4565", "", "count", "", false },
    { "投资１２．５亿元", "1250000000", "", "CNY", "", false },
    // Latin suffixes and scientific notation
    { "reach 40k users", "40000", "", "", "", false },
    { "a fund of $2.5M", "2500000", "", "USD", "", false },
    { "1.2e5 tokens", "120000", "", "", "", false },
    { "score 21.2E0", "21.2", "", "", "", false },
    // 大写 with units
    { "奖励人民币壹佰伍拾万元", "1500000", "", "CNY", "", false },
    { "资助肆拾肆项", "44", "", "count", "", false },
    // mixed Arabic and Chinese
    { "投资5亿3千万元", "530000000", "", "CNY", "", false },
    { "两千三点一亿元", "230010000000", "", "CNY", "", false },
    // English
    { "grew by twenty-five percent", "25", "", "percent", "", false },
    { "one hundred and five companies", "105", "", "count", "", false },
};

std::optional<Quantity> firstQuantity(const QString &text)
{
    const NormalizedText n = MatchingNormalizer::normalize(text);
    for (const Quantity &q : QuantityFinder::find(n.text)) {
        if (!q.isExcluded())
            return q;
    }
    return std::nullopt;
}

} // namespace

class QuantityForms : public testing::TestWithParam<FormCase>
{
};

TEST_P(QuantityForms, ReadValueUnitAndApproximation)
{
    const FormCase c = GetParam();
    const auto q = firstQuantity(QString::fromUtf8(c.text));
    if (QByteArray(c.value).isEmpty()) {
        EXPECT_FALSE(q.has_value()) << c.text << " gave " << q->value.toString().toStdString();
        return;
    }
    ASSERT_TRUE(q.has_value()) << c.text;
    EXPECT_EQ(q->value.toString().toStdString(), c.value) << c.text;
    EXPECT_EQ(q->valueMax ? q->valueMax->toString().toStdString() : std::string(), c.valueMax)
        << c.text;
    EXPECT_EQ(q->unit.toStdString(), c.unit) << c.text;
    EXPECT_EQ(q->comparator.toStdString(), c.comparator) << c.text;
    EXPECT_EQ(q->approximate, c.approximate) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Forms, QuantityForms, testing::ValuesIn(kFormCases));

// Text that is not prose yields no quantity at all, whatever digits it holds.
TEST(NumeralForms, NonProseYieldsNoQuantity)
{
    const char *texts[] = {
        "详见https://www.example.gov.cn/zwgk/2024/art_12_345.html?id=20&rate=15%&page=3",
        "链接 http://203.0.113.7:8080/api/v2?limit=100&offset=2500",
        "访问 www.example.com/plan2025/index.htm 获取全文",
        "联系邮箱 ai2025@example.org.cn",
        "请下载附件 计划2025-v3.pdf。",
        "数据见 statistics_2024_q3.xlsx",
        "项目编号 ABC-2024-001",
        "软件版本 2.1.3 已发布",
        "使用V2.0",
        "发布3.5版",
        "咨询电话 138 0013 8000",
        "服务热线：+86 10 6552 8888",
        "身份证号11010519491231002X",
        "统一编号110105194912310021",
    };
    for (const char *text : texts) {
        const QList<FoundQuantity> found = findQuantities(QString::fromUtf8(text));
        EXPECT_TRUE(found.isEmpty()) << text << " gave " << found.value(0).text.toStdString();
    }
}

// Numerals that are not amounts keep their labels: ordinals, years, plan names, vague words.
TEST(NumeralForms, OrdinalsYearsAndVagueWords)
{
    auto first = [](const char *text) {
        const NormalizedText n = MatchingNormalizer::normalize(QString::fromUtf8(text));
        const QList<Quantity> all = QuantityFinder::find(n.text);
        return all.isEmpty() ? QString() : all.first().exclusion;
    };
    EXPECT_EQ(first("第三批试点"), QStringLiteral("ordinal"));
    EXPECT_EQ(first("第十四届"), QStringLiteral("ordinal"));
    EXPECT_EQ(first("二〇二五年底"), QStringLiteral("year"));
    EXPECT_EQ(first("二零二五年"), QStringLiteral("year"));
    EXPECT_EQ(first("到2030年"), QStringLiteral("year"));
    EXPECT_EQ(first("“十五五”时期"), QStringLiteral("plan"));
    EXPECT_EQ(first("数十家企业"), QStringLiteral("vague"));
    EXPECT_EQ(first("陆陆续续"), QStringLiteral("word"));
    EXPECT_TRUE(findQuantities(QStringLiteral("三五成群")).isEmpty());
    EXPECT_TRUE(findQuantities(QStringLiteral("千行百业、万物互联")).isEmpty());
}

TEST(NumeralForms, EnglishArticlesPointsAndFractions)
{
    auto value = [](const char *text) {
        const auto n = NumeralParser::parseAt(QString::fromUtf8(text), 0);
        return n ? n->value.toString().toStdString() + "/" + std::to_string(n->end)
                 : std::string("none");
    };
    EXPECT_EQ(value("a hundred companies"), "100/9");
    EXPECT_EQ(value("a million yuan"), "1000000/9");
    EXPECT_EQ(value("three point five"), "3.5/16");
    EXPECT_EQ(value("two point five billion"), "2500000000/22");
    EXPECT_EQ(value("one third"), "0.33333333333333333/9");
    EXPECT_EQ(value("two-thirds"), "0.66666666666666667/10");
    EXPECT_EQ(value("a quarter of"), "0.25/9");
    EXPECT_EQ(value("three quarters"), "0.75/14");
    EXPECT_EQ(value("a big plan"), "none");
    EXPECT_EQ(value("an apple"), "none");
    EXPECT_EQ(value("forty-four"), "44/10");
    // English shares are percent in the finder, like 三分之一.
    const NormalizedText n = MatchingNormalizer::normalize(QStringLiteral("cut costs by a quarter"));
    const QList<Quantity> found = QuantityFinder::find(n.text);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().value.toString(), QStringLiteral("25"));
    EXPECT_EQ(found.first().unit, QStringLiteral("percent"));
}

TEST(NumeralForms, TraditionalScriptThroughTheNormalizer)
{
    auto first = [](const char *text) {
        const QList<FoundQuantity> found = findQuantities(QString::fromUtf8(text));
        return found.isEmpty() ? std::string("none")
                               : QString::number(found.first().value, 'f', 2).toStdString()
                + " " + found.first().unit.toStdString();
    };
    EXPECT_EQ(first("營收達兩千億元"), "200000000000.00 CNY");
    EXPECT_EQ(first("企業兩萬餘家"), "20000.00 count");
    EXPECT_EQ(first("佔比約三分之一"), "33.33 percent");
    EXPECT_EQ(first("增速為負二點五個百分點"), "-2.50 percentage_point");
    EXPECT_EQ(first("補貼壹佰萬元"), "1000000.00 CNY");
}

TEST(NumeralForms, LeadingDotsGigaAndBareRanges)
{
    EXPECT_EQ(NumeralParser::parse(QStringLiteral(".77"))->toString(), QStringLiteral("0.77"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("-.0012G"))->toString(),
        QStringLiteral("-1200000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("-1.2M"))->toString(), QStringLiteral("-1200000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("1200K"))->toString(), QStringLiteral("1200000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("負1200000"))->toString(),
        QStringLiteral("-1200000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("一點一"))->toString(), QStringLiteral("1.1"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("十萬"))->toString(), QStringLiteral("100000"));
    EXPECT_EQ(NumeralParser::parse(QStringLiteral("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九"))
                  ->toString(),
        QStringLiteral("9999999999999999"));
    // 5G stays a name; a sentence end before digits is not a decimal point.
    EXPECT_EQ(NumeralParser::parseAt(QStringLiteral("5G"), 0)->end, 1);
    EXPECT_FALSE(NumeralParser::mayStartAt(QStringLiteral("end.77"), 3));
    const NormalizedText n = MatchingNormalizer::normalize(QStringLiteral("每年增加五到十万"));
    const QList<Quantity> found = QuantityFinder::find(n.text);
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().value.toString(), QStringLiteral("50000"));
    EXPECT_EQ(found.first().valueMax->toString(), QStringLiteral("100000"));
}

TEST(NumeralForms, EnglishOrdinalsAreNotFractions)
{
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("a third batch of pilots"), 0));
    const auto share = NumeralParser::parseAt(QStringLiteral("a third of firms"), 0);
    ASSERT_TRUE(share);
    EXPECT_TRUE(share->fraction);
}
