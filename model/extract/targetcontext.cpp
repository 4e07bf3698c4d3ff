#include "extract/targetcontext.h"

#include "text/matchingnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace policylens::targetcontext {

namespace {

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

Sentence readSentence(QStringView all, const SentenceSpan &span, const QList<Quantity> &quantities,
    qsizetype first, int documentYear)
{
    Sentence s;
    s.span = span;
    s.text = all.mid(span.start, span.end - span.start);
    // Every sentence's years are read, even without figures: it may lead in a list.
    s.mentions = YearResolver::find(s.text, documentYear);
    bool figures = false;
    for (qsizetype k = first; k < quantities.size() && quantities[k].start < span.end; ++k)
        figures = figures || !quantities[k].isExcluded();
    if (!figures)
        return s;
    s.respective = respectiveYears(s.text, s.mentions, quantities, first, span);
    s.recurring = commitmentrules::isRecurring(s.text);
    // A table cell is read with its headers: they say what it measures and for which year.
    s.cellYear = headerYear(all, span, documentYear);
    s.headers = headerOf(all, span.rowHeaderStart, span.rowHeaderEnd).toString() + u' '
        + headerOf(all, span.columnHeaderStart, span.columnHeaderEnd).toString();
    return s;
}

Dating dateFigure(const Sentence &s, const Quantity &q, const QString &unit, qsizetype local,
    qsizetype localEnd, int committedIndex, const DocumentFacts &facts, const CarriedYear &carried)
{
    const int documentYear = facts.years.documentYear;
    // 每年 (every year) recurs: it inherits a year only from a genuine lead-in.
    const std::optional<YearMention> inherited = s.cellYear ? s.cellYear
        : carried.leadIn || !s.recurring                    ? carried.year
                                                            : std::optional<YearMention>();
    Dating d;
    std::optional<YearMention> &year = d.year;
    year = s.respective.isEmpty() ? yearFor(s.mentions, local, inherited)
                                  : std::optional<YearMention>(s.respective[committedIndex]);
    d.carriedYear = year && s.mentions.isEmpty() && !s.cellYear;
    // A bulletin's figures are about the year its title names.
    YearCue yearCue = YearCue::None;
    if (!year && facts.reportYear > 0) {
        year = YearMention { 0, 0, facts.reportYear, YearMention::Plain };
        yearCue = YearCue::ReportTitle;
    }
    const QString comparator = q.valueMax ? QStringLiteral("range")
                                          : (q.comparator.isEmpty() ? QStringLiteral("=") : q.comparator);
    kindrules::KindInput in { s.text, unit, local, localEnd, year,
        year.has_value() && !d.carriedYear && !s.mentions.isEmpty(), facts.years, facts.genre,
        carried.frame, comparator };
    d.decision = kindrules::decide(in);
    // Support measures are standing policy: a goal's year in an earlier sentence does not date a
    // subsidy after it; only a lead-in over a list does.
    if (d.decision.kind == u"incentive" && d.carriedYear && !carried.leadIn
        && year->type == YearMention::Deadline) {
        year.reset();
        in.year.reset();
        d.decision = kindrules::decide(in);
    }
    // Where a change starts from (从25增长到50) stands now, not at the change's deadline.
    if (d.decision.kind == u"baseline" && d.decision.cue == KindCue::AsOf && year
        && year->type == YearMention::Deadline
        && (d.decision.word == u"从" || d.decision.word == u"由" || d.decision.word == u"from"))
        year.reset();
    // A goal is never about a year already over: in a report, one without a year of its own is
    // about the document's year, not the past year an earlier sentence reported.
    if (d.decision.kind == u"target" && d.carriedYear && year && year->type == YearMention::Plain
        && documentYear > 0 && year->year < documentYear
        && (facts.genre == DocumentGenre::News || facts.genre == DocumentGenre::WorkReport)) {
        year = YearMention { 0, 0, documentYear, YearMention::Plain };
        yearCue = YearCue::Relative;
    }
    d.yearCue = yearCue != YearCue::None ? yearCue
        : s.cellYear && year && s.mentions.isEmpty() && !d.carriedYear
        ? YearCue::Table
        : yearCueOf(s.text, year, d.carriedYear, carried.leadIn, !s.respective.isEmpty());
    return d;
}

void enterSentence(
    QStringView all, const SentenceSpan &span, qsizetype previousEnd, CarriedYear &carried)
{
    if (span.sectionHeading)
        carried = {};
    // A paragraph starts afresh, unless it is an item of the list a lead-in opened.
    if (newParagraph(all, previousEnd, span.start)) {
        if (!(carried.listLead && isListItem(all.mid(span.start, span.end - span.start), span))) {
            carried.frame = kindrules::Frame::None;
            carried.listLead = false;
        }
    }
}

void leaveSentence(const Sentence &s, int documentYear, CarriedYear &carried)
{
    const QStringView sentence = s.text;
    const QStringView tail = sentence.trimmed();
    const bool leadIn = tail.endsWith(u'：') || tail.endsWith(u':');
    // Only a year that frames its sentence sets the paragraph's time, as below.
    QList<YearMention> framing;
    for (const YearMention &m : s.mentions) {
        if (m.type != YearMention::Plain || opensSentence(sentence, m.start))
            framing.append(m);
    }
    carried.frame = kindrules::frameAfter(sentence, framing, documentYear, carried.frame);
    // A lead-in opens a list: 主要预期目标是：, or a short heading line such as 报告提出.
    if (leadIn
        || (tail.size() <= 12 && !tail.isEmpty()
            && !QStringView(u"。.!！?？;；").contains(tail.back())))
        carried.listLead = true;
    // A year carries over to the sentences that follow when it frames its sentence (到2025年,
    // 截至2022年底, or 2022年 opening it), not when it is mentioned in passing (根据2022年发布的
    // 方案). A lead-in's year heads its list wherever it stands: 报告明确2025年…主要预期目标：
    for (auto m = s.mentions.crbegin(); m != s.mentions.crend(); ++m) {
        if (m->type != YearMention::Plain || leadIn || opensSentence(sentence, m->start)) {
            carried.year = *m;
            carried.leadIn = leadIn;
            break;
        }
    }
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

} // namespace policylens::targetcontext
