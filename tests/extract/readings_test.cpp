// Readings that depend on the words around a numeral: 负 closing a word, a multiplier two
// figures share, slogans of numbered items, video resolutions, the start of a change. The
// sentences are composed for these tests.
#include "extract/quantityfinder.h"
#include "extract/targetextractor.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

// The only quantity found in text (an empty one, and a failure, when there is not exactly one).
FoundQuantity onlyQuantity(const QString &text)
{
    const QList<FoundQuantity> found = findQuantities(text);
    EXPECT_EQ(found.size(), 1) << text.toStdString();
    return found.isEmpty() ? FoundQuantity {} : found.first();
}

} // namespace

TEST(Readings, FuIsASignOnlyWhenItIsNotTheEndOfAWord)
{
    // 减负: lightening a burden by a sum, which is positive.
    const FoundQuantity relief = onlyQuantity(QStringLiteral("今年为中小企业减负1200亿元。"));
    EXPECT_EQ(relief.exact, QStringLiteral("120000000000"));
    EXPECT_EQ(relief.text, QStringLiteral("1200亿元"));
    // 担负 (shouldering) likewise; a 负 standing alone is a minus sign.
    EXPECT_EQ(onlyQuantity(QStringLiteral("该区担负40%的建设任务。")).exact, QStringLiteral("40"));
    EXPECT_EQ(onlyQuantity(QStringLiteral("出口增速为负2.5%。")).exact, QStringLiteral("-2.5"));
}

TEST(Readings, ARangeSharesTheSecondFiguresMultiplier)
{
    struct RangeCase
    {
        const char16_t *text;
        const char16_t *low;
        const char16_t *high;
    };
    const RangeCase cases[] = {
        // 两到四百万: two to four million, not twenty thousand to four million.
        { u"每家补助两到四百万元", u"2000000", u"4000000" },
        { u"接待六到八十万人次", u"600000", u"800000" },
        // Where the leading digit's place would pass the second figure, only 万 is shared.
        { u"奖励五到十万元", u"50000", u"100000" },
        { u"奖励二十到三十万元", u"200000", u"300000" },
    };
    for (const RangeCase &c : cases) {
        const FoundQuantity q = onlyQuantity(QString::fromUtf16(c.text));
        EXPECT_EQ(q.exact, QString::fromUtf16(c.low)) << QString::fromUtf16(c.text).toStdString();
        EXPECT_EQ(q.exactMax, QString::fromUtf16(c.high));
    }
}

TEST(Readings, SlogansOfNumberedItemsAreNotCounts)
{
    const TargetExtractor extractor;
    EXPECT_TRUE(extractor.extract(QStringLiteral("到2030年，实施四个一批工程。")).isEmpty());
    EXPECT_TRUE(extractor.extract(QStringLiteral("到2030年，推进三个一百行动。")).isEmpty());
    // A count of things graded by a scale is a count.
    const QList<ExtractedTarget> clusters
        = extractor.extract(QStringLiteral("到2030年，培育两个一百亿级产业集群。"));
    ASSERT_EQ(clusters.size(), 1);
    EXPECT_EQ(clusters.first().value, 2);
    EXPECT_EQ(clusters.first().unit, QStringLiteral("count"));
}

TEST(Readings, VideoResolutionsAreNotComputingPower)
{
    EXPECT_TRUE(findQuantities(QStringLiteral("推广720P和2160P超高清直播应用。")).isEmpty());
    // Beside computing power the same letter is PFLOPS.
    const FoundQuantity power = onlyQuantity(QStringLiteral("新增智能算力720P。"));
    EXPECT_EQ(power.unit, QStringLiteral("PFLOPS"));
    EXPECT_EQ(power.exact, QStringLiteral("720"));
}

TEST(Readings, TheStartOfAChangeIsABaselineInTheSameUnit)
{
    const QList<ExtractedTarget> chinese = TargetExtractor().extract(
        QStringLiteral("到2031年，全市智能算力将从40增长到90EFLOPS。"));
    ASSERT_EQ(chinese.size(), 2);
    EXPECT_EQ(chinese[0].kind, QStringLiteral("baseline"));
    EXPECT_EQ(chinese[0].value, 40000);
    EXPECT_EQ(chinese[0].unit, QStringLiteral("PFLOPS"));
    EXPECT_FALSE(chinese[0].year.has_value()); // where things stand, not the deadline
    EXPECT_EQ(chinese[1].kind, QStringLiteral("target"));
    EXPECT_EQ(chinese[1].value, 90000);
    EXPECT_EQ(chinese[1].year, 2031);

    const QList<ExtractedTarget> english = TargetExtractor().extract(
        QStringLiteral("The province plans to lift data centre capacity from 12 to 30 EFLOPS by 2032."));
    ASSERT_EQ(english.size(), 2);
    EXPECT_EQ(english[0].kind, QStringLiteral("baseline"));
    EXPECT_EQ(english[0].value, 12000);
    EXPECT_EQ(english[1].kind, QStringLiteral("target"));
    EXPECT_EQ(english[1].year, 2032);
}
