#include "extract/statisticperiod.h"

#include <QRegularExpression>
#include <QStringList>

namespace policylens {

namespace {

QString fold(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c.unicode() == 0x3000)
            c = QLatin1Char(' ');
    }
    return out.toLower();
}

// jan..dec (and the full names) → 1..12; 0 when the word is not a month.
int englishMonth(const QString &word)
{
    static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"),
        QStringLiteral("mar"), QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"),
        QStringLiteral("nov"), QStringLiteral("dec") };
    return int(months.indexOf(word.left(3))) + 1;
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("一二三四五六七八九十");
    const qsizetype i = digits.indexOf(c);
    return i < 0 ? (c.isDigit() ? c.digitValue() : 0) : int(i) + 1;
}

const QString kMonthWord = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");

} // namespace

// One part of a cell (outside or inside brackets) → the period it names, or nullopt.
// The period of a kind in year: first and last month, half or quarter as the kind reads them.
static std::optional<StatisticPeriod> makePeriod(int year, StatisticPeriod::Kind kind, int first, int last)
{
    using K = StatisticPeriod::Kind;
    QString key;
    switch (kind) {
    case K::Year: break;
    case K::Half: key = QStringLiteral("H%1").arg(first); break;
    case K::Quarter: key = QStringLiteral("Q%1").arg(first); break;
    case K::Month: key = QStringLiteral("M%1").arg(first); break;
    case K::Months: key = QStringLiteral("M%1-M%2").arg(first).arg(last); break;
    case K::AsOf:
        key = last > 0 ? QStringLiteral("@M%1-%2").arg(first).arg(last)
                       : QStringLiteral("@M%1").arg(first);
        break;
    case K::Since: key = QStringLiteral("S%1").arg(last); break;
    }
    return StatisticPeriod::fromKey(year, key);
}

// Spans of time: since a year, a half, the first quarters, as of a month or quarter (English).
static std::optional<StatisticPeriod> periodSpanIn(const QString &text, int year)
{
    using K = StatisticPeriod::Kind;
    QRegularExpressionMatch m;
    static const QRegularExpression since(
        QStringLiteral("((?:19|20)\\d\\d)\\s*(?:[-–—~～至到]|to)\\s*((?:19|20)\\d\\d)"));
    if ((m = since.match(text)).hasMatch() && m.captured(2).toInt() > m.captured(1).toInt())
        return makePeriod(year, K::Since, 0, m.captured(1).toInt());
    static const QRegularExpression half(
        QStringLiteral("\\bh([12])\\b|(first|second) half|([上下])半年"));
    if ((m = half.match(text)).hasMatch()) {
        const bool first = m.captured(1) == QLatin1String("1") || m.captured(2) == u"first"
            || m.captured(3) == u"上";
        return makePeriod(year, K::Half, first ? 1 : 2, 0);
    }
    static const QRegularExpression quarters(QStringLiteral(
        "\\bq1\\s*[-–~～]\\s*q([1-4])\\b|前([一二三四1-4])(?:个)?季度|first (two|three) quarters"));
    if ((m = quarters.match(text)).hasMatch()) {
        int n = !m.captured(1).isEmpty() ? m.captured(1).toInt()
            : !m.captured(2).isEmpty()   ? chineseDigit(m.captured(2).at(0))
                                         : (m.captured(3) == u"two" ? 2 : 3);
        return n == 1 ? makePeriod(year, K::Quarter, 1, 0) : makePeriod(year, K::Months, 1, 3 * n);
    }
    static const QRegularExpression asOf(QStringLiteral(
        "(?:as of|end of|by end of|by|through)\\s+(?:q([1-4])\\b|") + kMonthWord + QLatin1Char(')'));
    if ((m = asOf.match(text)).hasMatch()) {
        const int month = !m.captured(1).isEmpty() ? m.captured(1).toInt() * 3
                                                   : englishMonth(m.captured(2));
        return makePeriod(year, K::AsOf, month, 0);
    }
    return std::nullopt;
}

// Points and short stretches: as of a month (Chinese), a run of months, a quarter, a month, the
// year's end.
static std::optional<StatisticPeriod> periodPointIn(const QString &text, int year)
{
    using K = StatisticPeriod::Kind;
    QRegularExpressionMatch m;
    static const QRegularExpression zhAsOf(
        QStringLiteral("截[至止]?.*?(\\d{1,2})月(?:(\\d{1,2})日)?|(\\d{1,2})月(?:底|末)"));
    if ((m = zhAsOf.match(text)).hasMatch()) {
        const int month = (m.captured(1).isEmpty() ? m.captured(3) : m.captured(1)).toInt();
        if (month >= 1 && month <= 12)
            return makePeriod(year, K::AsOf, month, m.captured(2).toInt());
    }
    static const QRegularExpression monthRange(QStringLiteral(
        "(\\d{1,2})\\s*[-–~～至到]\\s*(\\d{1,2})\\s*月|") + kMonthWord
        + QStringLiteral("\\s*[-–~～]\\s*") + kMonthWord);
    if ((m = monthRange.match(text)).hasMatch()) {
        const int a = m.captured(1).isEmpty() ? englishMonth(m.captured(3)) : m.captured(1).toInt();
        const int b = m.captured(2).isEmpty() ? englishMonth(m.captured(4)) : m.captured(2).toInt();
        if (a >= 1 && b <= 12 && a < b)
            return makePeriod(year, K::Months, a, b);
    }
    static const QRegularExpression quarter(
        QStringLiteral("\\bq([1-4])\\b|第?([一二三四1-4])季度|(?:^|\\d)\\s*([1-4])q\\b"));
    if ((m = quarter.match(text)).hasMatch()) {
        const QString d = m.captured(1) + m.captured(2) + m.captured(3);
        return makePeriod(year, K::Quarter, chineseDigit(d.at(0)), 0);
    }
    static const QRegularExpression month(QStringLiteral("(?:19|20)\\d\\d\\s*年\\s*(\\d{1,2})月"));
    if ((m = month.match(text)).hasMatch() && m.captured(1).toInt() >= 1
        && m.captured(1).toInt() <= 12)
        return makePeriod(year, K::Month, m.captured(1).toInt(), 0);
    static const QRegularExpression yearEnd(
        QStringLiteral("^\\s*(?:year[- ]?)?end\\s*$|年底|年末|全年|year[- ]end|full year"));
    if (yearEnd.match(text).hasMatch())
        return makePeriod(year, K::Year, 0, 0);
    return std::nullopt;
}

static std::optional<StatisticPeriod> periodIn(const QString &text, int year)
{
    if (auto span = periodSpanIn(text, year))
        return span;
    return periodPointIn(text, year);
}

std::optional<StatisticPeriod> StatisticPeriod::parse(const QString &cell, QString *remark)
{
    const QString text = fold(cell).trimmed();
    static const QRegularExpression yearPattern(QStringLiteral("((?:19|20)\\d\\d)"));
    // The row's year: the later one of a span ("2023-2024"), else the first year written.
    static const QRegularExpression span(
        QStringLiteral("^\\D*((?:19|20)\\d\\d)\\s*(?:[-–—~～至到]|to)\\s*((?:19|20)\\d\\d)"));
    int year = 0;
    if (const auto s = span.match(text); s.hasMatch() && s.captured(2) > s.captured(1))
        year = s.captured(2).toInt();
    else if (const auto y = yearPattern.match(text); y.hasMatch())
        year = y.captured(1).toInt();
    if (year == 0)
        return std::nullopt;
    // Brackets hold either the period ("as of Oct", "end") or a remark ("reported 2024-01").
    static const QRegularExpression bracket(QStringLiteral("[(（\\[]([^)）\\]]*)[)）\\]]"));
    QString outside = text;
    outside.remove(bracket);
    std::optional<StatisticPeriod> found = periodIn(outside, year);
    QStringList remarks;
    for (auto it = bracket.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch b = it.next();
        const auto inner = periodIn(b.captured(1), year);
        if (inner && (!found || found->isFullYear()))
            found = inner;
        else if (!inner)
            remarks << cell.mid(b.capturedStart(1), b.capturedLength(1)).trimmed();
    }
    if (remark)
        *remark = remarks.join(QStringLiteral("; "));
    return found ? *found : fromKey(year, QString());
}

StatisticPeriod StatisticPeriod::fromKey(int year, const QString &key)
{
    StatisticPeriod p;
    p.m_year = year;
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(H)([12])|(Q)([1-4])|(M)(\\d{1,2})(?:-M(\\d{1,2}))?|(@M)(\\d{1,2})"
                       "(?:-(\\d{1,2}))?|(S)(\\d{4}))$"));
    const QRegularExpressionMatch m = pattern.match(key);
    if (!m.hasMatch())
        return p;
    if (!m.captured(1).isEmpty()) {
        p.m_kind = Kind::Half;
        p.m_first = m.captured(2).toInt();
    } else if (!m.captured(3).isEmpty()) {
        p.m_kind = Kind::Quarter;
        p.m_first = m.captured(4).toInt();
    } else if (!m.captured(5).isEmpty()) {
        p.m_first = m.captured(6).toInt();
        p.m_last = m.captured(7).toInt();
        p.m_kind = p.m_last > 0 ? Kind::Months : Kind::Month;
    } else if (!m.captured(8).isEmpty()) {
        p.m_kind = Kind::AsOf;
        p.m_first = m.captured(9).toInt();
        p.m_last = m.captured(10).toInt();
    } else {
        p.m_kind = Kind::Since;
        p.m_last = m.captured(12).toInt();
    }
    return p;
}

QString StatisticPeriod::key() const
{
    switch (m_kind) {
    case Kind::Year: return {};
    case Kind::Half: return QStringLiteral("H%1").arg(m_first);
    case Kind::Quarter: return QStringLiteral("Q%1").arg(m_first);
    case Kind::Month: return QStringLiteral("M%1").arg(m_first);
    case Kind::Months: return QStringLiteral("M%1-M%2").arg(m_first).arg(m_last);
    case Kind::AsOf:
        return m_last > 0 ? QStringLiteral("@M%1-%2").arg(m_first).arg(m_last)
                          : QStringLiteral("@M%1").arg(m_first);
    case Kind::Since: return QStringLiteral("S%1").arg(m_last);
    }
    return {};
}

// Period names are data in the language asked for (like unit names), not interface text:
// a Chinese report written from an English interface still says 上半年.
QString StatisticPeriod::qualifier(bool chinese) const
{
    static const char *const en[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec" };
    const auto month = [chinese](int m) {
        if (chinese)
            return QStringLiteral("%1月").arg(m);
        return m >= 1 && m <= 12 ? QString::fromLatin1(en[m - 1]) : QString::number(m);
    };
    switch (m_kind) {
    case Kind::Year: return {};
    case Kind::Half:
        if (chinese)
            return m_first == 1 ? QStringLiteral("上半年") : QStringLiteral("下半年");
        return QStringLiteral("H%1").arg(m_first);
    case Kind::Quarter:
        return chinese ? QStringLiteral("第%1季度").arg(m_first) : QStringLiteral("Q%1").arg(m_first);
    case Kind::Month: return month(m_first);
    case Kind::Months:
        if (chinese)
            return m_first == 1 && m_last % 3 == 0
                ? QStringLiteral("前%1季度").arg(QStringLiteral("一二三四").at(m_last / 3 - 1))
                : QStringLiteral("%1—%2月").arg(m_first).arg(m_last);
        if (m_first == 1 && m_last % 3 == 0)
            return QStringLiteral("Q1–Q%1").arg(m_last / 3);
        return month(m_first) + QStringLiteral("–") + month(m_last);
    case Kind::AsOf:
        if (chinese)
            return QStringLiteral("截至%1").arg(month(m_first))
                + (m_last > 0 ? QStringLiteral("%1日").arg(m_last) : QString());
        return QStringLiteral("as of ") + month(m_first)
            + (m_last > 0 ? QStringLiteral(" %1").arg(m_last) : QString());
    case Kind::Since:
        return chinese ? QStringLiteral("自%1年累计").arg(m_last)
                       : QStringLiteral("cumulative since %1").arg(m_last);
    }
    return {};
}

QString StatisticPeriod::label(bool chinese) const
{
    if (m_kind == Kind::Year)
        return QString::number(m_year);
    if (!chinese)
        return m_kind == Kind::AsOf || m_kind == Kind::Since
            ? QStringLiteral("%1, %2").arg(m_year).arg(qualifier(false))
            : QStringLiteral("%1 %2").arg(m_year).arg(qualifier(false));
    switch (m_kind) {
    case Kind::AsOf:
        return QStringLiteral("截至%1年%2月").arg(m_year).arg(m_first)
            + (m_last > 0 ? QStringLiteral("%1日").arg(m_last) : QString());
    case Kind::Since: return QStringLiteral("%1—%2年累计").arg(m_last).arg(m_year);
    default: return QStringLiteral("%1年%2").arg(m_year).arg(qualifier(true));
    }
}

} // namespace policylens
