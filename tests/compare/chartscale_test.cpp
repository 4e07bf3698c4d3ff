#include "compare/chartscale.h"

#include <gtest/gtest.h>

using policylens::ChartScale;
using policylens::Language;

TEST(ChartScale, YuanUsesYiInChineseAndBillionInEnglish)
{
    const ChartScale zh
        = ChartScale::choose(QStringLiteral("CNY"), 4.0e11, Language::Chinese);
    EXPECT_EQ(zh.unitLabel(), QStringLiteral("亿元"));
    EXPECT_DOUBLE_EQ(zh.scaled(3.0e11), 3000.0);
    EXPECT_EQ(zh.formatValue(3.0e11, QStringLiteral(">=")), QStringLiteral("≥ 3,000亿元"));

    const ChartScale en = ChartScale::choose(QStringLiteral("CNY"), 4.0e11, Language::English);
    EXPECT_EQ(en.unitLabel(), QStringLiteral("billion yuan"));
    EXPECT_DOUBLE_EQ(en.scaled(3.0e11), 300.0);
    EXPECT_EQ(en.formatValue(3.0e11, QStringLiteral("~")), QStringLiteral("~ 300 billion yuan"));
}

TEST(ChartScale, LargeAndSmallMoneyPickTheirOwnSteps)
{
    EXPECT_EQ(ChartScale::choose(QStringLiteral("CNY"), 2.0e12, Language::Chinese).unitLabel(),
        QStringLiteral("万亿元"));
    EXPECT_EQ(ChartScale::choose(QStringLiteral("CNY"), 2.0e12, Language::English).unitLabel(),
        QStringLiteral("trillion yuan"));
    EXPECT_EQ(ChartScale::choose(QStringLiteral("CNY"), 5.0e6, Language::Chinese).unitLabel(),
        QStringLiteral("万元"));
    EXPECT_EQ(ChartScale::choose(QStringLiteral("CNY"), 5.0e6, Language::English).unitLabel(),
        QStringLiteral("million yuan"));
    EXPECT_EQ(ChartScale::choose(QStringLiteral("CNY"), 50, Language::English).unitLabel(),
        QStringLiteral("yuan"));
}

TEST(ChartScale, ComputingPowerSwitchesToExaflops)
{
    const ChartScale big
        = ChartScale::choose(QStringLiteral("PFLOPS"), 45000, Language::English);
    EXPECT_EQ(big.unitLabel(), QStringLiteral("EFLOPS"));
    EXPECT_EQ(big.formatNumber(30000), QStringLiteral("30"));
    const ChartScale small
        = ChartScale::choose(QStringLiteral("PFLOPS"), 800, Language::English);
    EXPECT_EQ(small.unitLabel(), QStringLiteral("PFLOPS"));
}

TEST(ChartScale, PercentCountsAndDecimals)
{
    const ChartScale pct = ChartScale::choose(QStringLiteral("percent"), 12, Language::English);
    EXPECT_EQ(pct.formatValue(12.5, QStringLiteral(">=")), QStringLiteral("≥ 12.5%"));
    const ChartScale firms = ChartScale::choose(
        QStringLiteral("count"), 2500, Language::Chinese, QStringLiteral("家"));
    EXPECT_EQ(firms.formatValue(2500, QStringLiteral("~")), QStringLiteral("~ 2,500家"));
    const ChartScale en = ChartScale::choose(QStringLiteral("CNY"), 2.5e9, Language::English);
    EXPECT_EQ(en.formatNumber(2.25e9), QStringLiteral("2.25"));
    EXPECT_EQ(en.formatNumber(2.5e9), QStringLiteral("2.5"));
    EXPECT_EQ(ChartScale::comparatorMark(QStringLiteral("=")), QString());
}

// A published 4354.92亿元 keeps its decimals on a chart label (it read 4,355).
TEST(ChartScale, LargeValuesKeepTheirDecimals)
{
    const ChartScale zh = ChartScale::choose(QStringLiteral("CNY"), 4.35492e11, Language::Chinese);
    EXPECT_EQ(zh.unitLabel(), QStringLiteral("亿元"));
    EXPECT_EQ(zh.formatNumber(4.35492e11), QStringLiteral("4,354.92"));
    EXPECT_EQ(zh.formatNumber(3.0e11), QStringLiteral("3,000"));
    EXPECT_EQ(zh.formatNumber(2.1522e11), QStringLiteral("2,152.2"));
}
