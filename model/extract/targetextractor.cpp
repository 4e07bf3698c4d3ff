#include "extract/targetextractor.h"

#include "extract/commitmentrules.h"
#include "extract/quantityfinder.h"
#include "extract/tableextractor.h"
#include "extract/yearresolver.h"
#include "text/sentencesplitter.h"
#include "text/textnormalizer.h"

#include <algorithm>

namespace policylens {

namespace {

constexpr qsizetype kChunkSize = 1 << 16;

const IndicatorTaxonomy &builtInTaxonomy()
{
    static const IndicatorTaxonomy taxonomy = IndicatorTaxonomy::builtIn();
    return taxonomy;
}

// The year a quantity is about: the nearest mention before it in its sentence, else the first
// one after it, else the year carried from a lead-in ("到2025年，……：" then a list).
std::optional<YearMention> yearFor(
    const QList<YearMention> &mentions, qsizetype local, const std::optional<YearMention> &carried)
{
    const YearMention *best = nullptr;
    for (const YearMention &m : mentions) {
        if (m.end <= local)
            best = &m;
    }
    if (best)
        return *best;
    for (const YearMention &m : mentions) {
        if (m.start >= local)
            return m;
    }
    return carried;
}

// The earliest deadline a document sets (到2025年, 2023年底前), read in windows of lines so
// that a long document needs no normalized copy of its whole text.
int earliestDeadline(const QString &text)
{
    int earliest = 0;
    constexpr qsizetype kWindow = 1 << 14;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = std::min(text.size(), start + kWindow);
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), end);
        if (end < text.size() && lineEnd > 0 && lineEnd - end < kWindow)
            end = lineEnd + 1;
        const NormalizedText norm
            = TextNormalizer::normalize(QStringView(text).mid(start, end - start));
        for (const YearMention &m : YearResolver::find(norm.text, 0)) {
            if (m.type == YearMention::Deadline && (earliest == 0 || m.year < earliest))
                earliest = m.year;
        }
        start = end;
    }
    return earliest;
}

// Only a list marker may stand before a year that frames its sentence: "(一)2022年，…".
bool opensSentence(QStringView sentence, qsizetype pos)
{
    if (sentence.left(pos).trimmed().compare(u"in", Qt::CaseInsensitive) == 0)
        return true; // In 2022, ...
    for (qsizetype i = 0; i < pos; ++i) {
        if (!QStringView(u"()（）一二三四五六七八九十0123456789.、—— ").contains(sentence[i]))
            return false;
    }
    return true;
}

QStringView headerOf(QStringView text, qsizetype start, qsizetype end)
{
    return start < 0 ? QStringView() : text.mid(start, end - start);
}

// A table cell without a year of its own belongs to the year its column (else its row) heads.
std::optional<YearMention> headerYear(QStringView all, const SentenceSpan &span, int documentYear)
{
    for (const QStringView header : { headerOf(all, span.columnHeaderStart, span.columnHeaderEnd),
             headerOf(all, span.rowHeaderStart, span.rowHeaderEnd) }) {
        const QList<YearMention> years = YearResolver::find(header, documentYear);
        if (!years.isEmpty())
            return years.first();
    }
    return std::nullopt;
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
    const int documentYear
        = ctx.published.isValid() ? ctx.published.year() : YearResolver::guessDocumentYear(text);
    // Long documents are read in pieces that end at a paragraph break, so the working memory
    // (normalized copy, offset map, numerals) stays bounded whatever the document's size.
    commitmentrules::DocumentYears years;
    years.documentYear = documentYear;
    if (documentYear == 0)
        years.earliestDeadline = earliestDeadline(text);
    CarriedYear carried;
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n) {
        qsizetype end = n;
        if (n - start > kChunkSize) {
            end = -1;
            for (qsizetype i = start + kChunkSize; i < n - 1 && i < start + 4 * kChunkSize; ++i) {
                if (text[i] == u'\n'
                    && (text[i + 1] == u'\n'
                        || (i > 0 && (text[i - 1] == u'。' || text[i - 1] == u'.')))) {
                    end = i + 1;
                    break;
                }
            }
            if (end < 0)
                end = text.indexOf(QLatin1Char('\n'), start + kChunkSize) + 1;
            if (end <= start)
                end = std::min(n, start + 4 * kChunkSize);
        }
        extractPiece(text, start, end, years, carried, out);
        TableExtractor::extract(text, start, end, documentYear, m_taxonomy, out);
        start = end;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ExtractedTarget &a, const ExtractedTarget &b) {
            return a.quoteStart < b.quoteStart;
        });
    return out;
}

void TargetExtractor::extractPiece(const QString &text, qsizetype pieceStart, qsizetype pieceEnd,
    const commitmentrules::DocumentYears &years, CarriedYear &carried,
    QList<ExtractedTarget> &out) const
{
    const int documentYear = years.documentYear;
    const NormalizedText norm
        = TextNormalizer::normalize(QStringView(text).mid(pieceStart, pieceEnd - pieceStart));
    const QStringView all(norm.text);
    const QList<Quantity> quantities = QuantityFinder::find(all);
    const QList<SentenceSpan> sentences = SentenceSplitter::split(all);

    qsizetype qi = 0;
    for (const SentenceSpan &span : sentences) {
        if (span.sectionHeading)
            carried = {};
        while (qi < quantities.size() && quantities[qi].start < span.start)
            ++qi;
        const QStringView sentence = all.mid(span.start, span.end - span.start);
        // Every sentence's years are read, even without figures: it may lead in a list.
        const QList<YearMention> mentions = YearResolver::find(sentence, documentYear);
        // "2023年、2024年、2025年分别达到100亿元、200亿元和300亿元": years pair with figures in
        // order.
        QList<YearMention> respective;
        if (sentence.contains(u"分别") && mentions.size() >= 2) {
            qsizetype firstLocal = -1;
            int committed = 0;
            for (qsizetype k = qi; k < quantities.size() && quantities[k].start < span.end; ++k) {
                const Quantity &q = quantities[k];
                const qsizetype local = q.start - span.start;
                if (q.isExcluded() || local < 0)
                    continue;
                const QString unit = commitmentrules::effectiveUnit(sentence, q, local);
                if (!commitmentrules::isCommitment(
                        sentence, q, unit, local, std::min(q.end, span.end) - span.start))
                    continue;
                if (firstLocal < 0)
                    firstLocal = local;
                ++committed;
            }
            for (const YearMention &m : mentions) {
                if (m.end <= firstLocal)
                    respective.append(m);
            }
            if (respective.size() != committed)
                respective.clear();
        }
        const bool recurring = commitmentrules::isRecurring(sentence);
        // A table cell is read with its headers: they say what it measures and for which year.
        const std::optional<YearMention> cellYear = headerYear(all, span, documentYear);
        const QString headers = headerOf(all, span.rowHeaderStart, span.rowHeaderEnd).toString()
            + u' ' + headerOf(all, span.columnHeaderStart, span.columnHeaderEnd).toString();
        int committedIndex = 0;
        for (; qi < quantities.size() && quantities[qi].start < span.end; ++qi) {
            const Quantity &q = quantities[qi];
            if (q.isExcluded())
                continue;
            const qsizetype local = q.start - span.start;
            const qsizetype localEnd = std::min(q.end, span.end) - span.start;
            const QString unit = commitmentrules::effectiveUnit(sentence, q, local);
            if (!commitmentrules::isCommitment(sentence, q, unit, local, localEnd))
                continue;
            // 每年 (every year) recurs: it inherits a year only from a genuine lead-in.
            const std::optional<YearMention> inherited = cellYear ? cellYear
                : carried.leadIn || !recurring                    ? carried.year
                                                                  : std::optional<YearMention>();
            std::optional<YearMention> year = respective.isEmpty()
                ? yearFor(mentions, local, inherited)
                : std::optional<YearMention>(respective[committedIndex]);
            ++committedIndex;
            const bool carriedYear = year && mentions.isEmpty() && !cellYear;

            ExtractedTarget t;
            t.kind = commitmentrules::kind(sentence, unit, local, localEnd, year, years);
            // Support measures are standing policy: a goal's year in an earlier sentence does not
            // date a subsidy after it; only a lead-in over a list does.
            if (t.kind == u"incentive" && carriedYear && !carried.leadIn) {
                year.reset();
                t.kind = commitmentrules::kind(sentence, unit, local, localEnd, year, years);
            }
            t.value = q.value.toDouble();
            if (q.valueMax)
                t.valueMax = q.valueMax->toDouble();
            t.unit = unit;
            t.counter = q.counter;
            t.comparator = q.valueMax
                ? QStringLiteral("range")
                : (q.comparator.isEmpty() ? QStringLiteral("=") : q.comparator);
            if (year)
                t.year = year->year;
            t.approximate = q.approximate;
            const QString before
                = headers + commitmentrules::clauseBefore(sentence, local).toString();
            t.indicator = m_taxonomy.match(span.rowHeaderStart >= 0
                    ? QStringView(before)
                    : commitmentrules::clauseBefore(sentence, local),
                commitmentrules::clauseAfter(
                    sentence, q.nounStart >= 0 ? q.nounStart - span.start : localEnd),
                unit);
            // Money a government gives is filed as funding unless a money indicator fits better.
            if (t.kind == u"incentive") {
                const IndicatorEntry *entry = m_taxonomy.find(t.indicator);
                if (!entry || entry->unit != u"CNY" || t.indicator == u"ai_core_industry_scale")
                    t.indicator = QStringLiteral("funds_and_subsidies");
            }
            t.start = pieceStart + norm.originalStart(span.start);
            t.end = pieceStart + norm.originalEnd(span.end);
            t.sentence = text.mid(t.start, t.end - t.start);
            t.quoteStart = pieceStart + norm.originalStart(q.start);
            t.quoteEnd = pieceStart + norm.originalEnd(q.end);
            t.confidence = confidenceFor(q, t.indicator, year, carriedYear);
            out.append(t);
        }
        // A year carries over to the sentences that follow when it frames its sentence
        // (到2025年, 截至2022年底, or 2022年 opening it), not when it is mentioned in passing
        // (根据2022年发布的方案).
        for (auto m = mentions.crbegin(); m != mentions.crend(); ++m) {
            if (m->type != YearMention::Plain || opensSentence(sentence, m->start)) {
                const QStringView tail = sentence.trimmed();
                carried.year = *m;
                carried.leadIn = tail.endsWith(u'：') || tail.endsWith(u':');
                break;
            }
        }
    }
}

} // namespace policylens
