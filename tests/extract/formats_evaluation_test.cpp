// Scores extraction on the corpus as published (../shared/corpus-formats: every gold document laid
// out as DOCX and exported to PDF) against the same gold sets as the plain text, each file read
// through the real importers. The plain text of each document is read the same way, so the three
// columns differ only by format. Skips when the shared material is absent.
#include "extract/targetextractor.h"
#include "goldscorer.h"
#include "import/documentreader.h"

#include <QDir>
#include <QRegularExpression>

#include <array>
#include <cstdio>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::goldscoring;

namespace {

enum class Format { Txt, Docx, Pdf };
constexpr std::array kFormats = { Format::Txt, Format::Docx, Format::Pdf };

const char *formatName(Format f)
{
    switch (f) {
    case Format::Txt:
        return "txt";
    case Format::Docx:
        return "docx";
    case Format::Pdf:
        return "pdf";
    }
    return "";
}

struct FormatScores
{
    std::array<Score, 3> score;
    int unclean = 0; // source sentences from DOCX/PDF with a line break or a page number
    QStringList uncleanExamples;
};

bool cleanSentence(const QString &sentence)
{
    static const QRegularExpression pageNumber(QStringLiteral("[—-]\\s*\\d{1,3}\\s*[—-]"));
    return !sentence.contains(QLatin1Char('\n')) && !pageNumber.match(sentence).hasMatch();
}

// Every document of `corpusDir` that has gold, read as .txt, .docx and .pdf through the real
// importers, extracted with the manifest's publication date where it gives one.
FormatScores evaluate(const QString &corpusDir, const QString &goldDir)
{
    const QDir shared(QStringLiteral(POLICYLENS_SHARED_DIR));
    const QDir corpus(shared.filePath(corpusDir));
    const QDir formats(shared.filePath(QStringLiteral("corpus-formats")));
    const auto dates = publicationDates(corpus.filePath(QStringLiteral("MANIFEST.tsv")));
    const TargetExtractor extractor;
    const DocumentReader reader;
    FormatScores scores;
    for (size_t f = 0; f < kFormats.size(); ++f) {
        const Format format = kFormats[f];
        const auto load = [&](const QString &txtName) -> std::optional<QString> {
            const QString path = format == Format::Txt
                ? corpus.filePath(txtName)
                : formats.filePath(QFileInfo(txtName).completeBaseName() + u'.'
                    + QLatin1String(formatName(format)));
            const ImporterResult imported = reader.read(path);
            EXPECT_TRUE(imported.has_value()) << qPrintable(path) << ": " << qPrintable(imported.error());
            return imported.has_value() ? std::optional<QString>(imported->text) : std::nullopt;
        };
        const auto extract = [&](const QString &txtName, const QString &text) {
            DocumentContext ctx;
            ctx.published = dates.value(txtName);
            const QList<ExtractedTarget> predicted = extractor.extract(text, ctx);
            for (const ExtractedTarget &t : predicted) {
                if (format == Format::Txt || cleanSentence(t.sentence))
                    continue;
                ++scores.unclean;
                if (scores.uncleanExamples.size() < 5)
                    scores.uncleanExamples << txtName + QStringLiteral(": ") + t.sentence.left(80);
            }
            return predicted;
        };
        scores.score[f] = scoreCorpus(corpus, shared.filePath(goldDir), load, extract);
    }
    return scores;
}

void print(const char *title, const FormatScores &s)
{
    std::printf(
        "%s\n  format  gold predicted matched  precision recall  F1    kind  comparator\n", title);
    for (size_t f = 0; f < kFormats.size(); ++f) {
        const Score &t = s.score[f];
        std::printf("  %-6s %5d %9d %7d  %9.3f %6.3f %5.3f %5.3f %10.3f\n", formatName(kFormats[f]),
            t.gold, t.predicted, t.matched, t.precision(), t.recall(), t.f1(), t.kindAccuracy(),
            t.comparatorAccuracy());
    }
    for (size_t f = 1; f < kFormats.size(); ++f)
        printScore(formatName(kFormats[f]), s.score[f]);
    std::printf("  source sentences with a line break or page number (docx+pdf): %d\n", s.unclean);
    for (const QString &e : s.uncleanExamples)
        std::printf("    %s\n", qPrintable(e));
}

// DOCX and PDF score at most 0.02 below the plain text, and every source sentence they give is
// clean (no wrap break, no page number).
void expectFormatsHoldUp(const FormatScores &s, double txtFloor)
{
    const Score &txt = s.score[0], &docx = s.score[1], &pdf = s.score[2];
    EXPECT_GE(txt.f1(), txtFloor);
    EXPECT_GE(docx.f1(), txt.f1() - 0.02);
    EXPECT_GE(pdf.f1(), txt.f1() - 0.02);
    EXPECT_GE(docx.kindAccuracy(), txt.kindAccuracy() - 0.02);
    EXPECT_GE(pdf.kindAccuracy(), txt.kindAccuracy() - 0.02);
    EXPECT_EQ(s.unclean, 0);
}

bool sharedFormatsPresent()
{
    return QDir(QStringLiteral(POLICYLENS_SHARED_DIR "/corpus-formats")).exists();
}

} // namespace

TEST(FormatsEvaluation, GoldFromTxtDocxPdf)
{
    if (!sharedFormatsPresent())
        GTEST_SKIP() << "shared corpus-formats not present at " << POLICYLENS_SHARED_DIR;
    const FormatScores s = evaluate(QStringLiteral("corpus"), QStringLiteral("gold"));
    print("gold (corpus/, manifest publication dates)", s);
    // Measured: F1 1.000 from txt, docx and pdf alike (66 gold items); before paragraphs were
    // rebuilt from the PDF layout, pdf scored 1.000 too but showed wrapped source sentences.
    expectFormatsHoldUp(s, 0.97);
}

TEST(FormatsEvaluation, Gold2FromTxtDocxPdf)
{
    if (!sharedFormatsPresent())
        GTEST_SKIP() << "shared corpus-formats not present at " << POLICYLENS_SHARED_DIR;
    const FormatScores s = evaluate(QStringLiteral("gold2/corpus"), QStringLiteral("gold2/gold"));
    print("gold2 (dates from each document's dateline)", s);
    // Measured: F1 0.963, kind 0.994 from txt, docx and pdf alike (367 gold items). Before the
    // structure work (engine of b261e9f): txt 0.746, docx 0.745, pdf 0.713. The plain-text
    // figure is the extraction engine's; the formats must stay within 0.02 of it.
    expectFormatsHoldUp(s, 0.955);
}
