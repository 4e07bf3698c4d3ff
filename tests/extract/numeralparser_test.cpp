// Table-driven tests of the numeral parser: every value must be exact, not merely close.
#include "extract/decimal.h"
#include "extract/numeralparser.h"

#include <QString>

#include <gtest/gtest.h>

using policylens::Decimal;
using policylens::NumeralParser;

namespace {

struct Case
{
    const char *text;
    const char *expected; // exact decimal string
};

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.text;
}

const Case kCases[] = {
    // Arabic numerals
    { "0", "0" },
    { "7", "7" },
    { "10", "10" },
    { "2025", "2025" },
    { "1048", "1048" },
    { "16.4", "16.4" },
    { "0.5", "0.5" },
    { "7.80", "7.8" },
    { "1,000", "1000" },
    { "1,234,567", "1234567" },
    { "12,345.67", "12345.67" },
    { "3.14159", "3.14159" },
    { "100000000", "100000000" },
    // Arabic with Chinese magnitudes
    { "3000亿", "300000000000" },
    { "16.4亿", "1640000000" },
    { "1.5万亿", "1500000000000" },
    { "5千", "5000" },
    { "4.6亿", "460000000" },
    { "100万", "1000000" },
    { "2.5万", "25000" },
    { "1200亿", "120000000000" },
    { "0.1亿", "10000000" },
    { "3万亿", "3000000000000" },
    { "2万5千", "25000" },
    { "10亿", "1000000000" },
    { "7.8万", "78000" },
    { "1.2345亿", "123450000" },
    { "1000万", "10000000" },
    { "50万亿", "50000000000000" },
    { "3900億", "390000000000" },
    { "12.5萬", "125000" },
    { "99.99亿", "9999000000" },
    { "1兆", "1000000000000" },
    // Chinese numerals
    { "一", "1" },
    { "二", "2" },
    { "两", "2" },
    { "十", "10" },
    { "十一", "11" },
    { "二十", "20" },
    { "二十五", "25" },
    { "一百", "100" },
    { "一百零五", "105" },
    { "一百一十", "110" },
    { "三百五十", "350" },
    { "三百五", "350" },
    { "一千", "1000" },
    { "一千零一", "1001" },
    { "一千五百", "1500" },
    { "两千", "2000" },
    { "九千九百九十九", "9999" },
    { "一万", "10000" },
    { "一万五", "15000" },
    { "一万五千", "15000" },
    { "十万", "100000" },
    { "一百万", "1000000" },
    { "一千万", "10000000" },
    { "一亿", "100000000" },
    { "一亿五千万", "150000000" },
    { "二十万亿", "20000000000000" },
    { "一百九十万零三千九百七十一", "1903971" },
    { "三千万亿", "3000000000000000" },
    { "十万零三", "100003" },
    { "一万零五百", "10500" },
    { "五十亿", "5000000000" },
    { "一万亿", "1000000000000" },
    { "两万亿", "2000000000000" },
    { "四千亿", "400000000000" },
    { "十四亿", "1400000000" },
    { "一百亿", "10000000000" },
    { "三点五", "3.5" },
    { "十二点五", "12.5" },
    { "零点五", "0.5" },
    { "一点二亿", "120000000" },
    { "二〇二五", "2025" },
    { "二〇三五", "2035" },
    { "一九四九", "1949" },
    { "兩千", "2000" },
    { "壹佰", "100" },
    { "壹仟贰佰叁拾肆", "1234" },
    { "伍拾", "50" },
    { "叁亿", "300000000" },
    { "玖万", "90000" },
    { "貳拾", "20" },
    { "拾", "10" },
    { "一千多万", "10000000" },
    { "二十余万", "200000" },
    // Percent prefixes and English
    { "百分之十五", "15" },
    { "百分之3.5", "3.5" },
    { "百分之一百", "100" },
    { "千分之五", "0.5" },
    { "百分之五十", "50" },
    { "ten", "10" },
    { "twenty-five", "25" },
    { "one hundred", "100" },
    { "three thousand", "3000" },
    { "one hundred and five", "105" },
    { "two million", "2000000" },
    { "Five", "5" },
    { "300 billion", "300000000000" },
    { "1.2 trillion", "1200000000000" },
    { "3 million", "3000000" },
    { "50 thousand", "50000" },
    { "2.5 billion", "2500000000" },
};

} // namespace

class NumeralTable : public testing::TestWithParam<Case>
{
};

TEST_P(NumeralTable, ParsesExactly)
{
    const Case c = GetParam();
    const QString text = QString::fromUtf8(c.text);
    const auto value = NumeralParser::parse(text);
    ASSERT_TRUE(value.has_value()) << c.text;
    EXPECT_EQ(value->toString(), QString::fromUtf8(c.expected)) << c.text;
}

INSTANTIATE_TEST_SUITE_P(Numerals, NumeralTable, testing::ValuesIn(kCases));

TEST(NumeralParser, StopsBeforeUnitsThatStartWithMagnitudes)
{
    const QString text = QStringLiteral("5000千万亿次浮点运算");
    const auto parsed = NumeralParser::parseAt(text, 0);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->value.toString(), QStringLiteral("5000"));
    EXPECT_EQ(parsed->end, 4);

    const QString km = QStringLiteral("3千米");
    EXPECT_EQ(NumeralParser::parseAt(km, 0)->end, 1);
}

TEST(NumeralParser, RejectsWordsThatOnlyLookNumeric)
{
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("万物互联"), 0));
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("零部件"), 0));
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("hundreds"), 0));
    EXPECT_FALSE(NumeralParser::parseAt(QStringLiteral("often"), 0));
    EXPECT_FALSE(NumeralParser::parse(QStringLiteral("")));
}

TEST(NumeralParser, DoesNotJoinAdjacentNumbers)
{
    // 十四五 is a plan name: the parser must not read it as one number.
    const auto parsed = NumeralParser::parseAt(QStringLiteral("十四五"), 0);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->value.toString(), QStringLiteral("14"));
    EXPECT_EQ(parsed->end, 2);
    // A list "1,2" is not a thousands separator.
    const auto list = NumeralParser::parseAt(QStringLiteral("1,2,3"), 0);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->end, 1);
}

TEST(NumeralParser, FlagsHowTheNumberWasWritten)
{
    const auto a = NumeralParser::parseAt(QStringLiteral("1,234"), 0);
    EXPECT_TRUE(a->separators);
    EXPECT_TRUE(a->arabic);
    const auto b = NumeralParser::parseAt(QStringLiteral("二〇二五年"), 0);
    EXPECT_TRUE(b->digitString);
    const auto c = NumeralParser::parseAt(QStringLiteral("16.4亿元"), 0);
    EXPECT_TRUE(c->magnitude);
    EXPECT_EQ(c->end, 5);
    const auto d = NumeralParser::parseAt(QStringLiteral("百分之十五"), 0);
    EXPECT_EQ(d->percentPrefix, 1);
}

// Round trip over 0..99999: an independent writer of Chinese numerals, parsed back.
namespace {

QString writeChinese(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    static const QString units = QStringLiteral(" 十百千");
    if (n == 0)
        return QStringLiteral("零");
    auto below10000 = [&](int v, bool leadingZero) {
        QString s;
        bool zero = leadingZero;
        for (int p = 3; p >= 0; --p) {
            int base = 1;
            for (int k = 0; k < p; ++k)
                base *= 10;
            const int d = (v / base) % 10;
            if (d == 0) {
                if (!s.isEmpty() || leadingZero)
                    zero = true;
                continue;
            }
            if (zero && !s.isEmpty())
                s += digits[0];
            else if (zero && leadingZero)
                s += digits[0];
            zero = false;
            s += digits[d];
            if (p > 0)
                s += units[p];
        }
        return s;
    };
    QString out;
    if (n >= 10000) {
        out = below10000(n / 10000, false) + QStringLiteral("万");
        const int rest = n % 10000;
        if (rest > 0)
            out += below10000(rest, rest < 1000);
    } else {
        out = below10000(n, false);
    }
    return out;
}

} // namespace

TEST(NumeralParser, RoundTripsEveryChineseNumeralBelowOneHundredThousand)
{
    int failures = 0;
    for (int n = 0; n < 100000; n += (n < 2000 ? 1 : 37)) {
        const QString text = writeChinese(n);
        const auto value = NumeralParser::parse(text);
        if (!value || value->toString() != QString::number(n)) {
            if (++failures < 10)
                ADD_FAILURE() << n << " written " << text.toStdString() << " parsed "
                              << (value ? value->toString().toStdString() : std::string("nothing"));
        }
    }
    EXPECT_EQ(failures, 0);
}

TEST(Decimal, ArithmeticIsExact)
{
    const auto a = Decimal::fromString(QStringLiteral("16.4"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->scaled(8).toDouble(), 1640000000.0);
    EXPECT_EQ(Decimal(164, -1).scaled(8).toString(), QStringLiteral("1640000000"));
    EXPECT_EQ(Decimal(1, -1).added(Decimal(2, -1))->toString(), QStringLiteral("0.3"));
    EXPECT_EQ(Decimal(1, -1).added(Decimal(2, -1))->toDouble(), 0.3);
    EXPECT_EQ(
        Decimal(15, -1).multiplied(Decimal(1, 12))->toString(), QStringLiteral("1500000000000"));
    EXPECT_FALSE(Decimal(std::int64_t(9) << 60).multiplied(Decimal(std::int64_t(9) << 60)));
    EXPECT_EQ(Decimal(78, -1).toString(), QStringLiteral("7.8"));
    EXPECT_EQ(Decimal(5, -3).toString(), QStringLiteral("0.005"));
}
