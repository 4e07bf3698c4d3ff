// The indicator taxonomy: built-in data, user extensions, and matching near a number.
#include "extract/indicatortaxonomy.h"
#include "extract/targetextractor.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;

TEST(IndicatorTaxonomy, BuiltInListHasTheStableKeys)
{
    const IndicatorTaxonomy t = IndicatorTaxonomy::builtIn();
    for (const char *key : { "ai_core_industry_scale", "ai_related_industry_scale",
             "industry_growth_rate", "ai_enterprises", "leading_enterprises", "computing_power",
             "intelligent_computing_share", "large_models", "application_scenarios", "talent",
             "rd_spending", "funds_and_subsidies", "industrial_parks", "data_centres", "standards",
             "patents", "other" }) {
        const IndicatorEntry *e = t.find(QString::fromUtf8(key));
        ASSERT_NE(e, nullptr) << key;
        EXPECT_FALSE(e->nameZh.isEmpty()) << key;
        EXPECT_FALSE(e->nameEn.isEmpty()) << key;
    }
}

TEST(IndicatorTaxonomy, MatchesWordsAroundTheNumber)
{
    const IndicatorTaxonomy t = IndicatorTaxonomy::builtIn();
    EXPECT_EQ(t.match(QStringLiteral("人工智能核心产业规模达到"), QString(), QStringLiteral("CNY")),
        QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(t.match(QStringLiteral("培育"), QStringLiteral("龙头企业"), QStringLiteral("count")),
        QStringLiteral("leading_enterprises"));
    EXPECT_EQ(t.match(QStringLiteral("全市算力规模达到"), QString(), QStringLiteral("PFLOPS")),
        QStringLiteral("computing_power"));
    EXPECT_EQ(t.match(QStringLiteral("产业规模年均增长"), QString(), QStringLiteral("percent")),
        QStringLiteral("industry_growth_rate"));
    EXPECT_EQ(t.match(QStringLiteral("cultivate at least"), QStringLiteral("leading enterprises"),
                  QStringLiteral("count")),
        QStringLiteral("leading_enterprises"));
    EXPECT_EQ(t.match(QStringLiteral("完成"), QStringLiteral("次巡查"), QStringLiteral("count")),
        QStringLiteral("other"));
}

TEST(IndicatorTaxonomy, UsersCanAddAndExtendIndicators)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("extra.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"indicators": [
        {"key": "humanoid_robots", "name_zh": "人形机器人", "name_en": "Humanoid robots", "unit": "count",
         "keywords_zh": ["人形機器人"], "keywords_en": ["humanoid robots"]},
        {"key": "talent", "keywords_zh": ["博士后"]}
    ]})");
    f.close();

    IndicatorTaxonomy t = IndicatorTaxonomy::builtIn();
    const qsizetype before = t.entries().size();
    const Result<void> loaded = t.loadFile(path);
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    EXPECT_EQ(t.entries().size(), before + 1);
    // Keywords are stored Simplified, so Traditional spellings in the file still match.
    EXPECT_EQ(
        t.match(QStringLiteral("量产"), QStringLiteral("人形机器人"), QStringLiteral("count")),
        QStringLiteral("humanoid_robots"));
    EXPECT_EQ(t.match(QStringLiteral("引进"), QStringLiteral("博士后"), QStringLiteral("count")),
        QStringLiteral("talent"));
    EXPECT_FALSE(t.find(QStringLiteral("talent"))->nameZh.isEmpty()); // extended, not replaced

    const TargetExtractor extractor(t);
    const auto targets = extractor.extract(QStringLiteral("到2025年，量产人形機器人1000台。"));
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first().indicator, QStringLiteral("humanoid_robots"));
}

TEST(IndicatorTaxonomy, ReportsBadFilesByName)
{
    IndicatorTaxonomy t;
    const Result<void> missing = t.loadFile(QStringLiteral("/nonexistent/indicators.json"));
    EXPECT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("/nonexistent/indicators.json")));
    const Result<void> notAnArray = t.loadJson("{\"indicators\": 3}", QStringLiteral("inline.json"));
    EXPECT_FALSE(notAnArray);
    EXPECT_TRUE(notAnArray.error().contains(QStringLiteral("inline.json")));
    const Result<void> broken = t.loadJson("not json", QStringLiteral("broken.json"));
    EXPECT_FALSE(broken);
    EXPECT_TRUE(broken.error().contains(QStringLiteral("broken.json")));
}
