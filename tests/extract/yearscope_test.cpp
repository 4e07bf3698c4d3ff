// Which year (if any) a figure is about, and whether a dated figure reports the past: amounts
// that happen to have four digits, recurring commitments, documents dated only by month.
#include "extract/targetextractor.h"
#include "extract/yearresolver.h"
#include "text/matchingnormalizer.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

QList<ExtractedTarget> extract(const QString &text, const DocumentContext &ctx = {})
{
    return TargetExtractor().extract(text, ctx);
}

QList<YearMention> years(const char *text)
{
    return YearResolver::find(MatchingNormalizer::normalize(QString::fromUtf8(text)).text, 2024);
}

} // namespace

TEST(YearScope, FourDigitAmountsAreNeverYears)
{
    // Each of these has a four-digit number in the year range that is an amount.
    for (const char *text :
        { "对新建的智算中心按投资额的10%给予支持，最高1980万元。", "全市智能算力提升至2050P以上。",
            "新增上云企业达到2010家。", "推动接入终端至2030个。", "引进高层次人才到2020人左右。",
            "累计投入2000亿。", "The programme funds up to 2000 PFLOPS of capacity.",
            "The city will grow to 2030 enterprises." }) {
        const QList<YearMention> found = years(text);
        EXPECT_TRUE(found.isEmpty()) << text << " gave " << found.first().year;
    }
    // Real years still count, in both languages.
    EXPECT_EQ(years("至2027年，建成").value(0).year, 2027);
    EXPECT_EQ(years("by 2027, the city").value(0).year, 2027);
}

TEST(YearScope, AnAmountDoesNotDateTheSentencesAfterIt)
{
    const QList<ExtractedTarget> targets = extract(
        QStringLiteral("全市智能算力提升至2050P以上。\n"
                       "对落户本市的算力项目，按照设备购置额的12%给予补助，最高1980万元。\n"
                       "每年遴选人工智能典型案例，推广案例不少于30个。"));
    ASSERT_EQ(targets.size(), 4);
    for (const ExtractedTarget &t : targets)
        EXPECT_FALSE(t.year.has_value()) << t.value << " got year " << t.year.value_or(0);
    EXPECT_EQ(targets[0].unit, QStringLiteral("PFLOPS"));
    EXPECT_EQ(targets[0].value, 2050.0);
    EXPECT_EQ(targets[1].kind, QStringLiteral("incentive"));
    EXPECT_EQ(targets[1].unit, QStringLiteral("percent"));
    EXPECT_EQ(targets[1].value, 12.0);
    EXPECT_EQ(targets[2].kind, QStringLiteral("incentive"));
    EXPECT_EQ(targets[2].value, 1.98e7);
    EXPECT_EQ(targets[2].comparator, QStringLiteral("<="));
    EXPECT_EQ(targets[3].value, 30.0);
    EXPECT_EQ(targets[3].comparator, QStringLiteral(">="));
}

TEST(YearScope, EveryYearTakesNoYearFromAPlainSentenceBefore)
{
    const QList<ExtractedTarget> targets
        = extract(QStringLiteral("到2026年，全市培育算力服务企业80家。"
                                 "每年举办人工智能创新大赛，参赛团队不少于200个。"),
            { QDate(2024, 3, 1), {} });
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0].year.value_or(0), 2026);
    EXPECT_FALSE(targets[1].year.has_value());
}

TEST(YearScope, EveryYearInheritsAGenuineLeadIn)
{
    const QList<ExtractedTarget> targets
        = extract(QStringLiteral("到2026年，实现以下目标：\n（一）每年新增应用场景40个以上；\n"
                                 "（二）培育链主企业6家。"),
            { QDate(2024, 3, 1), {} });
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0].year.value_or(0), 2026);
    EXPECT_EQ(targets[1].year.value_or(0), 2026);
}

TEST(YearScope, IncentivesWithCapsRatesAndAnnualFunds)
{
    const QDate published(2024, 6, 1);
    {
        const QList<ExtractedTarget> t
            = extract(QStringLiteral("到2026年，全市人工智能企业达到900家。\n"
                                     "市财政每年安排不少于8亿元的专项资金，支持大模型研发。"),
                { published, {} });
        ASSERT_EQ(t.size(), 2);
        EXPECT_EQ(t[1].kind, QStringLiteral("incentive"));
        EXPECT_EQ(t[1].unit, QStringLiteral("CNY"));
        EXPECT_EQ(t[1].value, 8e8);
        EXPECT_EQ(t[1].comparator, QStringLiteral(">="));
        EXPECT_FALSE(t[1].year.has_value());
    }
    {
        const QList<ExtractedTarget> t
            = extract(QStringLiteral("到2026年，全市人工智能企业达到900家。\n"
                                     "对新认定的国家级创新平台，给予最高3000万元资助。"),
                { published, {} });
        ASSERT_EQ(t.size(), 2);
        EXPECT_EQ(t[1].kind, QStringLiteral("incentive"));
        EXPECT_EQ(t[1].value, 3e7);
        EXPECT_EQ(t[1].comparator, QStringLiteral("<="));
        EXPECT_EQ(t[0].year.value_or(0), 2026);
        EXPECT_FALSE(t[1].year.has_value()); // the goal's year does not date the grant after it
    }
    {
        const QList<ExtractedTarget> t
            = extract(QStringLiteral("对首次购买算力服务的中小企业，按照合同金额的25%给予补贴。"),
                { published, {} });
        ASSERT_EQ(t.size(), 1);
        EXPECT_EQ(t[0].kind, QStringLiteral("incentive"));
        EXPECT_EQ(t[0].unit, QStringLiteral("percent"));
        EXPECT_EQ(t[0].value, 25.0);
        EXPECT_FALSE(t[0].year.has_value());
    }
}

TEST(YearScope, DocumentYearFromAMonthOnlyDateLineOrATitlePeriod)
{
    EXPECT_EQ(
        YearResolver::guessDocumentYear(QStringLiteral("某市行动方案\n某市人民政府\n2024年3月\n")),
        2024);
    EXPECT_EQ(YearResolver::guessDocumentYear(QStringLiteral("某市行动方案\n二〇二四年三月十日\n")),
        2024);
    EXPECT_EQ(
        YearResolver::guessDocumentYear(QStringLiteral("某市2024—2026年人工智能行动计划\n正文")),
        2024);
    EXPECT_EQ(YearResolver::guessDocumentYear(QStringLiteral("某市行动方案\n补助2000万元\n")), 0);
    // The current-situation section reports whole years that lie behind the document.
    EXPECT_EQ(YearResolver::guessDocumentYear(
                  QStringLiteral("某市行动方案\n一、发展现状\n2021年，核心产业规模为600亿元。"
                                 "2022年，核心产业规模约为800亿元。\n二、总体要求\n"
                                 "2026年，规模达到2000亿元。\n")),
        2023);
    EXPECT_EQ(YearResolver::guessDocumentYear(
                  QStringLiteral("某市行动方案\n一、发展现状\n截至2024年6月，企业达到300家。\n")),
        2024);
}

TEST(YearScope, PastYearWithAReportingVerbIsABaselineInAMonthDatedDocument)
{
    const QList<ExtractedTarget> t
        = extract(QStringLiteral("某市人工智能产业行动方案\n某市人民政府\n2024年3月\n\n"
                                 "到2026年，核心产业规模达到4000亿元。\n"
                                 "2023年，全市核心产业规模约为2800亿元，企业约1500家。"));
    ASSERT_EQ(t.size(), 3);
    EXPECT_EQ(t[0].kind, QStringLiteral("target"));
    EXPECT_EQ(t[1].kind, QStringLiteral("baseline"));
    EXPECT_EQ(t[1].year.value_or(0), 2023);
    EXPECT_EQ(t[2].kind, QStringLiteral("baseline"));
}

TEST(YearScope, PastYearBeforeTheFirstDeadlineIsABaselineInAnUndatedDocument)
{
    // No date line, no document number, no period: only the deadlines tell the time.
    const QList<ExtractedTarget> t
        = extract(QStringLiteral("2023年，全市智能算力规模约为1200P，核心产业规模达到了900亿元。\n"
                                 "2025年，全市智能算力规模力争达到3000P。\n"
                                 "到2026年，核心产业规模达到1500亿元。"));
    ASSERT_EQ(t.size(), 4);
    EXPECT_EQ(t[0].kind, QStringLiteral("baseline"));
    EXPECT_EQ(t[0].year.value_or(0), 2023);
    EXPECT_EQ(t[1].kind, QStringLiteral("baseline"));
    EXPECT_EQ(t[2].kind, QStringLiteral("target")); // 力争: it looks ahead
    EXPECT_EQ(t[3].kind, QStringLiteral("target"));
}
