#include "extract/exclusionrules.h"

#include "extract/nonprose.h"
#include "text/textscan.h"

#include <algorithm>
#include <iterator>

namespace policylens::exclusionrules {

namespace {

using textscan::isAsciiLetter;
using textscan::at;
using textscan::isAsciiDigit;

// Is pos inside an open bracket pair of the given kind on the same line?
bool insidePair(QStringView text, qsizetype pos, QChar open, QChar close, int reach)
{
    for (qsizetype i = pos - 1; i >= 0 && pos - i <= reach; --i) {
        if (text[i] == close || text[i] == u'\n')
            return false;
        if (text[i] == open)
            return true;
    }
    return false;
}

bool atLineOrItemStart(QStringView text, qsizetype pos)
{
    qsizetype i = pos - 1;
    while (i >= 0 && text[i] == u' ')
        --i;
    return i < 0 || text[i] == u'\n' || text[i] == u'(' || text[i] == u'。' || text[i] == u';'
        || text[i] == u'；' || text[i] == u':';
}

// Where the numeral stands: ordinals, document numbers, years, durations, dates, titles.
QString placeExclusion(QStringView text, const ParsedNumeral &n, const Quantity &q)
{
    const qsizetype s = n.start;
    const QChar before = at(text, s - 1);
    const QChar after = at(text, n.end);
    if (before == u'第' || (before == u'前' && (after == u'名' || after == u'位')))
        return QStringLiteral("ordinal");
    if (before == u'〔' || before == u'[' || after == u'号' || insidePair(text, s, u'〔', u'〕', 6))
        return QStringLiteral("document_number");
    if ((after == u'年' && yearLike(n)) || (yearLike(n) && q.unit.isEmpty() && !n.chinese))
        return QStringLiteral("year");
    if (after == u'年' || (after == u'个' && at(text, n.end + 1) == u'月'))
        return QStringLiteral("duration");
    if ((after == u'月' || after == u'日' || after == u'号') && n.value.toDouble() <= 31
        && q.unit.isEmpty())
        return after == u'号' ? QStringLiteral("document_number") : QStringLiteral("date");
    if (insidePair(text, s, u'《', u'》', 60))
        return QStringLiteral("title");
    return {};
}

// Codes and names: phone numbers, 5G, GPT-4, 7×24, “10+2”, 二十大, section numbers.
QString codeExclusion(QStringView text, const ParsedNumeral &n, const Quantity &q)
{
    const qsizetype s = n.start;
    const qsizetype e = n.end;
    const QChar before = at(text, s - 1);
    const QChar after = at(text, e);
    if (n.arabic && !n.magnitude && !n.separators && q.unit.isEmpty()
        && (n.arabicIntegerDigits >= 7
            || (isDash(after) && isAsciiDigit(at(text, e + 1)) && n.arabicIntegerDigits >= 3)
            || (isDash(before) && isAsciiDigit(at(text, s - 2)) && n.arabicIntegerDigits >= 7)))
        return QStringLiteral("phone");
    for (qsizetype i = std::max<qsizetype>(0, s - 6); i < s; ++i) {
        if (text.mid(i).startsWith(u"电话") || text.mid(i).startsWith(u"Tel", Qt::CaseInsensitive))
            return QStringLiteral("phone");
    }
    if (q.unit.isEmpty()
        && (isAsciiLetter(after) || isAsciiLetter(before)
            || ((before == u'-' || before == u'.') && isAsciiLetter(at(text, s - 2)))))
        return QStringLiteral("name");
    if (after == u'+' || before == u'+' || after == u'×' || before == u'×' || after == u'*')
        return QStringLiteral("name");
    if ((after == u'大' || after == u'级') && q.unit.isEmpty()) // 二十大; 千亿级 is a class
        return QStringLiteral("name");
    // Version or section numbers: 1.2.3
    if ((after == u'.' && isAsciiDigit(at(text, e + 1))) || (before == u'.' && isAsciiDigit(at(text, s - 2))))
        return QStringLiteral("list_marker");
    if (q.unit.isEmpty() && atLineOrItemStart(text, s)
        && (after == u'、' || after == u')' || after == u'.' || after == u'是'))
        return QStringLiteral("list_marker");
    if (q.unit.isEmpty() && after == u')' && before == u'(')
        return QStringLiteral("list_marker");
    return {};
}

// Numeral characters inside words, and figures that give no figure (数十家, 一批).
QString wordExclusion(QStringView text, const ParsedNumeral &n, const Quantity &q)
{
    const qsizetype s = n.start;
    const QChar before = at(text, s - 1);
    const QChar after = at(text, n.end);
    const bool chineseOnly = n.chinese && !n.arabic;
    // Neighbouring digits without a counter are words: 三五成群, 一二线城市, 二三产业. So is a
    // lone numeral character (统一, 万物, 队伍) and 大写 read one by one (陆陆续续); 肆拾肆 is not.
    if (q.unit.isEmpty()
        && (n.valueMax
            || (chineseOnly && (n.characters <= 1 || (n.financial && n.digitString)))))
        return QStringLiteral("word");
    // 数十家, 几百个, 成百上千: "dozens", "hundreds" — no figure is given.
    if (chineseOnly && (before == u'数' || before == u'几' || (before == u'成' && after == u'上'))
        && QStringView(u"十百千万").contains(text[s]))
        return QStringLiteral("vague");
    if (chineseOnly && q.counter == u"批" && n.value.toDouble() == 1)
        return QStringLiteral("vague"); // 一批: "a number of"
    return {};
}

} // namespace

bool isDash(QChar c)
{
    return c == u'-' || c == u'—' || c == u'–' || c == u'~' || c == u'〜' || c == u'～'
        || c == u'―';
}

bool yearLike(const ParsedNumeral &n)
{
    if (!n.value.isInteger() || n.magnitude || n.separators)
        return false;
    const double v = n.value.toDouble();
    return v >= 1900 && v <= 2100 && (n.arabicIntegerDigits == 4 || n.digitString);
}

namespace {

// 720P, 1080p, 2160P: the standard heights of a video picture in lines, not PFLOPS, unless
// computing power is the subject near the figure.
bool isVideoResolution(QStringView text, const ParsedNumeral &n)
{
    static constexpr int kLines[] = { 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320 };
    const QChar p = at(text, n.end);
    if (!n.arabic || n.chinese || n.separators || !n.value.isInteger() || (p != u'P' && p != u'p')
        || isAsciiLetter(at(text, n.end + 1)))
        return false;
    const int value = int(n.value.toDouble());
    if (std::find(std::begin(kLines), std::end(kLines), value) == std::end(kLines))
        return false;
    const qsizetype from = std::max<qsizetype>(0, n.start - 30);
    const QStringView around = text.mid(from, n.end + 12 - from);
    for (const QStringView w : { u"算力", u"计算", u"智算", u"超算", u"FLOPS", u"flops" }) {
        if (around.contains(w))
            return false;
    }
    return true;
}

} // namespace

QString exclusionFor(QStringView text, const ParsedNumeral &n, const Quantity &q)
{
    if (isVideoResolution(text, n))
        return QStringLiteral("resolution");
    if (n.arabic || n.english) {
        const QStringView reason = nonProseReason(text, n.start, n.end);
        if (!reason.isEmpty())
            return reason.toString();
    }
    QString label = placeExclusion(text, n, q);
    if (label.isEmpty())
        label = codeExclusion(text, n, q);
    if (label.isEmpty())
        label = wordExclusion(text, n, q);
    return label;
}

} // namespace policylens::exclusionrules
