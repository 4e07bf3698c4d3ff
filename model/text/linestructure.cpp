#include "text/linestructure.h"

#include <string_view>

namespace policylens::linestructure {

namespace {

bool isNumeral(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
        || QStringView(u"一二三四五六七八九十百零〇").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u"”’」』)）】》\"'").contains(c);
}

// Numerals from pos on (at most `limit`); returns the index after them.
qsizetype skipNumerals(QStringView s, qsizetype pos, qsizetype limit)
{
    qsizetype j = pos;
    while (j < s.size() && j - pos < limit && isNumeral(s[j]))
        ++j;
    return j;
}

bool startsWithBracketedNumber(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'(' && s[0] != u'（'))
        return false;
    const qsizetype j = skipNumerals(s, 1, 3);
    return j > 1 && j < s.size() && (s[j] == u')' || s[j] == u'）');
}

bool startsWithNumberAndDelimiter(QStringView s)
{
    const qsizetype j = skipNumerals(s, 0, 3);
    if (j == 0 || j >= s.size())
        return false;
    const QChar after = s[j];
    if (after == u'、' || after == u')' || after == u'）' || after == u'．')
        return true;
    // "1." opens an item; "1.5" is a decimal.
    return after == u'.' && (j + 1 >= s.size() || !s[j + 1].isDigit());
}

bool startsWithChapter(QStringView s)
{
    if (!s.startsWith(u'第'))
        return false;
    const qsizetype j = skipNumerals(s, 1, 5);
    return j > 1 && j < s.size() && QStringView(u"章节条部篇款").contains(s[j]);
}

} // namespace

bool isTerminal(QChar c)
{
    return QStringView(u"。！？；：!?;:").contains(c);
}

bool isLineStartProhibited(QChar c)
{
    return QStringView(u"，。、；：！？）》〉」』】〕”’%,.;:!?)]").contains(c);
}

bool endsSentence(QStringView line)
{
    qsizetype e = line.size();
    while (e > 0 && (line[e - 1].isSpace() || isClosing(line[e - 1])))
        --e;
    if (e == 0)
        return false;
    const QChar c = line[e - 1];
    // A full stop ends an English sentence; "No." or a decimal at a line end is too rare to matter.
    return isTerminal(c) || c == u'.' || c == u'．';
}

bool startsWithListMarker(QStringView line)
{
    const QStringView s = line.trimmed();
    if (s.isEmpty())
        return false;
    if (s.startsWith(u"——") || QStringView(u"•●○■□◆◇▪►★☆").contains(s[0]))
        return true;
    if (s[0].unicode() >= 0x2460 && s[0].unicode() <= 0x24FF) // ① ⑴ ⒈
        return true;
    if (s.size() >= 2 && QStringView(u"-*+").contains(s[0]) && s[1] == u' ')
        return true;
    return startsWithBracketedNumber(s) || startsWithNumberAndDelimiter(s) || startsWithChapter(s);
}

bool isTableRow(QStringView line)
{
    return line.contains(u'\t') || line.trimmed().startsWith(u'|');
}

namespace {

// Curly quotes, dashes and the ellipsis take a full column pair in Chinese fonts; counting them
// so keeps width estimates of Chinese lines right (English lines hold few of them).
int columns(QChar c)
{
    if (c.isLowSurrogate())
        return 0;
    const char16_t u = c.unicode();
    const bool cjkPunctuation = (u >= 0x2018 && u <= 0x201D) || u == 0x2014 || u == 0x2026;
    return isWide(c) || c.isHighSurrogate() || cjkPunctuation ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int w = 0;
    for (const QChar c : text)
        w += columns(c);
    return w;
}

int firstWordWidth(QStringView line)
{
    const QStringView s = line.trimmed();
    qsizetype j = 0;
    // Opening brackets and quotes stay with what follows them.
    while (j < s.size() && QStringView(u"（〔《〈“‘「『【([").contains(s[j]))
        ++j;
    if (j < s.size() && (isWide(s[j]) || s[j].isHighSurrogate())) {
        j += s[j].isHighSurrogate() ? 2 : 1;
    } else {
        while (j < s.size() && !s[j].isSpace() && !isWide(s[j]))
            ++j;
    }
    while (j < s.size() && isLineStartProhibited(s[j]))
        ++j;
    return displayWidth(s.left(j));
}

bool continuesOnNextLine(QStringView line, QStringView next)
{
    const QStringView a = line.trimmed(), b = next.trimmed();
    if (a.isEmpty() || b.isEmpty() || endsSentence(a) || isTableRow(a) || isTableRow(b)
        || startsWithListMarker(b))
        return false;
    const QChar last = a.back(), first = b.front();
    if (isLineStartProhibited(first) && first != u'.' && first != u',')
        return true;
    if (first.isLower() && first.unicode() < 0x80)
        return true; // an English sentence or heading never starts in lower case
    if ((last.isDigit() || last == u'.') && first.isDigit())
        return true;
    if (QStringView(u"，、,(（“《[").contains(last))
        return true;
    // Words that cannot end a clause: comparators, linking verbs, prepositions, conjunctions.
    static constexpr std::u16string_view kOpen[]
        = { u"达到", u"达", u"超过", u"突破", u"不少于", u"不低于", u"不超过", u"不高于", u"低于",
              u"高于", u"少于", u"多于", u"大于", u"小于", u"约", u"占", u"为", u"的", u"和", u"与",
              u"及", u"或", u"并", u"在", u"将", u"把", u"从", u"向", u"由", u"对", u"至", u"于" };
    for (const auto word : kOpen) {
        if (a.endsWith(QStringView(word.data(), qsizetype(word.size()))))
            return true;
    }
    return false;
}

} // namespace policylens::linestructure
