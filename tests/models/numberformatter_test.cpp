#include "format/numberformatter.h"

#include <gtest/gtest.h>

using policylens::NumberFormatter;
using L = NumberFormatter::Language;

namespace {

std::string q(double v, const char *unit, const char *counter, L lang)
{
    return NumberFormatter::quantity(v, QString::fromUtf8(unit), QString::fromUtf8(counter), lang)
        .toStdString();
}

} // namespace

TEST(NumberFormatter, YuanInChineseUsesYiAndWan)
{
    EXPECT_EQ(q(3e11, "CNY", "", L::Chinese), "3000亿元");
    EXPECT_EQ(q(1.2e12, "CNY", "", L::Chinese), "1.2万亿元");
    EXPECT_EQ(q(5e6, "CNY", "", L::Chinese), "500万元");
    EXPECT_EQ(q(1.5e8, "CNY", "", L::Chinese), "1.5亿元");
    EXPECT_EQ(q(800, "CNY", "", L::Chinese), "800元");
    EXPECT_EQ(q(12345678, "CNY", "", L::Chinese), "1234.57万元");
}

TEST(NumberFormatter, YuanInEnglishUsesBillionsAndMillions)
{
    EXPECT_EQ(q(3e11, "CNY", "", L::English), "300 billion yuan");
    EXPECT_EQ(q(1.2e12, "CNY", "", L::English), "1.2 trillion yuan");
    EXPECT_EQ(q(5e6, "CNY", "", L::English), "5 million yuan");
    EXPECT_EQ(q(25000, "CNY", "", L::English), "25,000 yuan");
    EXPECT_EQ(q(1e9, "USD", "", L::English), "1 billion US dollars");
    EXPECT_EQ(q(1e9, "USD", "", L::Chinese), "10亿美元");
}

TEST(NumberFormatter, ComputingPower)
{
    EXPECT_EQ(q(12000, "PFLOPS", "", L::Chinese), "1.2万P");
    EXPECT_EQ(q(12000, "PFLOPS", "", L::English), "12,000 PFLOPS");
    EXPECT_EQ(q(500, "PFLOPS", "", L::Chinese), "500P");
    EXPECT_EQ(q(500, "PFLOPS", "", L::English), "500 PFLOPS");
}

TEST(NumberFormatter, PercentAndPoints)
{
    EXPECT_EQ(q(30, "percent", "", L::Chinese), "30%");
    EXPECT_EQ(q(12.5, "percent", "", L::English), "12.5%");
    EXPECT_EQ(q(5, "percentage_point", "", L::Chinese), "5个百分点");
    EXPECT_EQ(q(5, "percentage_point", "", L::English), "5 percentage points");
    EXPECT_EQ(q(1, "percentage_point", "", L::English), "1 percentage point");
}

TEST(NumberFormatter, CountsWithCounterWords)
{
    EXPECT_EQ(q(10, "count", "家", L::Chinese), "10家");
    EXPECT_EQ(q(10, "count", "家", L::English), "10 enterprises");
    EXPECT_EQ(q(1, "count", "家", L::English), "1 enterprise");
    EXPECT_EQ(q(50000, "count", "人", L::Chinese), "5万人");
    EXPECT_EQ(q(50000, "count", "人", L::English), "50,000 people");
    EXPECT_EQ(q(20, "count", "个", L::English), "20");
    EXPECT_EQ(q(3, "times", "", L::Chinese), "3倍");
    EXPECT_EQ(q(3, "times", "", L::English), "3 times");
}

TEST(NumberFormatter, OtherUnitsAsWritten)
{
    EXPECT_EQ(q(100, "TB", "", L::English), "100 TB");
    EXPECT_EQ(q(100, "TB", "", L::Chinese), "100TB");
    EXPECT_EQ(q(2.5, "", "", L::English), "2.5");
}

TEST(NumberFormatter, RoundingDropsTrailingZeros)
{
    EXPECT_EQ(NumberFormatter::number(2.999, L::English).toStdString(), "3");
    EXPECT_EQ(NumberFormatter::number(1234567.891, L::English).toStdString(), "1,234,567.89");
    EXPECT_EQ(NumberFormatter::number(1234567.891, L::Chinese).toStdString(), "1234567.89");
    EXPECT_EQ(NumberFormatter::number(-0.001, L::English).toStdString(), "0");
}

TEST(NumberFormatter, TargetsWithComparatorsAndRanges)
{
    using N = NumberFormatter;
    EXPECT_EQ(
        N::target(3e11, std::nullopt, QStringLiteral(">="), QStringLiteral("CNY"), {}, L::Chinese)
            .toStdString(),
        "≥ 3000亿元");
    EXPECT_EQ(
        N::target(3e11, std::nullopt, QStringLiteral("="), QStringLiteral("CNY"), {}, L::English)
            .toStdString(),
        "300 billion yuan");
    EXPECT_EQ(N::target(1e10, 2e10, QStringLiteral("range"), QStringLiteral("CNY"), {}, L::Chinese)
                  .toStdString(),
        "100亿–200亿元");
    EXPECT_EQ(N::target(1e10, 2e10, QStringLiteral("range"), QStringLiteral("CNY"), {}, L::English)
                  .toStdString(),
        "10 billion–20 billion yuan");
    EXPECT_EQ(N::target(100, 200, QStringLiteral("range"), QStringLiteral("count"),
                  QStringLiteral("家"), L::Chinese)
                  .toStdString(),
        "100–200家");
    EXPECT_EQ(N::target(10, 15, QStringLiteral("range"), QStringLiteral("percent"), {}, L::English)
                  .toStdString(),
        "10–15%");
    EXPECT_EQ(N::comparatorSymbol(QStringLiteral("~")).toStdString(), "≈");
}

TEST(NumberFormatter, Dates)
{
    EXPECT_EQ(NumberFormatter::date(QStringLiteral("2023-05-31"), L::Chinese).toStdString(),
        "2023年5月31日");
    EXPECT_EQ(NumberFormatter::date(QStringLiteral("2023-05-31"), L::English).toStdString(),
        "31 May 2023");
    EXPECT_EQ(
        NumberFormatter::date(QStringLiteral("2024-01"), L::Chinese).toStdString(), "2024年1月");
    EXPECT_EQ(
        NumberFormatter::date(QStringLiteral("2024-01"), L::English).toStdString(), "January 2024");
    EXPECT_EQ(NumberFormatter::date(QStringLiteral("2021"), L::Chinese).toStdString(), "2021年");
    EXPECT_EQ(NumberFormatter::date(QStringLiteral(""), L::English).toStdString(), "");
    EXPECT_EQ(NumberFormatter::date(QStringLiteral("2023-02-30"), L::English).toStdString(), "");
}

TEST(NumberFormatter, ParsesAmountsAsTyped)
{
    auto p = [](const char *text) { return NumberFormatter::parseAmount(QString::fromUtf8(text)); };
    EXPECT_DOUBLE_EQ(p("3e11").value(), 3e11);
    EXPECT_DOUBLE_EQ(p("12,000").value(), 12000);
    EXPECT_DOUBLE_EQ(p("3000亿").value(), 3e11);
    EXPECT_DOUBLE_EQ(p("3000亿元").value(), 3e11);
    EXPECT_DOUBLE_EQ(p("1.2万亿元").value(), 1.2e12);
    EXPECT_DOUBLE_EQ(p("1.2万P").value(), 12000);
    EXPECT_DOUBLE_EQ(p("300 billion").value(), 3e11);
    EXPECT_DOUBLE_EQ(p("5 million yuan").value(), 5e6);
    EXPECT_DOUBLE_EQ(p("30%").value(), 30);
    EXPECT_DOUBLE_EQ(p(" 10家 ").value(), 10);
    EXPECT_FALSE(p("lots").has_value());
    EXPECT_FALSE(p("").has_value());
    EXPECT_FALSE(p("3000亿元abc").has_value());
    EXPECT_FALSE(p("100 and 200").has_value());
    // The document engine reads typed values too: Chinese numerals, 大写, approximations.
    EXPECT_DOUBLE_EQ(p("三千亿").value(), 3e11);
    EXPECT_DOUBLE_EQ(p("壹佰伍拾万元").value(), 1.5e6);
    EXPECT_DOUBLE_EQ(p("约15%").value(), 15);
    EXPECT_DOUBLE_EQ(p("-3.9%").value(), -3.9);
    EXPECT_DOUBLE_EQ(p("２，５００").value(), 2500);
    EXPECT_FALSE(p("inf").has_value());
}
