// Years a statement is about, and whether it is a target, an incentive or a baseline.
#include "extract/targetextractor.h"
#include "extract/yearresolver.h"
#include "text/matchingnormalizer.h"

#include <thread>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

struct YearCase
{
    const char *text;
    int documentYear;
    int year; // 0: none
    YearMention::Type type;
};

void PrintTo(const YearCase &c, std::ostream *os)
{
    *os << c.text;
}

const YearCase kYears[] = {
    { "到2025年，规模达到100亿元", 2023, 2025, YearMention::Deadline },
    { "2025年前建成", 2023, 2025, YearMention::Deadline },
    { "2023年底前完成", 2023, 2023, YearMention::Deadline },
    { "至2025年末，建成", 2023, 2025, YearMention::Deadline },
    { "力争到2027年", 2025, 2027, YearMention::Deadline },
    { "2023—2025年，新增", 2023, 2025, YearMention::Deadline },
    { "截至2022年底，已有", 2023, 2022, YearMention::AsOf },
    { "截止到2020年底", 2021, 2020, YearMention::AsOf },
    { "2022年，全市规模达", 2023, 2022, YearMention::Plain },
    { "“十四五”期间", 2022, 2025, YearMention::Deadline },
    { "十四五末", 2022, 2025, YearMention::Deadline },
    { "“十三五”期间", 2021, 2020, YearMention::PastPeriod },
    { "今年", 2024, 2024, YearMention::Plain },
    { "明年", 2024, 2025, YearMention::Plain },
    { "去年", 2024, 2023, YearMention::AsOf },
    { "By 2025, the industry", 2023, 2025, YearMention::Deadline },
    { "by the end of 2026", 2023, 2026, YearMention::Deadline },
    { "In 2022, the industry grew", 2023, 2022, YearMention::Plain },
    { "during the 14th Five-Year Plan period", 2022, 2025, YearMention::Deadline },
    { "During the 13th Five-Year Plan period", 2021, 2020, YearMention::PastPeriod },
    { "较2022年翻一番", 2023, 0, YearMention::Plain },
    { "自2017年发布以来", 2023, 0, YearMention::Plain },
    { "《2023年工作要点》", 2023, 0, YearMention::Plain },
    { "2025年6月13日", 2025, 0, YearMention::Plain },
    { "方案（2023—2025年）", 2023, 0, YearMention::Plain },
    { "〔2023〕14号", 2023, 0, YearMention::Plain },
    { "规模3000亿元（2025年）", 2023, 2025, YearMention::Plain },
    { "targets for 2025", 2023, 2025, YearMention::Plain },
    { "实施方案（2025年版）", 2025, 0, YearMention::Plain },
};

} // namespace

class YearTable : public testing::TestWithParam<YearCase>
{
};

TEST_P(YearTable, FindsTheYearAStatementIsAbout)
{
    const YearCase c = GetParam();
    const NormalizedText n = MatchingNormalizer::normalize(QString::fromUtf8(c.text));
    const QList<YearMention> mentions = YearResolver::find(n.text, c.documentYear);
    if (c.year == 0) {
        EXPECT_TRUE(mentions.isEmpty()) << c.text << " gave " << mentions.first().year;
        return;
    }
    ASSERT_EQ(mentions.size(), 1) << c.text;
    EXPECT_EQ(mentions.first().year, c.year);
    EXPECT_EQ(mentions.first().type, c.type);
}

INSTANTIATE_TEST_SUITE_P(Years, YearTable, testing::ValuesIn(kYears));

TEST(YearResolver, GuessesTheDocumentYearFromItsDateLineOrNumber)
{
    EXPECT_EQ(YearResolver::guessDocumentYear(QStringLiteral("通知\n2023年4月18日\n正文")), 2023);
    EXPECT_EQ(YearResolver::guessDocumentYear(QStringLiteral("京政发〔2021〕3号，沪府〔2022〕5号")),
        2022);
    EXPECT_EQ(YearResolver::guessDocumentYear(QStringLiteral("没有日期")), 0);
}

namespace {

struct KindCase
{
    const char *text;
    const char *published;
    const char *kind;
    int year; // 0: none
};

void PrintTo(const KindCase &c, std::ostream *os)
{
    *os << c.text;
}

const KindCase kKinds[] = {
    { "到2025年核心产业规模达到3000亿元。", "2023-01-01", "target", 2025 },
    { "培育10家以上龙头企业。", "2023-01-01", "target", 0 },
    { "对认定的企业给予最高1000万元奖励。", "2023-01-01", "incentive", 0 },
    { "按投资额的30%给予补助。", "2023-01-01", "incentive", 0 },
    { "设立100亿元产业基金。", "2023-01-01", "incentive", 0 },
    { "市财政每年安排5亿元，用于支持算力建设。", "2023-01-01", "incentive", 0 },
    { "The city will allocate 2 billion yuan a year to the programme.", "2023-01-01", "incentive",
        0 },
    { "对年营业收入首次突破1亿元的企业，给予50万元奖励。", "2023-01-01", "incentive", 0 },
    { "2022年核心产业规模达2150亿元。", "2023-05-01", "baseline", 2022 },
    { "已集聚人工智能企业1048家。", "2023-05-01", "baseline", 0 },
    { "截至2022年底，全市共有企业500家。", "2023-05-01", "baseline", 2022 },
    { "到2025年底，基金规模突破300亿元。", "2023-05-01", "target", 2025 },
    { "2025年，全市算力达到1000P。", "2024-05-01", "target", 2025 },
    { "“十三五”期间，累计建成基站3万个。", "2021-05-01", "baseline", 2020 },
    { "“十四五”末，专利达到8000件。", "2022-05-01", "target", 2025 },
    { "Eligible firms receive a subsidy of up to 5 million yuan.", "2024-01-01", "incentive", 0 },
    { "By 2025, the core industry will exceed 300 billion yuan.", "2023-01-01", "target", 2025 },
    { "In 2022, the core industry grew by 12 percent.", "2023-01-01", "baseline", 2022 },
    { "By 2025, the number of AI enterprises will exceed 1,500.", "2023-01-01", "target", 2025 },
};

} // namespace

class KindTable : public testing::TestWithParam<KindCase>
{
};

TEST_P(KindTable, ClassifiesTargetsIncentivesAndBaselines)
{
    const KindCase c = GetParam();
    DocumentContext ctx;
    ctx.published = QDate::fromString(QString::fromUtf8(c.published), Qt::ISODate);
    const QList<ExtractedTarget> targets
        = TargetExtractor().extract(QString::fromUtf8(c.text), ctx);
    ASSERT_EQ(targets.size(), 1) << c.text;
    EXPECT_EQ(targets.first().kind, QString::fromUtf8(c.kind));
    EXPECT_EQ(targets.first().year.value_or(0), c.year);
}

INSTANTIATE_TEST_SUITE_P(Kinds, KindTable, testing::ValuesIn(kKinds));

TEST(TargetExtractor, LeadInYearAppliesToEveryListItem)
{
    const QString text = QStringLiteral(
        "到2025年，实现以下目标：\n（一）核心产业规模超过800亿元；\n"
        "（二）培育企业50家；\n（三）建成平台15个以上。\n二、重点任务\n新建平台3个。");
    const QList<ExtractedTarget> targets
        = TargetExtractor().extract(text, { QDate(2023, 1, 1), {} });
    ASSERT_EQ(targets.size(), 4);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(targets[i].year.value_or(0), 2025) << i;
    EXPECT_FALSE(targets[3].year.has_value()); // a new section ends the lead-in
}

TEST(TargetExtractor, IsUsableFromManyThreadsAtOnce)
{
    const TargetExtractor extractor;
    const QString text
        = QStringLiteral("到2025年，核心產業規模達到3000億元，培育龍頭企業10家以上。");
    QList<int> counts(8, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i)
                counts[t] += int(extractor.extract(text).size());
        });
    for (auto &th : threads)
        th.join();
    for (int c : counts)
        EXPECT_EQ(c, 100);
}

TEST(TargetExtractor, LongDocumentsAreReadInPiecesWithExactOffsets)
{
    // Well over one 64K-character piece: every paragraph's figure must come out, once, with
    // offsets that point at it in the original text.
    const QString paragraph
        = QStringLiteral("到2025年，全市人工智能核心产业规模达到3000亿元，培育龙头企业10家以上。"
                         "这一段用于填充篇幅，没有任何数字目标，只是普通的叙述文字。\n");
    QString text;
    const int paragraphs = 3000;
    for (int i = 0; i < paragraphs; ++i)
        text += paragraph;
    ASSERT_GT(text.size(), 3 * 65536);
    const QList<ExtractedTarget> targets
        = TargetExtractor().extract(text, { QDate(2023, 1, 1), {} });
    ASSERT_EQ(targets.size(), 2 * paragraphs);
    for (const ExtractedTarget &t : targets) {
        const QString quote = text.mid(t.quoteStart, t.quoteEnd - t.quoteStart);
        EXPECT_TRUE(quote == QStringLiteral("3000亿元") || quote == QStringLiteral("10家"))
            << quote.toStdString();
        EXPECT_EQ(t.year.value_or(0), 2025);
    }
}

TEST(TargetExtractor, BareMagnitudesTakeTheirUnitFromContext)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(
        QStringLiteral("数据中心机架规模达到10万标准机架，地区生产总值达到3万亿，用户数达到4.6亿，"
                       "核心产业营业收入突破1000亿。全市共有企业5万。"));
    ASSERT_EQ(targets.size(), 4); // 5万 after 共有 has no verb of reaching: not claimed
    EXPECT_EQ(targets[0].unit, QStringLiteral("count"));
    EXPECT_EQ(targets[0].value, 100000.0);
    EXPECT_EQ(targets[1].unit, QStringLiteral("CNY"));
    EXPECT_EQ(targets[1].value, 3e12);
    EXPECT_EQ(targets[2].unit, QStringLiteral("count"));
    EXPECT_EQ(targets[2].value, 460000000.0);
    EXPECT_EQ(targets[3].unit, QStringLiteral("CNY"));
    EXPECT_EQ(targets[3].comparator, QStringLiteral(">"));
}

TEST(TargetExtractor, FiguresDescribingOtherThingsAreNotTargets)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(QStringLiteral(
        "到2025年，培育5家以上营收超百亿元的龙头企业，推进总投资超过200亿元的30个重大项目，"
        "形成10亿元的市场规模。"));
    QStringList quotes;
    for (const ExtractedTarget &t : targets)
        quotes << QString::number(t.value) + t.unit;
    EXPECT_EQ(quotes,
        QStringList(
            { QStringLiteral("5count"), QStringLiteral("30count"), QStringLiteral("1e+09CNY") }));
}

TEST(TargetExtractor, SlogansInQuotesAreNotTargets)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(QStringLiteral(
        "奋力推进“两个先行”，实施「三个一批」工程，培育「十个」示范项目，建设10个产业园。"));
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first().value, 10.0);
}

TEST(TargetExtractor, YearsMentionedInPassingDoNotCarryOver)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(
        QStringLiteral("根据市政府2022年发布的规划，制定本方案。培育龙头企业10家。"),
        { QDate(2024, 1, 1), {} });
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first().kind, QStringLiteral("target"));
    EXPECT_FALSE(targets.first().year.has_value());
}

TEST(TargetExtractor, SloganNumeralsAreNotTargets)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(QStringLiteral(
        "协调推进四个全面战略布局，建设全市一张网，实施人工智能十项行动，打造十大工程，"
        "落实二十条措施，坚持三步走战略，建设一个国家级人工智能创新平台。"));
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.first().value, 1.0);
    EXPECT_EQ(targets.first().unit, QStringLiteral("count"));
}

TEST(TargetExtractor, RespectiveYearsPairWithFiguresInOrder)
{
    const QList<ExtractedTarget> targets = TargetExtractor().extract(
        QStringLiteral("2023年、2024年、2025年全市核心产业规模分别达到100亿元、200亿元和300亿元。"),
        { QDate(2023, 1, 1), {} });
    ASSERT_EQ(targets.size(), 3);
    EXPECT_EQ(targets[0].year.value_or(0), 2023);
    EXPECT_EQ(targets[1].year.value_or(0), 2024);
    EXPECT_EQ(targets[2].year.value_or(0), 2025);
    EXPECT_EQ(targets[2].value, 3e10);
}
