// Scores extraction on the corpus as published (../shared/corpus-formats: every gold document laid
// out as DOCX and exported to PDF) against the same gold sets as the plain text, each file read
// through the real importers. The plain text of each document is read the same way, so the three
// columns differ only by format. Skips when the shared material is absent.
#include "extract/targetextractor.h"
#include "goldscorer.h"
#include "import/documentreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <array>
#include <cstdio>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::test;

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

struct GoldSet
{
    QString corpusDir; // the .txt files
    QString goldDir; // one .jsonl per document
    bool manifestDates = false; // gold/ is scored with the manifest's publication dates
};

struct FormatScores
{
    std::array<Tally, 3> tally;
    int unclean = 0; // source sentences from DOCX/PDF with a line break or a page number
    QStringList uncleanExamples;
};

QHash<QString, QDate> manifestDates(const QString &path)
{
    QHash<QString, QDate> dates;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return dates;
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 6)
            continue;
        const auto m = date.match(cols[5]);
        if (m.hasMatch())
            dates.insert(QFileInfo(cols[0]).completeBaseName(),
                QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    return dates;
}

bool cleanSentence(const QString &sentence)
{
    static const QRegularExpression pageNumber(QStringLiteral("[—-]\\s*\\d{1,3}\\s*[—-]"));
    return !sentence.contains(QLatin1Char('\n')) && !pageNumber.match(sentence).hasMatch();
}

FormatScores evaluate(const GoldSet &set)
{
    const QDir shared(QStringLiteral(POLICYLENS_SHARED_DIR));
    const QDir corpus(shared.filePath(set.corpusDir));
    const QDir formats(shared.filePath(QStringLiteral("corpus-formats")));
    const auto dates = set.manifestDates
        ? manifestDates(corpus.filePath(QStringLiteral("MANIFEST.tsv")))
        : QHash<QString, QDate>();
    const bool verbose = qEnvironmentVariableIsSet("POLICYLENS_EVAL_VERBOSE");
    const TargetExtractor extractor;
    const DocumentReader reader;
    FormatScores scores;
    for (const QString &name :
        corpus.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        const QString base = QFileInfo(name).completeBaseName();
        const QList<GoldItem> gold
            = loadGold(shared.filePath(set.goldDir + u'/' + base + QStringLiteral(".jsonl")));
        DocumentContext ctx;
        ctx.published = dates.value(base);
        for (size_t f = 0; f < kFormats.size(); ++f) {
            const QString path = kFormats[f] == Format::Txt
                ? corpus.filePath(name)
                : formats.filePath(base + u'.' + QLatin1String(formatName(kFormats[f])));
            const ImporterResult imported = reader.read(path);
            EXPECT_TRUE(imported.ok) << qPrintable(path) << ": " << qPrintable(imported.error);
            const QString &text = imported.document.text;
            const QList<ExtractedTarget> predicted = extractor.extract(text, ctx);
            const QString label = base + u'.' + QLatin1String(formatName(kFormats[f]));
            scoreDocument(gold, predicted, text, label, verbose, &scores.tally[f]);
            if (kFormats[f] == Format::Txt)
                continue;
            for (const ExtractedTarget &t : predicted) {
                if (cleanSentence(t.sentence))
                    continue;
                ++scores.unclean;
                if (scores.uncleanExamples.size() < 5)
                    scores.uncleanExamples << label + QStringLiteral(": ") + t.sentence.left(80);
            }
        }
    }
    return scores;
}

void print(const char *title, const FormatScores &s)
{
    std::printf(
        "%s\n  format  gold predicted matched  precision recall  F1    kind  comparator\n", title);
    for (size_t f = 0; f < kFormats.size(); ++f) {
        const Tally &t = s.tally[f];
        std::printf("  %-6s %5d %9d %7d  %9.3f %6.3f %5.3f %5.3f %10.3f\n", formatName(kFormats[f]),
            t.gold, t.predicted, t.matched, t.precision(), t.recall(), t.f1(), t.kindAccuracy(),
            t.comparatorAccuracy());
    }
    std::printf("  source sentences with a line break or page number (docx+pdf): %d\n", s.unclean);
    for (const QString &e : s.uncleanExamples)
        std::printf("    %s\n", qPrintable(e));
}

// DOCX and PDF score at most 0.02 below the plain text, and every source sentence they give is
// clean (no wrap break, no page number).
void expectFormatsHoldUp(const FormatScores &s, double txtFloor)
{
    const Tally &txt = s.tally[0], &docx = s.tally[1], &pdf = s.tally[2];
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
    const FormatScores s = evaluate({ QStringLiteral("corpus"), QStringLiteral("gold"), true });
    print("gold (corpus/, manifest publication dates)", s);
    // Measured: F1 1.000 from txt, docx and pdf alike (66 gold items); before paragraphs were
    // rebuilt from the PDF layout, pdf scored 1.000 too but showed wrapped source sentences.
    expectFormatsHoldUp(s, 0.97);
}

TEST(FormatsEvaluation, Gold2FromTxtDocxPdf)
{
    if (!sharedFormatsPresent())
        GTEST_SKIP() << "shared corpus-formats not present at " << POLICYLENS_SHARED_DIR;
    const FormatScores s
        = evaluate({ QStringLiteral("gold2/corpus"), QStringLiteral("gold2/gold"), false });
    print("gold2 (dates guessed from the text)", s);
    // Measured: F1 0.746 from txt, docx and pdf alike (367 gold items); before, pdf 0.713 and
    // docx 0.745. The plain-text figure is the extraction engine's; the floor here guards the
    // formats, which must stay within 0.02 of it.
    expectFormatsHoldUp(s, 0.73);
}
