#include "extract/targetextractor.h"

#include "extract/commitmentrules.h"
#include "extract/dateline.h"
#include "extract/quantityfinder.h"
#include "extract/tableextractor.h"
#include "extract/verticaltable.h"
#include "extract/yearresolver.h"
#include "text/matchingnormalizer.h"
#include "text/sentencesplitter.h"

#include <algorithm>

namespace policylens {

namespace {

constexpr qsizetype kChunkSize = 1 << 16;

const IndicatorTaxonomy &builtInTaxonomy()
{
    static const IndicatorTaxonomy taxonomy = IndicatorTaxonomy::builtIn();
    return taxonomy;
}

double confidenceFor(const Quantity &q, const QString &indicator,
    const std::optional<YearMention> &year, bool carriedYear)
{
    double c = 0.55;
    if (indicator != u"other")
        c += 0.2;
    if (year)
        c += carriedYear ? 0.05 : 0.12;
    if (!q.comparator.isEmpty() || q.valueMax)
        c += 0.05;
    if (q.chineseNumeral)
        c -= 0.1;
    if (q.unit.isEmpty())
        c -= 0.15; // unit inferred from context
    return std::clamp(c, 0.05, 0.99);
}

// The comparator's words as written around the figure (以上, 超过, more than).
QString comparatorWords(QStringView all, const Quantity &q)
{
    QString words = all.mid(q.contextStart, q.start - q.contextStart).trimmed().toString();
    const QString tail = all.mid(q.end, q.contextEnd - q.end).trimmed().toString();
    if (!tail.isEmpty())
        words += (words.isEmpty() ? QString() : QStringLiteral("…")) + tail;
    return words;
}

// The figure before in the same sentence and the comparator it was given.
struct ListItem
{
    const Quantity *quantity = nullptr;
    QString comparator;
};

// A figure continues a list when only 、/和/及 separate it from the one before, and then takes
// the comparator a word before that one gave (分别突破2000亿元、6000亿元).
QString listComparator(QStringView all, const ListItem &previous, const Quantity &q)
{
    if (!previous.quantity || previous.quantity->contextStart >= previous.quantity->start
        || previous.quantity->comparator.isEmpty())
        return {};
    const QStringView gap
        = all.mid(previous.quantity->end, q.start - previous.quantity->end).trimmed();
    if (gap == u"、" || gap == u"和" || gap == u"及" || gap == u"与")
        return previous.comparator;
    return {};
}

// Where the piece starting at start ends: at a paragraph break (an empty line, or a line
// ending a sentence) after kChunkSize characters, else at a line break, else at 4 × kChunkSize.
qsizetype pieceEnd(const QString &text, qsizetype start)
{
    const qsizetype n = text.size();
    if (n - start <= kChunkSize)
        return n;
    for (qsizetype i = start + kChunkSize; i < n - 1 && i < start + 4 * kChunkSize; ++i) {
        if (text[i] == u'\n'
            && (text[i + 1] == u'\n' || (i > 0 && (text[i - 1] == u'。' || text[i - 1] == u'.'))))
            return i + 1;
    }
    const qsizetype end = text.indexOf(QLatin1Char('\n'), start + kChunkSize) + 1;
    return end <= start ? std::min(n, start + 4 * kChunkSize) : end;
}

// The document's genre and years: its publication date, else the year guessed from its text
// (a news item's dateline, a bulletin's title year).
targetcontext::DocumentFacts documentFacts(const QString &text, const DocumentContext &ctx)
{
    targetcontext::DocumentFacts facts;
    facts.genre = ctx.genre.value_or(detectDocumentGenre(text));
    int documentYear
        = ctx.published.isValid() ? ctx.published.year() : YearResolver::guessDocumentYear(text);
    if (!ctx.published.isValid() && facts.genre == DocumentGenre::News
        && !findDateline(MatchingNormalizer::normalize(QStringView(text).left(3000)).text).isValid())
        documentYear = std::max(documentYear, targetcontext::newsYear(text));
    if (facts.genre == DocumentGenre::Statistics) {
        facts.reportYear = targetcontext::titleYear(text);
        if (!ctx.published.isValid() && facts.reportYear > 0)
            documentYear = std::max(documentYear, facts.reportYear + 1);
    }
    facts.years.documentYear = documentYear;
    if (documentYear == 0)
        facts.years.earliestDeadline = targetcontext::earliestDeadline(text);
    return facts;
}

// The piece of the original text a sentence was read from, with its normalized form.
struct Piece
{
    const QString &text;
    qsizetype start;
    const NormalizedText &norm;
};

// The indicator a figure measures, from its own clause (and a table cell's headers).
IndicatorMatch indicatorOf(const IndicatorTaxonomy &taxonomy, const targetcontext::Sentence &s,
    const Quantity &q, const QString &unit)
{
    const qsizetype local = q.start - s.span.start;
    const qsizetype localEnd = std::min(q.end, s.span.end) - s.span.start;
    const QString before = s.headers + commitmentrules::clauseBefore(s.text, local).toString();
    return taxonomy.matchWithKeyword(s.span.rowHeaderStart >= 0
            ? QStringView(before)
            : commitmentrules::clauseBefore(s.text, local),
        commitmentrules::clauseAfter(
            s.text, q.nounStart >= 0 ? q.nounStart - s.span.start : localEnd),
        unit);
}

// The target a committed figure makes, dated and of its kind; previous is the figure before it
// in the sentence (a list shares its comparator) and becomes this one.
ExtractedTarget targetFor(const Piece &piece, const targetcontext::Sentence &s, const Quantity &q,
    const QString &unit, const targetcontext::Dating &d, ListItem &previous,
    const IndicatorTaxonomy &taxonomy)
{
    const QStringView all(piece.norm.text);
    ExtractedTarget t;
    t.kind = d.decision.kind;
    t.reason.kindCue = d.decision.cue;
    t.reason.kindWord = d.decision.word;
    t.reason.yearCue = d.yearCue;
    t.reason.comparatorWord = comparatorWords(all, q);
    t.value = q.value.toDouble();
    if (q.valueMax)
        t.valueMax = q.valueMax->toDouble();
    t.unit = unit;
    t.counter = q.counter;
    t.comparator = q.valueMax ? QStringLiteral("range")
                              : commitmentrules::refineComparator(s.text, q.start - s.span.start,
                                  q.comparator, listComparator(all, previous, q),
                                  t.kind == u"incentive");
    previous = { &q, t.comparator };
    if (d.year)
        t.year = d.year->year;
    t.approximate = q.approximate;
    const IndicatorMatch match = indicatorOf(taxonomy, s, q, unit);
    t.indicator = match.key;
    t.reason.indicatorWord = match.keyword;
    // Money or a rate a government gives is support, whatever the sum is measured against (20%
    // of the investment is not an investment figure).
    if (t.kind == u"incentive")
        t.indicator = QStringLiteral("funds_and_subsidies");
    t.start = piece.start + piece.norm.originalStart(s.span.start);
    t.end = piece.start + piece.norm.originalEnd(s.span.end);
    t.sentence = piece.text.mid(t.start, t.end - t.start);
    t.quoteStart = piece.start + piece.norm.originalStart(q.start);
    t.quoteEnd = piece.start + piece.norm.originalEnd(q.end);
    t.confidence = confidenceFor(q, t.indicator, d.year, d.carriedYear);
    return t;
}

} // namespace

TargetExtractor::TargetExtractor()
    : m_taxonomy(builtInTaxonomy())
{ }

TargetExtractor::TargetExtractor(IndicatorTaxonomy taxonomy)
    : m_taxonomy(std::move(taxonomy))
{ }

QList<ExtractedTarget> TargetExtractor::extract(
    const QString &text, const DocumentContext &ctx) const
{
    QList<ExtractedTarget> out;
    const targetcontext::DocumentFacts facts = documentFacts(text, ctx);
    const int documentYear = facts.years.documentYear;
    // Long documents are read in pieces that end at a paragraph break, so the working memory
    // (normalized copy, offset map, numerals) stays bounded whatever the document's size.
    targetcontext::CarriedYear carried;
    for (qsizetype start = 0, end = 0; start < text.size(); start = end) {
        end = pieceEnd(text, start);
        extractPiece(text, start, end, facts, carried, out);
        TableExtractor::extract(text, start, end, documentYear, m_taxonomy, out);
        // A table with one cell per line: its rows were also read as sentences, without the
        // column that tells goal from outcome; the table's reading replaces theirs.
        QList<ExtractedTarget> cells;
        const auto rows = VerticalTable::extract(text, start, end, documentYear, m_taxonomy, cells);
        out.removeIf([&rows](const ExtractedTarget &t) {
            for (const auto &[rowStart, rowEnd] : rows) {
                if (t.quoteStart >= rowStart && t.quoteStart < rowEnd)
                    return true;
            }
            return false;
        });
        out += cells;
    }
    for (ExtractedTarget &t : out) {
        t.reason.genre = facts.genre;
        t.reason.decidedKind = t.kind;
        t.reason.decidedYear = t.year;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ExtractedTarget &a, const ExtractedTarget &b) {
            return a.quoteStart < b.quoteStart;
        });
    return out;
}

void TargetExtractor::extractPiece(const QString &text, qsizetype pieceStart, qsizetype pieceEnd,
    const targetcontext::DocumentFacts &facts, targetcontext::CarriedYear &carried,
    QList<ExtractedTarget> &out) const
{
    const int documentYear = facts.years.documentYear;
    const NormalizedText norm
        = MatchingNormalizer::normalize(QStringView(text).mid(pieceStart, pieceEnd - pieceStart));
    const QStringView all(norm.text);
    const QList<Quantity> quantities = QuantityFinder::find(all);
    const Piece piece { text, pieceStart, norm };
    qsizetype qi = 0;
    qsizetype previousEnd = -1;
    for (const SentenceSpan &span : SentenceSplitter::split(all)) {
        targetcontext::enterSentence(all, span, previousEnd, carried);
        previousEnd = span.end;
        while (qi < quantities.size() && quantities[qi].start < span.start)
            ++qi;
        const targetcontext::Sentence s
            = targetcontext::readSentence(all, span, quantities, qi, documentYear);
        ListItem previous;
        int committedIndex = 0;
        for (; qi < quantities.size() && quantities[qi].start < span.end; ++qi) {
            const Quantity &q = quantities[qi];
            if (q.isExcluded())
                continue;
            const qsizetype local = q.start - span.start;
            const qsizetype localEnd = std::min(q.end, span.end) - span.start;
            const QString unit = commitmentrules::effectiveUnit(s.text, q, local);
            if (!commitmentrules::isCommitment(s.text, q, unit, local, localEnd))
                continue;
            const targetcontext::Dating d = targetcontext::dateFigure(
                s, q, unit, local, localEnd, committedIndex++, facts, carried);
            out.append(targetFor(piece, s, q, unit, d, previous, m_taxonomy));
        }
        targetcontext::leaveSentence(s, documentYear, carried);
    }
}

} // namespace policylens
