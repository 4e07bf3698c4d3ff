#include "extract/targetextractor.h"

#include "extract/commitmentrules.h"
#include "extract/dateline.h"
#include "extract/quantityfinder.h"
#include "extract/tableextractor.h"
#include "extract/verticaltable.h"
#include "extract/yearresolver.h"
#include "text/sentencesplitter.h"
#include "text/matchingnormalizer.h"

#include <QRegularExpression>

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
            = MatchingNormalizer::normalize(QStringView(text).mid(start, end - start));
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
    // A year heading a clause frames what follows: 如根据报告,2023年,该市…; 在…方面,今年…将.
    const QStringView before = sentence.left(pos).trimmed();
    if (!before.isEmpty() && QStringView(u"，,：:").contains(before.back()))
        return true;
    for (qsizetype i = 0; i < pos; ++i) {
        if (!QStringView(u"()（）一二三四五六七八九十0123456789.、—— ◆●▪•·■□◇○★☆-*►▶")
                 .contains(sentence[i]))
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

// A news item dated only by month and day (合肥1月23日电) is written in the year after the
// latest year it reports on, or in the latest year it sets goals for (2024年主要预期目标). Event
// names (2025年…大会) say nothing about the date.
int newsYear(const QString &text)
{
    const NormalizedText norm = MatchingNormalizer::normalize(QStringView(text).left(1 << 14));
    const QStringView all(norm.text);
    // A short first line is a headline; its year may name an event or the whole report.
    qsizetype titleEnd = all.indexOf(u'\n');
    if (titleEnd > 60)
        titleEnd = 0;
    int latest = 0;
    bool planned = false;
    for (const YearMention &m : YearResolver::find(all, 0)) {
        if (m.type != YearMention::Plain || m.start < titleEnd || m.year < latest)
            continue;
        const QStringView after = all.mid(m.end, 40);
        static const QRegularExpression eventName(
            QStringLiteral("^[^,，。;；]{0,25}(大会|会议|论坛|峰会|博览会|活动|交流会)"));
        if (eventName.match(after).hasMatch())
            continue;
        const bool goal = after.contains(u"将") || after.contains(u"力争")
            || after.contains(u"预期目标") || after.contains(u"目标是") || after.contains(u"目标为")
            || after.contains(u"这些目标") || after.contains(u"计划");
        if (m.year > latest)
            planned = false;
        latest = m.year;
        planned = planned || goal;
    }
    return latest == 0 ? 0 : (planned ? latest : latest + 1);
}

// A statistics bulletin reports on the year in its title.
int titleYear(const QString &text)
{
    const NormalizedText norm = MatchingNormalizer::normalize(QStringView(text).left(200));
    const QList<YearMention> years = YearResolver::find(norm.text, 0);
    return years.isEmpty() ? 0 : years.first().year;
}

// Where a figure's year came from, for its reason.
YearCue yearCueOf(QStringView sentence, const std::optional<YearMention> &year, bool carried,
    bool leadIn, bool respective)
{
    if (!year)
        return YearCue::None;
    if (respective)
        return YearCue::Respective;
    if (carried)
        return leadIn ? YearCue::LeadIn : YearCue::Carried;
    const QChar first = year->start < sentence.size() ? sentence[year->start] : QChar();
    if (first == u'今' || first == u'明' || first == u'去'
        || sentence.mid(year->start, 9).startsWith(u"this year", Qt::CaseInsensitive)
        || sentence.mid(year->start, 9).startsWith(u"last year", Qt::CaseInsensitive))
        return YearCue::Relative;
    if (first == u'十')
        return YearCue::PlanPeriod;
    switch (year->type) {
    case YearMention::Deadline:
        return YearCue::Deadline;
    case YearMention::AsOf:
        return YearCue::AsOf;
    case YearMention::PastPeriod:
        return YearCue::PlanPeriod;
    case YearMention::Plain:
        break;
    }
    return YearCue::Stated;
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

// 2023年、2024年、2025年分别达到100亿元、200亿元和300亿元: years pair with figures in order.
QList<YearMention> respectiveYears(QStringView sentence, const QList<YearMention> &mentions,
    const QList<Quantity> &quantities, qsizetype first, const SentenceSpan &span)
{
    if (!sentence.contains(u"分别") || mentions.size() < 2)
        return {};
    qsizetype firstLocal = -1;
    int committed = 0;
    for (qsizetype k = first; k < quantities.size() && quantities[k].start < span.end; ++k) {
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
    QList<YearMention> respective;
    for (const YearMention &m : mentions) {
        if (m.end <= firstLocal)
            respective.append(m);
    }
    if (respective.size() != committed)
        respective.clear();
    return respective;
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

// An item of a list: a marker the splitter knows ((一), 1., ①) or a bullet sign.
bool isListItem(QStringView sentence, const SentenceSpan &span)
{
    const QStringView t = sentence.trimmed();
    return span.listItem || (!t.isEmpty() && QStringView(u"◆●▪•·■□◇○★☆-*►▶").contains(t[0]));
}

// A new paragraph starts between two sentences when a line break separates them.
bool newParagraph(QStringView all, qsizetype previousEnd, qsizetype start)
{
    return previousEnd >= 0 && all.mid(previousEnd, start - previousEnd).contains(u'\n');
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
    DocumentFacts facts;
    facts.genre = ctx.genre.value_or(detectDocumentGenre(text));
    int documentYear
        = ctx.published.isValid() ? ctx.published.year() : YearResolver::guessDocumentYear(text);
    if (!ctx.published.isValid() && facts.genre == DocumentGenre::News
        && !findDateline(MatchingNormalizer::normalize(QStringView(text).left(3000)).text).isValid())
        documentYear = std::max(documentYear, newsYear(text));
    if (facts.genre == DocumentGenre::Statistics) {
        facts.reportYear = titleYear(text);
        if (!ctx.published.isValid() && facts.reportYear > 0)
            documentYear = std::max(documentYear, facts.reportYear + 1);
    }
    // Long documents are read in pieces that end at a paragraph break, so the working memory
    // (normalized copy, offset map, numerals) stays bounded whatever the document's size.
    facts.years.documentYear = documentYear;
    if (documentYear == 0)
        facts.years.earliestDeadline = earliestDeadline(text);
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
        start = end;
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
    const DocumentFacts &facts, CarriedYear &carried, QList<ExtractedTarget> &out) const
{
    const int documentYear = facts.years.documentYear;
    const NormalizedText norm
        = MatchingNormalizer::normalize(QStringView(text).mid(pieceStart, pieceEnd - pieceStart));
    const QStringView all(norm.text);
    const QList<Quantity> quantities = QuantityFinder::find(all);
    const QList<SentenceSpan> sentences = SentenceSplitter::split(all);

    qsizetype qi = 0;
    qsizetype previousEnd = -1;
    for (const SentenceSpan &span : sentences) {
        if (span.sectionHeading)
            carried = {};
        // A paragraph starts afresh, unless it is an item of the list a lead-in opened.
        if (newParagraph(all, previousEnd, span.start)) {
            if (!(carried.listLead && isListItem(all.mid(span.start, span.end - span.start), span))) {
                carried.frame = kindrules::Frame::None;
                carried.listLead = false;
            }
        }
        previousEnd = span.end;
        while (qi < quantities.size() && quantities[qi].start < span.start)
            ++qi;
        const QStringView sentence = all.mid(span.start, span.end - span.start);
        // Every sentence's years are read, even without figures: it may lead in a list.
        const QList<YearMention> mentions = YearResolver::find(sentence, documentYear);
        // What only figures need is read only in sentences that hold one.
        bool figures = false;
        for (qsizetype k = qi; k < quantities.size() && quantities[k].start < span.end; ++k)
            figures = figures || !quantities[k].isExcluded();
        const QList<YearMention> respective = figures
            ? respectiveYears(sentence, mentions, quantities, qi, span)
            : QList<YearMention>();
        const bool recurring = figures && commitmentrules::isRecurring(sentence);
        // A table cell is read with its headers: they say what it measures and for which year.
        const std::optional<YearMention> cellYear
            = figures ? headerYear(all, span, documentYear) : std::nullopt;
        const QString headers = figures
            ? headerOf(all, span.rowHeaderStart, span.rowHeaderEnd).toString() + u' '
                + headerOf(all, span.columnHeaderStart, span.columnHeaderEnd).toString()
            : QString();
        ListItem previous;
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

            // A bulletin's figures are about the year its title names.
            YearCue yearCue = YearCue::None;
            if (!year && facts.reportYear > 0) {
                year = YearMention { 0, 0, facts.reportYear, YearMention::Plain };
                yearCue = YearCue::ReportTitle;
            }
            const QString comparator = q.valueMax
                ? QStringLiteral("range")
                : (q.comparator.isEmpty() ? QStringLiteral("=") : q.comparator);
            kindrules::KindInput in { sentence, unit, local, localEnd, year,
                year.has_value() && !carriedYear && !mentions.isEmpty(), facts.years, facts.genre,
                carried.frame, comparator };
            kindrules::KindDecision decision = kindrules::decide(in);
            // Support measures are standing policy: a goal's year in an earlier sentence does not
            // date a subsidy after it; only a lead-in over a list does.
            if (decision.kind == u"incentive" && carriedYear && !carried.leadIn
                && year->type == YearMention::Deadline) {
                year.reset();
                in.year.reset();
                decision = kindrules::decide(in);
            }
            // A goal is never about a year already over: in a report, one without a year of its
            // own is about the document's year, not the past year an earlier sentence reported.
            if (decision.kind == u"target" && carriedYear && year->type == YearMention::Plain
                && documentYear > 0 && year->year < documentYear
                && (facts.genre == DocumentGenre::News || facts.genre == DocumentGenre::WorkReport)) {
                year = YearMention { 0, 0, documentYear, YearMention::Plain };
                yearCue = YearCue::Relative;
            }
            ExtractedTarget t;
            t.kind = decision.kind;
            t.reason.kindCue = decision.cue;
            t.reason.kindWord = decision.word;
            t.reason.yearCue = yearCue != YearCue::None ? yearCue
                : cellYear && year && mentions.isEmpty() && !carriedYear
                ? YearCue::Table
                : yearCueOf(sentence, year, carriedYear, carried.leadIn, !respective.isEmpty());
            t.reason.comparatorWord = comparatorWords(all, q);
            t.value = q.value.toDouble();
            if (q.valueMax)
                t.valueMax = q.valueMax->toDouble();
            t.unit = unit;
            t.counter = q.counter;
            t.comparator = q.valueMax
                ? QStringLiteral("range")
                : commitmentrules::refineComparator(sentence, local, q.comparator,
                    listComparator(all, previous, q), t.kind == u"incentive");
            previous = { &q, t.comparator };
            if (year)
                t.year = year->year;
            t.approximate = q.approximate;
            const QString before
                = headers + commitmentrules::clauseBefore(sentence, local).toString();
            const IndicatorMatch match = m_taxonomy.matchWithKeyword(span.rowHeaderStart >= 0
                    ? QStringView(before)
                    : commitmentrules::clauseBefore(sentence, local),
                commitmentrules::clauseAfter(
                    sentence, q.nounStart >= 0 ? q.nounStart - span.start : localEnd),
                unit);
            t.indicator = match.key;
            t.reason.indicatorWord = match.keyword;
            // Money or a rate a government gives is support, whatever the sum is measured
            // against (20% of the investment is not an investment figure).
            if (t.kind == u"incentive")
                t.indicator = QStringLiteral("funds_and_subsidies");
            t.start = pieceStart + norm.originalStart(span.start);
            t.end = pieceStart + norm.originalEnd(span.end);
            t.sentence = text.mid(t.start, t.end - t.start);
            t.quoteStart = pieceStart + norm.originalStart(q.start);
            t.quoteEnd = pieceStart + norm.originalEnd(q.end);
            t.confidence = confidenceFor(q, t.indicator, year, carriedYear);
            out.append(t);
        }
        const QStringView tail = sentence.trimmed();
        const bool leadIn = tail.endsWith(u'：') || tail.endsWith(u':');
        // Only a year that frames its sentence sets the paragraph's time, as below.
        QList<YearMention> framing;
        for (const YearMention &m : mentions) {
            if (m.type != YearMention::Plain || opensSentence(sentence, m.start))
                framing.append(m);
        }
        carried.frame = kindrules::frameAfter(sentence, framing, documentYear, carried.frame);
        // A lead-in opens a list: 主要预期目标是：, or a short heading line such as 报告提出.
        if (leadIn || (tail.size() <= 12 && !tail.isEmpty() && !QStringView(u"。.!！?？;；").contains(tail.back())))
            carried.listLead = true;
        // A year carries over to the sentences that follow when it frames its sentence
        // (到2025年, 截至2022年底, or 2022年 opening it), not when it is mentioned in passing
        // (根据2022年发布的方案).
        // A lead-in's year heads its list wherever it stands: 报告明确2025年…主要预期目标：
        for (auto m = mentions.crbegin(); m != mentions.crend(); ++m) {
            if (m->type != YearMention::Plain || leadIn || opensSentence(sentence, m->start)) {
                carried.year = *m;
                carried.leadIn = leadIn;
                break;
            }
        }
    }
}

} // namespace policylens
