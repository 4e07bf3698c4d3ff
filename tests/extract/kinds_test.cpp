// Kind from meaning: genre detection, tense and reporting cues, support given, and the reason
// every figure carries. Sentences are composed for these tests.
#include "extract/documentgenre.h"
#include "extract/targetextractor.h"
#include "extract/targetreason.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

ExtractedTarget only(const QString &text, const DocumentContext &ctx = {})
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text, ctx);
    EXPECT_EQ(targets.size(), 1) << text.toStdString();
    return targets.isEmpty() ? ExtractedTarget {} : targets.first();
}

DocumentContext news(int year)
{
    DocumentContext ctx;
    ctx.published = QDate(year, 3, 1);
    ctx.genre = DocumentGenre::News;
    return ctx;
}

} // namespace

TEST(DocumentGenre, DetectedFromTitleAndFirstLines)
{
    EXPECT_EQ(
        detectDocumentGenre(u"某市人工智能产业发展行动方案\n一、总体要求\n"), DocumentGenre::Plan);
    EXPECT_EQ(detectDocumentGenre(u"某区支持人工智能产业发展的若干措施\n第一条"),
        DocumentGenre::Measures);
    EXPECT_EQ(detectDocumentGenre(u"某市数据条例\n第一章 总则\n"), DocumentGenre::Regulation);
    EXPECT_EQ(
        detectDocumentGenre(u"2030年某县国民经济和社会发展统计公报\n"), DocumentGenre::Statistics);
    EXPECT_EQ(detectDocumentGenre(u"某市发布行动方案\n新华社某地5月2日电（记者 张三）某市日前发布"),
        DocumentGenre::News);
    EXPECT_EQ(detectDocumentGenre(u"City unveils AI plan\n\nXinhua) 10:00, May 2, 2031\n"),
        DocumentGenre::News);
    EXPECT_EQ(detectDocumentGenre(u"为加快发展，结合实际，制定以下措施。\n一、支持算力"),
        DocumentGenre::Measures);
    EXPECT_EQ(detectDocumentGenre(u"一段没有标题的文字。"), DocumentGenre::Other);
    for (const DocumentGenre g : { DocumentGenre::Plan, DocumentGenre::Measures,
             DocumentGenre::Regulation, DocumentGenre::WorkReport, DocumentGenre::Statistics,
             DocumentGenre::News, DocumentGenre::Other })
        EXPECT_EQ(documentGenreFromKey(documentGenreKey(g)), g);
    EXPECT_FALSE(documentGenreFromKey(u"poem").has_value());
}

TEST(Kinds, ReportedFactsAreBaselines)
{
    // Year-on-year comparison, completed aspect, a reporting frame.
    EXPECT_EQ(only(QStringLiteral("全市软件收入同比增长12%。"), news(2031)).kind,
        QStringLiteral("baseline"));
    EXPECT_EQ(only(QStringLiteral("该区已建成数据中心7个。"), news(2031)).kind,
        QStringLiteral("baseline"));
    EXPECT_EQ(
        only(QStringLiteral("据统计，全市机器人企业达到430家。")).kind, QStringLiteral("baseline"));
    EXPECT_EQ(only(QStringLiteral("The sector grew 14 percent year on year."), news(2031)).kind,
        QStringLiteral("baseline"));
    // A past year in a dated document, stated in the same sentence.
    const ExtractedTarget t
        = only(QStringLiteral("2030年，全市数字经济增加值为3200亿元。"), news(2031));
    EXPECT_EQ(t.kind, QStringLiteral("baseline"));
    EXPECT_EQ(t.reason.kindCue, KindCue::PastYear);
}

TEST(Kinds, GoalsAndForecastsAreTargets)
{
    EXPECT_EQ(only(QStringLiteral("该市力争培育数据企业40家。"), news(2031)).kind,
        QStringLiteral("target"));
    const ExtractedTarget forecast
        = only(QStringLiteral("预计今年产业规模有望突破900亿元。"), news(2031));
    EXPECT_EQ(forecast.kind, QStringLiteral("target"));
    EXPECT_EQ(forecast.year.value_or(0), 2031);
    // An estimate for a year already over is a reported figure.
    const ExtractedTarget past
        = only(QStringLiteral("2030年，该市预计数字经济增加值为3200亿元。"), news(2031));
    EXPECT_EQ(past.kind, QStringLiteral("baseline"));
    EXPECT_EQ(past.reason.kindCue, KindCue::ForecastOfPastYear);
}

TEST(Kinds, SupportGivenIsAnIncentiveWhoeverReportsIt)
{
    EXPECT_EQ(only(QStringLiteral("该区设立规模30亿元的机器人产业基金。"), news(2031)).kind,
        QStringLiteral("incentive"));
    const ExtractedTarget cap
        = only(QStringLiteral("每年发放总额不超过8000万元的算力券。"), news(2031));
    EXPECT_EQ(cap.kind, QStringLiteral("incentive"));
    EXPECT_EQ(cap.comparator, QStringLiteral("<="));
    EXPECT_EQ(
        only(QStringLiteral("The city will hand out vouchers worth 30 million yuan."), news(2031))
            .kind,
        QStringLiteral("incentive"));
    // 最高 reaches every item of the list it heads.
    const QList<ExtractedTarget> prizes
        = TargetExtractor().extract(QStringLiteral("对获奖企业分别给予最高80万元、40万元奖励。"));
    ASSERT_EQ(prizes.size(), 2);
    EXPECT_EQ(prizes[1].comparator, QStringLiteral("<="));
    // A fund growing to a size by a deadline is a goal.
    EXPECT_EQ(
        only(QStringLiteral("到2035年，产业基金规模达到60亿元。")).kind, QStringLiteral("target"));
}

TEST(Kinds, NewsWithoutCuesReportsButFloorsAreGoals)
{
    EXPECT_EQ(
        only(QStringLiteral("全区有孵化器23家。"), news(2031)).kind, QStringLiteral("baseline"));
    EXPECT_EQ(
        only(QStringLiteral("打造示范工厂30家以上。"), news(2031)).kind, QStringLiteral("target"));
    // In a plan the same bare statement is a goal.
    DocumentContext plan;
    plan.genre = DocumentGenre::Plan;
    EXPECT_EQ(only(QStringLiteral("全区有孵化器23家。"), plan).kind, QStringLiteral("target"));
}

TEST(TargetReason, RoundTripsAndDescribesTheCues)
{
    const ExtractedTarget t
        = only(QStringLiteral("2030年，全市核心产业规模同比增长9%。"), news(2031));
    EXPECT_EQ(t.reason.yearCue, YearCue::Stated);
    EXPECT_EQ(t.reason.genre, DocumentGenre::News);
    const TargetReason back = targetReasonFromJson(targetReasonToJson(t.reason));
    EXPECT_EQ(back.kindCue, t.reason.kindCue);
    EXPECT_EQ(back.kindWord, t.reason.kindWord);
    EXPECT_EQ(back.yearCue, t.reason.yearCue);
    EXPECT_EQ(back.indicatorWord, t.reason.indicatorWord);
    EXPECT_EQ(back.genre, t.reason.genre);
    const QString text = describeTargetReason(t.reason, t.kind, t.year);
    EXPECT_TRUE(text.contains(QStringLiteral("baseline"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2030"))) << text.toStdString();
    EXPECT_EQ(targetReasonFromJson(u"").kindCue, KindCue::None);
}

TEST(Indicators, GrowthRatesCountsAndRelatedIndustryAreNotCoreScale)
{
    EXPECT_EQ(only(QStringLiteral("到2035年，核心产业规模年均增长20%。")).indicator,
        QStringLiteral("industry_growth_rate"));
    EXPECT_EQ(only(QStringLiteral("到2035年，核心产业企业超过900家。")).indicator,
        QStringLiteral("ai_enterprises"));
    EXPECT_EQ(only(QStringLiteral("到2035年，人工智能产业规模达到900亿元。")).indicator,
        QStringLiteral("ai_industry_scale"));
    EXPECT_EQ(only(QStringLiteral("到2035年，带动相关产业规模达到900亿元。")).indicator,
        QStringLiteral("ai_related_industry_scale"));
    EXPECT_EQ(only(QStringLiteral("到2035年，核心产业规模达到900亿元。")).indicator,
        QStringLiteral("ai_core_industry_scale"));
}
