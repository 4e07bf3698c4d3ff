// Sentence units from document structure: a line is a block unless fixed-width wrapping is
// evident. Composed inputs only.
#include "extract/targetextractor.h"
#include "import/htmlimporter.h"
#include "text/linestructure.h"
#include "text/sentencesplitter.h"
#include "text/matchingnormalizer.h"

#include <gtest/gtest.h>

using namespace policylens;
namespace ls = policylens::linestructure;

namespace {

QStringList units(const QString &text)
{
    const NormalizedText norm = MatchingNormalizer::normalize(text);
    QStringList out;
    for (const SentenceSpan &s : SentenceSplitter::split(norm.text))
        out << norm.text.mid(s.start, s.end - s.start);
    return out;
}

const ExtractedTarget *targetWithValue(const QList<ExtractedTarget> &targets, double value)
{
    for (const ExtractedTarget &t : targets) {
        if (t.value == value)
            return &t;
    }
    return nullptr;
}

// `paragraph` wrapped at `columns` (an ideograph takes two), as a fixed-width text file holds
// Chinese: a line may end between any two characters.
QString wrapAtColumns(const QString &paragraph, int columns)
{
    QStringList lines(QString {});
    for (const QChar c : paragraph) {
        if (ls::displayWidth(lines.back()) + ls::displayWidth(QStringView(&c, 1)) > columns)
            lines << QString();
        lines.back().append(c);
    }
    return lines.join(u'\n');
}

} // namespace

TEST(Structure, ListLinesWithoutPunctuationAreUnitsOfTheirOwn)
{
    const QString text = QStringLiteral("到2026年，数字经济核心产业规模达到2000亿元以上\n"
                                        "引育链主企业8家以上\n新建智能算力5000P\n");
    EXPECT_EQ(units(text),
        QStringList({ QStringLiteral("到2026年，数字经济核心产业规模达到2000亿元以上"),
            QStringLiteral("引育链主企业8家以上"), QStringLiteral("新建智能算力5000P") }));
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text);
    const ExtractedTarget *firms = targetWithValue(targets, 8);
    ASSERT_NE(firms, nullptr);
    EXPECT_EQ(firms->sentence, QStringLiteral("引育链主企业8家以上"));
    EXPECT_EQ(firms->year, 2026); // the year still leads the list
}

TEST(Structure, ParagraphLinesOfVaryingLengthAreNeverJoined)
{
    const QString text = QStringLiteral("二、主要目标到二〇二六年基本建成全国领先的智能算力高地\n"
                                        "全市新增数据中心机架一万个\n"
                                        "人工智能相关企业数量突破一千家并形成若干产业集群\n"
                                        "短行\n");
    EXPECT_EQ(units(text).size(), 4);
}

TEST(Structure, FixedWidthChineseIsJoinedWhereTheLineIsFull)
{
    const QString first
        = QStringLiteral("到2026年，全市智能算力规模达到8000P以上，人工智能核心产业规模突"
                         "破1200亿元，培育具有全国影响力的龙头企业20家以上，建成一批"
                         "特色鲜明的应用示范区");
    const QString second
        = QStringLiteral("各区要落实主体责任，细化工作任务，确保各项目标如期完成，并于每年年底"
                         "前报送年度工作进展情况");
    const QString text = wrapAtColumns(first, 40) + u'\n' + wrapAtColumns(second, 40) + u'\n';
    EXPECT_EQ(units(text),
        QStringList(
            { QStringLiteral(
                  "到2026年，全市智能算力规模达到8000P以上，人工智能核心产业规模突破"
                  "1200亿元，培育具有全国影响力的龙头企业20家以上，建成一批特色鲜明的应用示范区"),
                second }));
    // The sentence shown for review is the stored text (offsets point into it): the whole
    // wrapped paragraph, not the line the figure stands on.
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text);
    const ExtractedTarget *scale = targetWithValue(targets, 1200e8);
    ASSERT_NE(scale, nullptr);
    EXPECT_TRUE(scale->sentence.startsWith(QStringLiteral("到2026年")))
        << scale->sentence.toStdString();
    EXPECT_EQ(scale->year, 2026);
}

TEST(Structure, FixedWidthEnglishBreaksOnlyWhereTheNextWordDidNotFit)
{
    const QString text
        = QStringLiteral("By 2026 the city plans to raise the revenue of its core AI\n"
                         "industry to more than 120 billion yuan and to attract\n"
                         "twenty leading companies to its new development zones\n"
                         "A short heading\n"
                         "The second paragraph starts here and it keeps going for\n"
                         "everything so that the wrapping is visible in the file\n");
    EXPECT_EQ(units(text),
        QStringList({ QStringLiteral(
                          "By 2026 the city plans to raise the revenue of its core AI industry "
                          "to more than 120 billion yuan and to attract twenty leading "
                          "companies to its new development zones"),
            QStringLiteral("A short heading"),
            QStringLiteral("The second paragraph starts here and it keeps going for everything so "
                           "that the wrapping is visible in the file") }));
}

TEST(Structure, HtmlBlocksAreUnits)
{
    const QByteArray html = QStringLiteral(
        "<html><body><h2>发展目标</h2><p>到2026年，产业规模达到500亿元</p>"
        "<p>培育企业10家以上</p>第一行<br>第二行<ul><li>新建基站3000个</li><li>算力200P</li></ul>"
        "<table><tr><th>指标</th><th>2026年</th></tr><tr><td>企业数（家）</td><td>10</td></tr></"
        "table>"
        "</body></html>")
                                .toUtf8();
    const ImporterResult r = HtmlImporter::import(html, ImportLimits());
    ASSERT_TRUE(r.has_value());
    const QStringList u = units(r->text);
    for (const char *unit : { "发展目标", "到2026年，产业规模达到500亿元", "培育企业10家以上",
             "第一行", "第二行", "新建基站3000个", "算力200P" })
        EXPECT_TRUE(u.contains(QString::fromUtf8(unit)))
            << unit << " in " << u.join(u'|').toStdString();
    EXPECT_TRUE(r->text.contains(QStringLiteral("指标\t2026年\n企业数（家）\t10")));
}

TEST(Structure, ListMarkersAndSentenceEnds)
{
    for (const char *s :
        { "一、总体要求", "(三)加强保障", "（十二）其他", "1. Scope", "2、范围", "3）项目",
            "① 第一项", "——加快建设", "第三章 附则", "第十二条 本办法", "- item", "• 要点" })
        EXPECT_TRUE(ls::startsWithListMarker(QString::fromUtf8(s))) << s;
    for (const char *s :
        { "1.5万亿元的规模", "2025年目标", "(以下简称方案)", "第三季度", "-3%", "一批企业" })
        EXPECT_FALSE(ls::startsWithListMarker(QString::fromUtf8(s))) << s;
    EXPECT_TRUE(ls::endsSentence(QStringLiteral("达到100亿元。”")));
    EXPECT_TRUE(ls::endsSentence(QStringLiteral("主要目标：")));
    EXPECT_FALSE(ls::endsSentence(QStringLiteral("达到100亿元，")));
    EXPECT_EQ(ls::firstWordWidth(QStringLiteral("产业")), 2);
    EXPECT_EQ(ls::firstWordWidth(QStringLiteral("亿，元")), 4);
    EXPECT_EQ(ls::firstWordWidth(QStringLiteral("billion yuan")), 7);
}

TEST(Structure, TheTextShowsWhereASentenceGoesOn)
{
    const auto continues = [](const char *line, const char *next) {
        return ls::continuesOnNextLine(QString::fromUtf8(line), QString::fromUtf8(next));
    };
    EXPECT_TRUE(continues("带动相关产业规模超过50", "00亿元，培育企业"));
    EXPECT_TRUE(continues("全市人工智能核心产业规模达到", "800亿元以上"));
    EXPECT_TRUE(continues("新增智能算力不少于", "2000P。"));
    EXPECT_TRUE(continues("全区产业规模达到500亿元，", "建设8个产业园"));
    EXPECT_TRUE(continues("数字经济核心产业增加值占地区生产总值比重", "，达到15%"));
    EXPECT_TRUE(continues("the plan was approved by the municipal", "government in May."));
    EXPECT_FALSE(continues("培育企业10家以上", "新增算力12000P"));
    EXPECT_FALSE(continues("发展目标", "到2026年，产业规模达到500亿元"));
    EXPECT_FALSE(continues("主要目标如下：", "(一)产业规模"));
    EXPECT_FALSE(continues("全区产业规模达到500亿元，", "（二）企业数量"));
    EXPECT_FALSE(continues("Key targets", "By 2026 the city will"));
    EXPECT_FALSE(continues("指标\t2026年", "企业数\t10"));
}

TEST(Structure, ANumberSplitAcrossLinesIsReadWhole)
{
    const QStringList u = units(QStringLiteral("到2026年，带动相关产业规模超过50\n00亿元。\n"));
    EXPECT_EQ(u, QStringList({ QStringLiteral("到2026年，带动相关产业规模超过5000亿元。") }));
}

TEST(Structure, TableCellsAreUnitsWithTheirHeaders)
{
    const QString text = QStringLiteral("指标\t2024年\t2026年\n核心产业规模\t2150亿元\t3000亿元\n"
                                        "链主企业\t60家\t100家\n");
    const NormalizedText norm = MatchingNormalizer::normalize(text);
    const QList<SentenceSpan> spans = SentenceSplitter::split(norm.text);
    const auto at = [&](const QString &cell) -> const SentenceSpan * {
        for (const SentenceSpan &s : spans) {
            if (norm.text.mid(s.start, s.end - s.start) == cell)
                return &s;
        }
        return nullptr;
    };
    const SentenceSpan *cell = at(QStringLiteral("3000亿元"));
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(
        norm.text.mid(cell->columnHeaderStart, cell->columnHeaderEnd - cell->columnHeaderStart),
        QStringLiteral("2026年"));
    EXPECT_EQ(norm.text.mid(cell->rowHeaderStart, cell->rowHeaderEnd - cell->rowHeaderStart),
        QStringLiteral("核心产业规模"));
    ASSERT_NE(at(QStringLiteral("链主企业")), nullptr);
    EXPECT_EQ(at(QStringLiteral("链主企业"))->rowHeaderStart, -1); // a header has no header

    // The figures take their year from the column and their indicator from the row, as the
    // same statement in prose would.
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text);
    const QList<ExtractedTarget> prose = TargetExtractor().extract(
        QStringLiteral("到2026年，核心产业规模达到3000亿元，链主企业达到100家。"));
    for (const double value : { 3000e8, 100.0 }) {
        const ExtractedTarget *cellTarget = targetWithValue(targets, value);
        const ExtractedTarget *proseTarget = targetWithValue(prose, value);
        ASSERT_NE(cellTarget, nullptr) << value;
        ASSERT_NE(proseTarget, nullptr) << value;
        EXPECT_EQ(cellTarget->year, 2026) << value;
        EXPECT_EQ(cellTarget->indicator, proseTarget->indicator) << value;
        EXPECT_FALSE(cellTarget->sentence.contains(u'\t')) << value;
    }
    const ExtractedTarget *earlier = targetWithValue(targets, 60);
    ASSERT_NE(earlier, nullptr);
    EXPECT_EQ(earlier->year, 2024);
}
