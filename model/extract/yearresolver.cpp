#include "extract/yearresolver.h"

#include "extract/dateline.h"
#include "extract/numeralparser.h"
#include "extract/unitmatcher.h"
#include "text/matchingnormalizer.h"
#include "text/textscan.h"

#include <optional>

namespace policylens {

namespace {

using textscan::at;

bool isDash(QChar c)
{
    return c == u'-' || c == u'—' || c == u'–' || c == u'~' || c == u'～' || c == u'至'
        || c == u'到';
}

bool endsWithAny(QStringView text, std::initializer_list<QStringView> words, qsizetype *length)
{
    for (const QStringView w : words) {
        if (text.endsWith(w, Qt::CaseInsensitive)) {
            *length = w.size();
            return true;
        }
    }
    return false;
}

bool insideOpen(QStringView text, qsizetype pos, QChar open, QChar close, int reach)
{
    for (qsizetype i = pos - 1; i >= 0 && pos - i <= reach; --i) {
        if (text[i] == close)
            return false;
        if (text[i] == open)
            return true;
    }
    return false;
}

// A four-digit year (or 二〇二五) at pos: returns its value and end, or 0.
int yearAt(QStringView text, qsizetype pos, qsizetype *end)
{
    if (pos > 0 && (text[pos - 1].isDigit() || text[pos - 1] == u'.'))
        return 0;
    const auto n = NumeralParser::parseAt(text, pos);
    if (!n || n->magnitude || !n->value.isInteger() || n->separators)
        return 0;
    if (!(n->arabicIntegerDigits == 4 || n->digitString))
        return 0;
    const double v = n->value.toDouble();
    if (v < 1949 || v > 2100)
        return 0;
    *end = n->end;
    return int(v);
}

// A lower bound from the section on the current situation (一、发展现状): what it reports
// for a whole year (2022年，规模达…) lies behind the document, which is therefore at least a year
// later; a figure as of a date within a year (截至2023年6月) dates the document to that year.
int afterCurrentSituation(QStringView text)
{
    int bound = 0;
    bool inSection = false;
    textscan::forEachTrimmedLine(text, [&](QStringView line) {
        // A heading: short, no sentence end, opening with a list marker (一、, (一), 1.).
        const bool heading = line.size() <= 30 && !line.contains(u'。') && !line.isEmpty()
            && (NumeralParser::chineseDigit(line[0].unicode()) > 0 || line[0] == u'十'
                || line[0] == u'(' || line[0] == u'（' || line[0] == u'第');
        if (heading) {
            inSection = line.contains(u"现状");
            return true;
        }
        if (!inSection)
            return true;
        for (const YearMention &m : YearResolver::find(line, 0)) {
            if (m.type == YearMention::Plain)
                bound = std::max(bound, m.year + 1);
            else if (m.type == YearMention::AsOf)
                bound = std::max(bound, m.year);
        }
        return true;
    });
    return bound;
}

// "this year", "last year", "next year", resolved from the document's year; "by the end of
// this year" is a deadline.
// "as of September", "by the end of June" with no year: a date earlier in the document's own
// year, which news reports as reached.
std::optional<YearMention> englishMonthAsOf(QStringView text, qsizetype i, int documentYear)
{
    static const char16_t *const months[] = { u"January", u"February", u"March", u"April", u"May",
        u"June", u"July", u"August", u"September", u"October", u"November", u"December" };
    qsizetype len = 0;
    if (!endsWithAny(
            text.left(i), { u"as of ", u"by the end of ", u"at the end of ", u"end-" }, &len))
        return std::nullopt;
    for (const char16_t *month : months) {
        const QStringView name(month);
        if (!text.mid(i).startsWith(name))
            continue;
        const QStringView rest = text.mid(i + name.size(), 7).trimmed();
        if (!rest.isEmpty()
            && (rest[0].isDigit()
                || (rest[0] == u',' && rest.mid(1).trimmed().startsWith(u'2'))))
            return std::nullopt; // a year (or a day) follows: read as a date
        return YearMention { i - len, i + name.size(), documentYear, YearMention::AsOf };
    }
    return std::nullopt;
}

std::optional<YearMention> englishRelativeYear(QStringView text, qsizetype i, int documentYear)
{
    const QStringView rest = text.mid(i, 9);
    int delta = 0;
    if (rest.compare(u"this year", Qt::CaseInsensitive) == 0)
        delta = 0;
    else if (rest.compare(u"last year", Qt::CaseInsensitive) == 0)
        delta = -1;
    else if (rest.compare(u"next year", Qt::CaseInsensitive) == 0)
        delta = 1;
    else
        return std::nullopt;
    YearMention m { i, i + 9, documentYear + delta,
        delta < 0 ? YearMention::AsOf : YearMention::Plain };
    qsizetype len = 0;
    if (delta >= 0 && endsWithAny(text.left(i), { u"by the end of ", u"by ", u"before " }, &len)) {
        m.type = YearMention::Deadline;
        m.start -= len;
    }
    return m;
}

// The last year of a five-year plan: the 14th ends in 2025 (the first plan ran 1953-1957, and
// 1963-1965 were adjustment years between the second and the third).
int planLastYear(int plan)
{
    return 1955 + 5 * (plan - 1) + (plan >= 3 ? 5 : 0);
}

// Five-year plans: “十四五”期间/时期/末 at i (十 followed by 一…五 and 五).
std::optional<YearMention> chinesePlanPeriod(QStringView text, qsizetype i, int documentYear)
{
    const int lastYear = planLastYear(10 + NumeralParser::chineseDigit(text[i + 1].unicode()));
    qsizetype j = i + 3;
    if (at(text, j) == u'”' || at(text, j) == u'"')
        ++j;
    const QStringView rest = text.mid(j);
    const bool period = rest.startsWith(u"期间") || rest.startsWith(u"时期") || rest.startsWith(u"末")
        || rest.startsWith(u"期末") || rest.startsWith(u"以来") || rest.startsWith(u"规划期");
    if (!period || insideOpen(text, i, u'《', u'》', 40))
        return std::nullopt;
    YearMention m { i, j + 2, lastYear, YearMention::Deadline };
    if (documentYear > 0 && lastYear < documentYear)
        m.type = YearMention::PastPeriod;
    // “十四五”以来: since the period began, up to now; about no year of its own.
    if (rest.startsWith(u"以来")) {
        m.type = YearMention::AsOf;
        m.year = documentYear > 0 ? std::min(documentYear, lastYear) : lastYear;
    }
    return m;
}

// English five-year plans: "during the 14th Five-Year Plan period", at a '1'.
std::optional<YearMention> englishPlanPeriod(QStringView text, qsizetype i, int documentYear)
{
    if (i + 1 >= text.size() || !text[i + 1].isDigit())
        return std::nullopt;
    const QStringView rest = text.mid(i + 2);
    if (!(rest.startsWith(u"th Five-Year Plan", Qt::CaseInsensitive)
            || rest.startsWith(u"th Five Year Plan", Qt::CaseInsensitive))
        || !rest.mid(17, 12).contains(u"period", Qt::CaseInsensitive))
        return std::nullopt;
    const int lastYear = planLastYear(10 + (text[i + 1].unicode() - u'0'));
    YearMention m { i, i + 2 + 17, lastYear, YearMention::Deadline };
    if (documentYear > 0 && lastYear < documentYear)
        m.type = YearMention::PastPeriod;
    return m;
}

// A year named in words at i, and the last character it takes (scanning goes on after it).
struct WordYear
{
    std::optional<YearMention> mention;
    qsizetype last = 0;
};

// Five-year plans, 新的一年, 今年/明年/去年, "this year", "as of June"; nullopt when no such
// word starts at i.
std::optional<WordYear> wordYearAt(QStringView text, qsizetype i, int documentYear)
{
    const QChar c = text[i];
    if (c == u'十' && i + 2 < text.size() && QStringView(u"一二三四五").contains(text[i + 1])
        && text[i + 2] == u'五')
        return WordYear { chinesePlanPeriod(text, i, documentYear), i + 2 };
    // 新的一年 (the new year) in a January report is the document's own year.
    if (c == u'新' && text.mid(i, 4) == u"新的一年" && documentYear > 0)
        return WordYear { YearMention { i, i + 4, documentYear, YearMention::Plain }, i + 3 };
    if ((c == u'今' || c == u'明' || c == u'去') && at(text, i + 1) == u'年' && documentYear > 0) {
        const int delta = c == u'今' ? 0 : (c == u'明' ? 1 : -1);
        return WordYear { YearMention { i, i + 2, documentYear + delta,
                              delta < 0 ? YearMention::AsOf : YearMention::Plain },
            i + 1 };
    }
    if (c.unicode() < 0x80 && c.isLetter() && documentYear > 0
        && (i == 0 || !text[i - 1].isLetter())) {
        auto m = englishRelativeYear(text, i, documentYear);
        if (!m && c.isUpper())
            m = englishMonthAsOf(text, i, documentYear);
        if (m)
            return WordYear { m, m->end - 1 };
    }
    if (c == u'1') {
        if (const auto m = englishPlanPeriod(text, i, documentYear))
            return WordYear { m, i + 18 };
    }
    return std::nullopt;
}

// 2023—2025年: a period; the statement is about its last year. Moves `after` and `last` past it.
void extendToPeriodEnd(QStringView text, YearMention &m, qsizetype &after, qsizetype &last)
{
    if (!isDash(at(text, after)))
        return;
    qsizetype k = after + 1;
    while (k < text.size() && isDash(text[k]))
        ++k;
    qsizetype e2 = 0;
    const int year2 = yearAt(text, k, &e2);
    if (year2 > m.year) {
        m.year = year2;
        m.type = YearMention::Deadline;
        after = e2;
        last = e2 - 1;
    }
}

// The words after 2025年: a later year closing a period, an edition (2025年版), a full date, the
// part of a year so far (2024年前三季度), a deadline (2025年底前). False when the year is not
// what a statement is about.
bool readChineseYear(QStringView text, qsizetype start, int documentYear, YearMention &m,
    qsizetype &after, qsizetype &last)
{
    ++after;
    // 2013年至2022年11月: a period, about its last year; one already over reports.
    if (isDash(at(text, after)) && m.type == YearMention::Plain) {
        qsizetype e2 = 0;
        const int year2 = yearAt(text, after + 1, &e2);
        if (year2 > m.year && at(text, e2) == u'年') {
            m.year = year2;
            m.type = documentYear > 0 && year2 < documentYear ? YearMention::PastPeriod
                                                               : YearMention::Deadline;
            after = e2 + 1;
            last = e2;
        }
    }
    const QStringView rest = text.mid(after);
    if (rest.startsWith(u"版") || rest.startsWith(u"度报告"))
        return false; // an edition (2025年版) names a document, not a target year
    qsizetype len = 0;
    // A full date (2025年6月13日) names a day, not a target year — unless "截至".
    if (rest.size() > 1
        && (rest[0].isDigit() || NumeralParser::chineseDigit(rest[0].unicode()) > 0)
        && rest.left(3).contains(u'月')
        && !endsWithAny(text.left(start), { u"截至", u"截止", u"截止到", u"截止至" }, &len))
        return false;
    // 2024年前三季度, 2024年前10个月: the part of the year so far, reported.
    const QChar afterQian = rest.size() > 1 ? rest[1] : QChar();
    if (rest.startsWith(u"前")
        && (afterQian.isDigit() || afterQian == u'半'
            || NumeralParser::chineseDigit(afterQian.unicode()) > 0)) {
        m.type = YearMention::AsOf;
        return true;
    }
    for (const QStringView s : { QStringView(u"年底前"), QStringView(u"年末前"), QStringView(u"底前"),
             QStringView(u"末前"), QStringView(u"前"), QStringView(u"以前") }) {
        if (rest.startsWith(s.mid(s.startsWith(u"年") ? 1 : 0))) {
            m.type = YearMention::Deadline;
            break;
        }
    }
    return true;
}

// Without 年 a four-digit number is a year only in English phrasing (by 2025, in 2022), and
// never when a unit or counter follows it: 提升至2000P, 2000家, 2000 PFLOPS are amounts,
// whatever word stands before them.
bool isEnglishYear(QStringView text, qsizetype start, qsizetype after)
{
    qsizetype len = 0;
    if (!endsWithAny(text.left(start),
            { u"by ", u"by the end of ", u"until ", u"before ", u"as of ", u"as at ", u"in ",
                u"for ", u"since ", u"from ", u"than ", u"compared with ",
                u"by the end of last year " },
            &len))
        return false;
    const QChar next = at(text, after);
    return !next.isLetterOrNumber() && UnitMatcher::unitAt(text, after).length == 0;
}

// The words before the year: 截至 (as of), 到 (a deadline), or 自/较/比 (a reference year a
// figure is measured from, which is not what the figure is about: false).
bool readWordsBefore(QStringView text, bool chineseYear, YearMention &m, qsizetype after)
{
    const QStringView before = text.left(m.start);
    qsizetype len = 0;
    // 从2020年的38.2%增加到2024年的53.3%: a year that owns the figure after it is the figure's
    // year, whatever verb stands before it.
    if (chineseYear && at(text, after) == u'的' && m.type == YearMention::Plain) {
        m.end = after;
        return true;
    }
    if (endsWithAny(before,
            { u"截至", u"截止", u"截止到", u"截止至", u"as of ", u"as at ",
                u"by the end of last year " },
            &len)) {
        m.type = YearMention::AsOf;
        m.start -= len;
    } else if ((chineseYear && endsWithAny(before, { u"到", u"至", u"到了" }, &len))
        || endsWithAny(before, { u"by ", u"by the end of ", u"until ", u"before " }, &len)) {
        m.type = YearMention::Deadline;
        m.start -= len;
    } else if (endsWithAny(before,
                   { u"自", u"从", u"since ", u"from ", u"较", u"比", u"相比", u"与",
                       u"compared with ", u"than " },
                   &len)) {
        return false; // "since 2017", 较2022年 (a reference year): not what a figure is about
    }
    m.end = after;
    return true;
}

// A year written in digits (2025, 二〇二五) at i: appends its mention unless it names a
// document, a date or a reference year; returns the last character read.
qsizetype numericYearAt(QStringView text, qsizetype i, int documentYear, QList<YearMention> &out)
{
    const QChar c = text[i];
    const bool digitStringYear = (c == u'二' || c == u'一')
        && (at(text, i + 1) == u'〇' || at(text, i + 1) == u'零' || at(text, i + 1) == u'九');
    if (!((c.unicode() >= u'0' && c.unicode() <= u'9') || digitStringYear))
        return i;
    qsizetype end = 0;
    const int year = yearAt(text, i, &end);
    if (year == 0) {
        if (c.isDigit())
            while (i + 1 < text.size() && text[i + 1].isDigit())
                ++i;
        return i;
    }
    const qsizetype start = i;
    qsizetype last = end - 1;
    if (insideOpen(text, start, u'《', u'》', 60) || insideOpen(text, start, u'〔', u'〕', 3)
        || at(text, start - 1) == u'〔' || at(text, start - 1) == u'[')
        return last;
    YearMention m { start, end, year, YearMention::Plain };
    qsizetype after = end;
    extendToPeriodEnd(text, m, after, last);
    const bool chineseYear = at(text, after) == u'年';
    if (chineseYear ? !readChineseYear(text, start, documentYear, m, after, last)
                    : !isEnglishYear(text, start, after))
        return last;
    // Parenthesized periods are document titles: (2023—2025年). A single year in brackets
    // after a figure, 3000亿元(2025年), still dates it.
    const bool period = m.year != year;
    if (period && at(text, start - 1) == u'('
        && (at(text, after) == u')' || at(text, after + 1) == u')'))
        return last;
    if (!chineseYear && text.left(start).endsWith(u"(") && period)
        return last;
    if (readWordsBefore(text, chineseYear, m, after))
        out.append(m);
    return last;
}

} // namespace

QList<YearMention> YearResolver::find(QStringView text, int documentYear)
{
    QList<YearMention> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const std::optional<WordYear> word = wordYearAt(text, i, documentYear)) {
            if (word->mention)
                out.append(*word->mention);
            i = word->last;
            continue;
        }
        i = numericYearAt(text, i, documentYear, out);
    }
    return out;
}

namespace {

// A line holding only a date (the signature of a notice): 2023年5月31日, or only year and month
// (2023年5月) as some notices are signed. 0 if none.
int signatureYear(QStringView text)
{
    int found = 0;
    textscan::forEachTrimmedLine(text, [&found](QStringView line) {
        if (line.size() < 7 || line.size() > 12 || !(line.endsWith(u"日") || line.endsWith(u"月")))
            return true;
        qsizetype end = 0;
        const int year = yearAt(line, 0, &end);
        if (year > 0 && at(line, end) == u'年'
            && (at(line, end + 1).isDigit()
                || NumeralParser::chineseDigit(at(line, end + 1).unicode()) > 0
                || at(line, end + 1) == u'十'))
            found = year;
        return found == 0;
    });
    return found;
}

// A lower bound: the document is no older than the documents it cites (〔2023〕) or than the
// five-year plan it names (“十四五” → 2021).
int citedYear(QStringView text)
{
    int best = 0;
    for (qsizetype i = 0; i + 5 < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'〔' || c == u'[') {
            qsizetype end = 0;
            const int year = yearAt(text, i + 1, &end);
            if (year > best && (at(text, end) == u'〕' || at(text, end) == u']'))
                best = year;
        } else if (c == u'十' && text[i + 2] == u'五'
            && (text[i + 1] == u'四' || text[i + 1] == u'五')) {
            best = std::max(best, text[i + 1] == u'四' ? 2021 : 2026);
        }
    }
    return best;
}

// The first year of the title's period, bracketed or not: 方案（2023—2025年）, 2023—2025年行动计划.
int titlePeriodYear(QStringView text, int best)
{
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'), 0);
    const QStringView title
        = text.left(firstLineEnd < 0 ? std::min<qsizetype>(text.size(), 200) : firstLineEnd);
    for (qsizetype i = 0; i < title.size(); ++i) {
        const bool bracket = title[i] == u'(' || title[i] == u'（';
        if (!bracket && !title[i].isDigit())
            continue;
        qsizetype end = 0;
        const int year = yearAt(title, bracket ? i + 1 : i, &end);
        if (year == 0)
            continue;
        qsizetype k = end;
        while (k < title.size() && isDash(title[k]))
            ++k;
        qsizetype end2 = 0;
        if ((bracket || k > end) && (bracket || yearAt(title, k, &end2) > year) && year > best)
            best = year;
        i = end - 1;
    }
    return best;
}

} // namespace

int YearResolver::guessDocumentYear(QStringView text)
{
    // A signature date is the strongest evidence.
    if (const int signature = signatureYear(text))
        return signature;
    // A news page's byline or a notice's publication field near the top.
    if (const QDate dateline = findDateline(MatchingNormalizer::normalize(text.left(3000)).text);
        dateline.isValid())
        return dateline.year();
    // Otherwise lower bounds: cited documents, the title's own period, the current situation.
    return std::max(titlePeriodYear(text, citedYear(text)), afterCurrentSituation(text));
}

} // namespace policylens
