#include "extract/nonprose.h"

#include <vector>

namespace policylens {

namespace {

bool isAsciiLetter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(char16_t u)
{
    return u >= u'0' && u <= u'9';
}

// Characters a URL, e-mail address, file name or code may contain (RFC 3986 without brackets).
bool isTokenChar(char16_t u)
{
    return isAsciiLetter(u) || isDigit(u)
        || QStringView(u"-._~:/?#@!$&'*+,;=%").contains(QChar(u));
}

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

// The run of token characters around [start, end), at most `reach` each way.
QStringView tokenAround(QStringView text, qsizetype start, qsizetype end)
{
    constexpr qsizetype reach = 256;
    qsizetype s = start;
    while (s > 0 && start - s < reach && isTokenChar(text[s - 1].unicode()))
        --s;
    qsizetype e = end;
    while (e < text.size() && e - end < reach && isTokenChar(text[e].unicode()))
        ++e;
    // Sentence punctuation after the token is not part of it: "see a.pdf." / "x.cn,".
    while (e > end && QStringView(u".,;:!?'").contains(text[e - 1]))
        --e;
    return text.mid(s, e - s);
}

bool containsAny(QStringView token, std::initializer_list<QStringView> parts)
{
    for (const QStringView part : parts) {
        if (token.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isFileName(QStringView token)
{
    const qsizetype dot = token.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView ext = token.mid(dot + 1);
    for (const QStringView known : { u"pdf", u"doc", u"docx", u"xls", u"xlsx", u"csv", u"txt",
             u"zip", u"rar", u"7z", u"png", u"jpg", u"jpeg", u"gif", u"ofd", u"wps", u"json",
             u"xml", u"md", u"ppt", u"pptx", u"html", u"htm", u"tif", u"tiff", u"et" }) {
        if (ext.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isEmail(QStringView token)
{
    const qsizetype atSign = token.indexOf(u'@');
    return atSign > 0 && token.indexOf(u'.', atSign) > atSign + 1;
}

// ABC-2024-001, report_2024, COVID-19: letters and digits joined by - or _ into one name.
bool isIdentifier(QStringView token)
{
    bool letter = false;
    bool digit = false;
    bool joiner = false;
    for (const QChar c : token) {
        letter = letter || isAsciiLetter(c.unicode());
        digit = digit || isDigit(c.unicode());
        joiner = joiner || c == u'_' || c == u'-';
    }
    return letter && digit && joiner;
}

bool isVersion(QStringView text, qsizetype start, qsizetype end, QStringView token)
{
    const QChar first = token.isEmpty() ? QChar() : token.front();
    if ((first == u'v' || first == u'V') && token.size() > 1 && isDigit(token[1].unicode()))
        return true;
    if (at(text, end) == u'版' && !text.mid(end).startsWith(u"版块"))
        return true;
    const QStringView before = text.left(start).trimmed();
    return before.endsWith(u"版本") || before.endsWith(u"version", Qt::CaseInsensitive)
        || before.endsWith(u"ver.", Qt::CaseInsensitive);
}

// 138 0013 8000, 010 8888 6666, +86 10 1234 5678: a mobile number in groups of 3-4-4, a
// landline with its 0 area code, or any grouping after +. Table rows of figures
// (2150 3000 4500) are none of these.
bool isSpacedPhone(QStringView text, qsizetype start)
{
    qsizetype s = start;
    while (s > 0 && start - s < 24
        && (isDigit(text[s - 1].unicode()) || text[s - 1] == u' ' || text[s - 1] == u'+'))
        --s;
    while (s < start && text[s] == u' ')
        ++s;
    const bool plus = at(text, s) == u'+';
    std::vector<int> groups;
    int group = 0;
    for (qsizetype i = plus ? s + 1 : s; i <= text.size() && i - s < 48; ++i) {
        const QChar c = at(text, i);
        if (isDigit(c.unicode())) {
            ++group;
            continue;
        }
        if (group > 0)
            groups.push_back(group);
        group = 0;
        if (c != u' ' && c != u'-')
            break;
    }
    if (groups.size() < 2)
        return false;
    int digits = 0;
    for (const int g : groups)
        digits += g;
    const QChar lead = at(text, plus ? s + 1 : s);
    if (plus)
        return digits >= 8;
    if (lead == u'1' && groups.size() == 3)
        return groups[0] == 3 && groups[1] == 4 && groups[2] == 4;
    return lead == u'0' && groups[0] >= 3 && groups[0] <= 4 && digits >= 10 && digits <= 12;
}

} // namespace

QStringView nonProseReason(QStringView text, qsizetype start, qsizetype end)
{
    const QStringView token = tokenAround(text, start, end);
    if (token.size() > end - start) {
        if (containsAny(token, { u"://", u"www.", u".com", u".cn", u".org", u".net", u".gov",
                u".edu", u".htm", u".php", u".asp", u".jsp", u"?", u"&" }))
            return u"url";
        if (isEmail(token))
            return u"email";
        if (isFileName(token))
            return u"file_name";
        if (isIdentifier(token))
            return u"identifier";
    }
    if (isVersion(text, start, end, token))
        return u"version";
    qsizetype digits = 0;
    for (qsizetype i = start; i < end; ++i)
        digits += isDigit(text[i].unicode()) ? 1 : 0;
    const bool idTail = at(text, end) == u'X' || at(text, end) == u'x';
    if (digits == end - start && (digits == 18 || digits == 15 || (digits == 17 && idTail)))
        return u"id_number";
    if (isSpacedPhone(text, start))
        return u"phone";
    return {};
}

} // namespace policylens
