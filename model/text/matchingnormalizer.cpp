#include "text/matchingnormalizer.h"

#include "text/fullwidth.h"
#include "text/linestructure.h"

#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace policylens {

namespace {

namespace ls = linestructure;

// Built once: ICU's Traditional-Simplified transliterator applied to every BMP ideograph.
// Looking characters up afterwards keeps normalization linear, cheap and offset-preserving.
struct SimplifiedTable
{
    std::vector<char16_t> map;

    SimplifiedTable()
        : map(0x10000)
    {
        for (size_t i = 0; i < map.size(); ++i)
            map[i] = char16_t(i);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Traditional-Simplified"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !t) {
            qWarning(
                "ICU Traditional-Simplified transliterator unavailable: %s", u_errorName(status));
            return;
        }
        auto convert = [&](char16_t from, char16_t to) {
            for (char16_t c = from; c <= to; ++c) {
                icu::UnicodeString s(static_cast<UChar>(c));
                t->transliterate(s);
                if (s.length() == 1 && s.charAt(0) != c)
                    map[c] = s.charAt(0);
            }
        };
        convert(0x3400, 0x4DBF);
        convert(0x4E00, 0x9FFF);
        convert(0xF900, 0xFAFF);
    }
};

const SimplifiedTable &simplifiedTable()
{
    static const SimplifiedTable table;
    return table;
}

inline bool isSpace(char16_t c)
{
    if (c > u' ' && c < 0x00A0)
        return false; // printable ASCII: the common case, decided with two comparisons
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == 0x3000 || c == 0x00A0
        || c == 0x2002 || c == 0x2003 || c == 0x200B || c == 0xFEFF;
}

bool isWide(char16_t c)
{
    return c >= 0x2E80; // CJK and full-width punctuation: no spaces needed between them
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// The Chinese comma stays: it separates clauses and must not read as a thousands separator
// (the numeral parser decides that from the digits around it).
char16_t foldWidth(char16_t c)
{
    return c == 0xFF0C ? c : char16_t(foldFullWidth(c));
}

bool isPinyinLetter(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return true;
    switch (c) {
    case u'ā':
    case u'á':
    case u'ǎ':
    case u'à':
    case u'ē':
    case u'é':
    case u'ě':
    case u'è':
    case u'ī':
    case u'í':
    case u'ǐ':
    case u'ì':
    case u'ō':
    case u'ó':
    case u'ǒ':
    case u'ò':
    case u'ū':
    case u'ú':
    case u'ǔ':
    case u'ù':
    case u'ü':
    case u'ǖ':
    case u'ǘ':
    case u'ǚ':
    case u'ǜ':
    case u'ń':
    case u'ň':
        return true;
    default:
        return false;
    }
}

// "(chuàng)" right after a Chinese character: a reading gloss left by a conversion tool.
qsizetype pinyinGlossLength(QStringView s, qsizetype i)
{
    if (foldWidth(s[i].unicode()) != u'(')
        return 0;
    qsizetype j = i + 1;
    bool toned = false;
    while (j < s.size() && j - i <= 8 && isPinyinLetter(s[j].unicode())) {
        if (s[j].unicode() > 0x7F)
            toned = true;
        ++j;
    }
    if (j == i + 1 || j >= s.size() || foldWidth(s[j].unicode()) != u')' || !toned)
        return 0;
    return j - i + 1;
}

// The width a fixed-width text is wrapped at, in columns; 0 when lines are paragraphs. Wrapped
// text has most of its lines close to one width (the 90th percentile); paragraphs one a line
// scatter. Lines wider than 160 columns are never wrapped by a tool.
int wrapWidth(QStringView s)
{
    if (s.count(u'\n') < 3)
        return 0;
    std::vector<int> widths;
    for (qsizetype start = 0; start < s.size();) {
        qsizetype end = s.indexOf(u'\n', start);
        if (end < 0)
            end = s.size();
        const QStringView line = s.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            widths.push_back(ls::displayWidth(line));
        start = end + 1;
    }
    if (widths.size() < 4)
        return 0;
    std::sort(widths.begin(), widths.end());
    const int width = widths[widths.size() - 1 - widths.size() / 10];
    if (width > 160 || width < 20)
        return 0;
    const int slack = std::max(4, width / 8);
    const auto near = std::count_if(
        widths.begin(), widths.end(), [&](int w) { return w >= width - slack && w <= width + 2; });
    return near >= 3 && 2 * near >= qsizetype(widths.size()) ? width : 0;
}

// A line break is a soft wrap when the text says the sentence goes on (see
// linestructure::continuesOnNextLine), or in fixed-width text when the line ends without
// closing punctuation and the next line's first word would not have fitted on it. `line` is the
// normalized line (pinyin glosses gone), `source` the same line as written (for its width).
bool isSoftWrap(QStringView line, QStringView source, QStringView next, int width)
{
    if (ls::continuesOnNextLine(line, next))
        return true;
    const QStringView written = source.trimmed();
    if (width == 0 || written.isEmpty() || next.trimmed().isEmpty() || ls::endsSentence(line)
        || ls::isTableRow(written) || ls::startsWithListMarker(next) || ls::isTableRow(next))
        return false;
    const QStringView following = next.trimmed();
    const int separator = ls::isWide(written.back()) || ls::isWide(following.front()) ? 0 : 1;
    return ls::displayWidth(written) + separator + ls::firstWordWidth(following) > width;
}

} // namespace

char16_t MatchingNormalizer::simplify(char16_t c)
{
    return simplifiedTable().map[c];
}

namespace {

// Writes the normalized text straight into buffers of the input's size: every character is
// kept, replaced one for one or dropped, and a run of spaces becomes at most one character per
// space, so the output never outgrows the input (QString::append per character was a third of
// the extractor's time).
struct Output
{
    QChar *text;
    qsizetype *origin;
    qsizetype size = 0;
    qsizetype lineStart = 0; // where the current line began in the normalized text
    qsizetype sourceLineStart = 0; // ... and in the original

    void put(char16_t c, qsizetype from)
    {
        text[size] = QChar(c);
        origin[size] = from;
        ++size;
    }
    char16_t last() const { return size == 0 ? u'\n' : text[size - 1].unicode(); }
};

// The run of spaces s[i, j) holding `newlines` line breaks: a block boundary ('\n'), nothing
// between wide characters or inside a number broken across lines, a space between words, the
// tabs between table cells.
void writeSpaces(QStringView s, qsizetype i, qsizetype j, int newlines, int width, Output &out)
{
    const qsizetype n = s.size();
    const char16_t left = out.last();
    const char16_t right = j < n ? foldWidth(s[j].unicode()) : u'\n';
    if (newlines > 0) {
        qsizetype nextEnd = s.indexOf(u'\n', j);
        if (nextEnd < 0)
            nextEnd = n;
        const bool hard = newlines > 1 || left == u'\n'
            || !isSoftWrap(QStringView(out.text + out.lineStart, out.size - out.lineStart),
                s.mid(out.sourceLineStart, i - out.sourceLineStart), s.mid(j, nextEnd - j), width);
        out.sourceLineStart = j;
        if (hard) {
            if (left != u'\n')
                out.put(u'\n', i);
            out.lineStart = out.size;
        } else if ((isAsciiDigit(left) || left == u'.') && (isAsciiDigit(right) || right == u'.')) {
            // a number broken across lines: 12\n00亿元
        } else if (!(isWide(left) || isWide(right))) {
            out.put(u' ', i); // a wrapped line of English
        }
    } else if (s.mid(i, j - i).contains(u'\t') && left != u'\n') {
        for (qsizetype k = i; k < j; ++k) {
            if (s[k] == u'\t')
                out.put(u'\t', k); // the cells of a table row stay apart
        }
    } else if (!(isWide(left) || isWide(right)) && left != u'\n') {
        out.put(u' ', i);
    }
}

} // namespace

NormalizedText MatchingNormalizer::normalize(QStringView s)
{
    const auto &table = simplifiedTable().map;
    const qsizetype n = s.size();
    NormalizedText result;
    result.text.resize(n);
    result.toOriginal.resize(size_t(n) + 1);
    Output out { result.text.data(), result.toOriginal.data() };
    const int width = wrapWidth(s);
    qsizetype i = 0;
    while (i < n) {
        const char16_t raw = s[i].unicode();
        if (isSpace(raw)) {
            qsizetype j = i;
            int newlines = 0;
            for (; j < n && isSpace(s[j].unicode()); ++j)
                newlines += s[j] == u'\n';
            writeSpaces(s, i, j, newlines, width, out);
            i = j;
            continue;
        }
        if ((raw == u'(' || raw == 0xFF08) && out.size > 0 && isWide(out.last())
            && out.last() != u'(') {
            const qsizetype gloss = pinyinGlossLength(s, i);
            if (gloss > 0) {
                i += gloss;
                continue;
            }
        }
        out.put(table[foldWidth(raw)], i);
        ++i;
    }
    result.text.truncate(out.size);
    result.toOriginal.resize(size_t(out.size) + 1);
    result.toOriginal[size_t(out.size)] = n;
    return result;
}

} // namespace policylens
