// PdfLayout on composed pages: lines with the boxes a GB/T 9704-style layout gives them (16 pt
// text, 28 pt line pitch, a two-character first-line indent, a 27-character column), and an
// English ragged-right page. No shared document is copied here.
#include "import/pdflayout.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

constexpr double kEm = 16;
constexpr double kLeft = 80;
constexpr double kRight = 80 + 27 * kEm; // a full line of 27 ideographs

// A line of `columns` ideograph widths starting `indent` ems in, on line `row` of the page.
PdfTextLine cjk(const QString &text, int row, double indent = 0, double columns = -1)
{
    const double width = (columns < 0 ? 27 - indent : columns) * kEm;
    return { text, QRectF(kLeft + indent * kEm, 100 + row * 28, width, kEm) };
}

PdfTextLine footer(const QString &text)
{
    return { text, QRectF(280, 790, 40, 8) };
}

} // namespace

TEST(PdfLayout, WrappedLinesOfAParagraphJoinWithoutBreaks)
{
    const PdfTextPage page
        = { cjk(QStringLiteral("到 2025 年，全市人工智能核心产业规模达到"), 0, 2),
              cjk(QStringLiteral("3000 亿元以上，培育龙头企业 10 家。"), 1, 0, 18) };
    EXPECT_EQ(PdfLayout::text({ page }),
        QStringLiteral("到2025年，全市人工智能核心产业规模达到3000亿元以上，培育龙头企业10家。"));
}

TEST(PdfLayout, AnIndentedLineOpensAParagraphEvenAfterAFullLine)
{
    // The first paragraph's last line fills the column and has no closing punctuation; only the
    // indent of the next line (on the next page, after the page number) shows the new paragraph.
    const PdfTextPage first
        = { cjk(QStringLiteral("到二〇二七年，建成算力中心五个，打造应用"), 0, 2),
              cjk(QStringLiteral("场景一百个左右，形成一批可复制推广的"), 1),
              cjk(QStringLiteral("典型应用场景"), 2), footer(QStringLiteral("— 1 —")) };
    const PdfTextPage second = { cjk(QStringLiteral("2030 年，产业规模再上新台阶。"), 0, 2, 12),
        footer(QStringLiteral("— 2 —")) };
    EXPECT_EQ(PdfLayout::text({ first, second }),
        QStringLiteral(
            "到二〇二七年，建成算力中心五个，打造应用场景一百个左右，形成一批可复制推广的"
            "典型应用场景\n2030年，产业规模再上新台阶。"));
}

TEST(PdfLayout, AShortLineEndsItsParagraph)
{
    // The full lines of the first paragraph show where the column ends.
    const PdfTextPage page = { cjk(QStringLiteral("为加快发展，制定本方案"), 0, 2),
        cjk(QStringLiteral("如下"), 1), cjk(QStringLiteral("一、总体目标"), 2, 2, 6),
        cjk(QStringLiteral("产业规模稳步扩大"), 3, 0, 8),
        cjk(QStringLiteral("企业数量持续增加"), 4, 0, 8) };
    EXPECT_EQ(PdfLayout::text({ page }),
        QStringLiteral(
            "为加快发展，制定本方案如下\n一、总体目标\n产业规模稳步扩大\n企业数量持续增加"));
}

TEST(PdfLayout, ASentenceGoesOnAcrossAPageBreak)
{
    const PdfTextPage first
        = { cjk(QStringLiteral("全市新增算力规模超过"), 0, 2), footer(QStringLiteral("- 1 -")) };
    const PdfTextPage second
        = { cjk(QStringLiteral("500 PFLOPS。"), 0, 0, 6), footer(QStringLiteral("- 2 -")) };
    EXPECT_EQ(
        PdfLayout::text({ first, second }), QStringLiteral("全市新增算力规模超过500 PFLOPS。"));
}

TEST(PdfLayout, RunningHeadersAreDropped)
{
    QList<PdfTextPage> pages;
    for (int p = 0; p < 3; ++p) {
        const PdfTextLine header { QStringLiteral("某市人民政府公报 第%1期").arg(p + 7),
            QRectF(200, 40, 200, 10) };
        pages.append({ header, cjk(QStringLiteral("第%1页正文的第一行").arg(p + 1), 0, 2),
            cjk(QStringLiteral("和第二行。"), 1, 0, 5),
            footer(QStringLiteral("第 %1 页 共 3 页").arg(p + 1)) });
    }
    EXPECT_EQ(PdfLayout::text(pages),
        QStringLiteral("第1页正文的第一行和第二行。\n第2页正文的第一行和第二行。\n第3页正文的第一行"
                       "和第二行。"));
}

TEST(PdfLayout, ACentredTitleContinuesUnderAFullLine)
{
    const PdfTextPage page = {
        { QStringLiteral("某市关于印发人工智能产业高质量发展三年行动"),
            QRectF(kLeft, 60, 27 * kEm, 22) },
        { QStringLiteral("计划的通知"), QRectF(kLeft + 11 * kEm, 90, 5 * kEm, 22) },
        cjk(QStringLiteral("各区人民政府："), 2, 0, 7),
    };
    EXPECT_EQ(PdfLayout::text({ page }),
        QStringLiteral("某市关于印发人工智能产业高质量发展三年行动计划的通知\n各区人民政府："));
}

TEST(PdfLayout, EnglishRaggedLinesJoinWithSpacesAndParagraphsByIndent)
{
    // Ragged right: a line ends where the next word would not have fitted.
    const auto en = [](const QString &text, int row, double left, double right) {
        return PdfTextLine { text, QRectF(left, 100 + row * 28, right - left, 14) };
    };
    const PdfTextPage page = {
        en(QStringLiteral("The city aims to expand its computing "), 0, 112, 455),
        en(QStringLiteral("power to 50 EFLOPS and two industry-"), 1, 80, 430),
        en(QStringLiteral("specific models by the end of 2025."), 2, 80, 380),
        en(QStringLiteral("It will also build more than twenty "), 3, 112, 430),
        en(QStringLiteral("application scenarios, healthcare, finance, "), 4, 80, 500),
        en(QStringLiteral("transportation and governance."), 5, 80, 330),
        en(QStringLiteral("A short closing line."), 6, 80, 250),
    };
    EXPECT_EQ(PdfLayout::text({ page }),
        QStringLiteral("The city aims to expand its computing power to 50 EFLOPS and two "
                       "industry-specific models by the end of 2025.\nIt will also build more than "
                       "twenty application scenarios, healthcare, finance, transportation and "
                       "governance.\nA short closing line."));
}

TEST(PdfLayout, CellsOfATableRowAreSeparatedByTabs)
{
    const auto cell = [](const QString &text, int row, double left) {
        return PdfTextLine { text, QRectF(left, 100 + row * 28, 60, kEm) };
    };
    const PdfTextPage page
        = { cell(QStringLiteral("指标"), 0, 80), cell(QStringLiteral("2025年"), 0, 250),
              cell(QStringLiteral("算力规模"), 1, 80), cell(QStringLiteral("500"), 1, 250) };
    EXPECT_EQ(PdfLayout::text({ page }), QStringLiteral("指标\t2025年\n算力规模\t500"));
}

TEST(PdfLayout, WithoutGeometryLinesAreJudgedByTheirText)
{
    const PdfTextPage page = { { QStringLiteral("到2025年，全市数字经济核心产业增加值占"),
                                   QRectF() },
        { QStringLiteral("地区生产总值比重达到15%。"), QRectF() },
        { QStringLiteral("(一)培育龙头企业"), QRectF() }, { QStringLiteral("— 3 —"), QRectF() } };
    EXPECT_EQ(PdfLayout::text({ page }),
        QStringLiteral(
            "到2025年，全市数字经济核心产业增加值占地区生产总值比重达到15%。\n(一)培育龙头企业"));
}

TEST(PdfLayout, PageNumbers)
{
    for (const char *s : { "— 12 —", "- 3 -", "3", "第 3 页", "第3页 共10页", "3 / 10", "Page 4",
             "page 4 of 9", "－ 7 －" })
        EXPECT_TRUE(PdfLayout::isPageNumber(QString::fromUtf8(s))) << s;
    for (const char *s : { "2025年", "第三章", "10家", "— 1 — 2025", "3000亿元", "Page four" })
        EXPECT_FALSE(PdfLayout::isPageNumber(QString::fromUtf8(s))) << s;
}

TEST(PdfLayout, SpacesBesideDigitsInChineseAreLayout)
{
    EXPECT_EQ(PdfLayout::removeCjkSpacing(QStringLiteral("到 2025 年达到 1500 亿元，AI 产业")),
        QStringLiteral("到2025年达到1500亿元，AI产业"));
    // Between Latin words, and between two Chinese characters, a space is the author's.
    EXPECT_EQ(PdfLayout::removeCjkSpacing(QStringLiteral("50 EFLOPS 算力 中心")),
        QStringLiteral("50 EFLOPS算力 中心"));
}
