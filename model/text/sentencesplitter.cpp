#include "text/sentencesplitter.h"

#include <array>

namespace policylens {

namespace {

bool isClosing(QChar c)
{
    return QStringView(u"”’」』)）】\"'").contains(c);
}

bool isChineseCount(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

bool isAbbreviationBefore(QStringView text, qsizetype dot, qsizetype sentenceStart)
{
    qsizetype w = dot;
    while (w > sentenceStart && text[w - 1].isLetterOrNumber() && text[w - 1].unicode() < 0x80)
        --w;
    const QStringView word = text.mid(w, dot - w);
    if (dot - sentenceStart <= 4)
        return true; // "1." or "II." opening a list item
    static constexpr std::array<std::u16string_view, 10> kAbbrev
        = { u"No", u"Art", u"e.g", u"i.e", u"Mr", u"Dr", u"St", u"U.S", u"vs", u"etc" };
    for (const auto a : kAbbrev) {
        if (word.compare(QStringView(a.data(), qsizetype(a.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    return word.size() == 1 && word[0].isUpper(); // an initial
}

void classify(QStringView text, SentenceSpan *span)
{
    const QStringView s = text.mid(span->start, span->end - span->start);
    qsizetype j = 0;
    while (j < s.size() && isChineseCount(s[j]))
        ++j;
    if (j > 0 && j < s.size() && (s[j] == u'、' || s[j] == u'.' || s[j] == u'．')) {
        span->sectionHeading = true;
        return;
    }
    if (s.startsWith(u"第")) {
        qsizetype k = s.indexOf(QChar(u'章'));
        if (k < 0)
            k = s.indexOf(QStringView(u"部分"));
        if (k > 0 && k < 6)
            span->sectionHeading = true;
    }
    if (s.startsWith(u"(") || s.startsWith(u"——") || s.startsWith(u"—")
        || (!s.isEmpty() && s[0].unicode() >= 0x2460 && s[0].unicode() <= 0x24FF))
        span->listItem = true;
    qsizetype d = 0;
    while (d < s.size() && d < 3 && s[d].isDigit())
        ++d;
    if (d > 0 && d < s.size() && (s[d] == u'.' || s[d] == u'、'))
        span->listItem = true;
}

struct Cell
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The cells of one table row, in text positions (empty cells kept, so columns line up).
QList<Cell> cellsOf(QStringView text, qsizetype lineStart, qsizetype lineEnd)
{
    QList<Cell> cells;
    qsizetype start = lineStart;
    for (qsizetype i = lineStart; i <= lineEnd; ++i) {
        if (i < lineEnd && text[i] != u'\t')
            continue;
        qsizetype s = start, e = i;
        while (s < e && text[s] == u' ')
            ++s;
        while (e > s && text[e - 1] == u' ')
            --e;
        cells.append({ s, e });
        start = i + 1;
    }
    return cells;
}

// Gives every cell below a table's first row and right of its first column the headers of its
// column and row. A table is a run of lines that hold tabs; its first row is the header row.
void attachTableHeaders(QStringView text, QList<SentenceSpan> &spans)
{
    QList<Cell> header;
    qsizetype si = 0;
    for (qsizetype lineStart = 0; lineStart < text.size();) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        if (!line.contains(u'\t')) {
            header.clear();
        } else if (header.isEmpty()) {
            header = cellsOf(text, lineStart, lineEnd);
        } else {
            const QList<Cell> row = cellsOf(text, lineStart, lineEnd);
            for (; si < spans.size() && spans[si].start < lineEnd; ++si) {
                SentenceSpan &span = spans[si];
                if (span.start < lineStart)
                    continue;
                const qsizetype column = line.left(span.start - lineStart).count(u'\t');
                if (column == 0 || row.isEmpty() || row[0].end == row[0].start)
                    continue;
                span.rowHeaderStart = row[0].start;
                span.rowHeaderEnd = row[0].end;
                if (column < header.size() && header[column].end > header[column].start) {
                    span.columnHeaderStart = header[column].start;
                    span.columnHeaderEnd = header[column].end;
                }
            }
        }
        while (si < spans.size() && spans[si].start < lineEnd)
            ++si;
        lineStart = lineEnd + 1;
    }
}

} // namespace

namespace {

// Does a sentence end at text[i]? start is where the current sentence began.
bool endsSentenceAt(QStringView text, qsizetype i, qsizetype start)
{
    switch (text[i].unicode()) {
    case u'。':
    case u'!':
    case u'?':
    case u'！':
    case u'？':
    case u';':
    case u'；':
    case u':':
    case u'：':
    case u'\n':
    case u'\t':
        return true;
    case u'.':
        return (i + 1 >= text.size() || text[i + 1] == u' ' || text[i + 1] == u'\n')
            && !isAbbreviationBefore(text, i, start);
    default:
        return false;
    }
}

// Where to cut a run without a boundary that reached MaxSentenceChars at i: after the last
// full-width comma, enumeration comma, space or non-digit comma in the second half of the
// window, else right after i; never inside a surrogate pair.
qsizetype cutOfLongRun(QStringView text, qsizetype start, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype cut = i + 1;
    for (qsizetype k = i; k > start + SentenceSplitter::MaxSentenceChars / 2; --k) {
        const char16_t p = text[k].unicode();
        const bool digitComma = p == u',' && k + 1 < n && text[k + 1].isDigit();
        if (p == u'，' || p == u'、' || p == u' ' || (p == u',' && !digitComma)) {
            cut = k + 1;
            break;
        }
    }
    if (cut < n && text[cut].isLowSurrogate())
        --cut;
    return cut;
}

} // namespace

QList<SentenceSpan> SentenceSplitter::split(QStringView text)
{
    QList<SentenceSpan> out;
    const qsizetype n = text.size();
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        qsizetype s = start;
        while (s < end && (text[s] == u' ' || text[s] == u'\n' || text[s] == u'\t'))
            ++s;
        qsizetype e = end;
        while (e > s && (text[e - 1] == u' ' || text[e - 1] == u'\n' || text[e - 1] == u'\t'))
            --e;
        if (e > s) {
            SentenceSpan span { s, e };
            classify(text, &span);
            out.append(span);
        }
        start = end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (!endsSentenceAt(text, i, start)) {
            if (i + 1 - start < MaxSentenceChars)
                continue;
            const qsizetype cut = cutOfLongRun(text, start, i);
            close(cut);
            i = cut - 1;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && isClosing(text[end]))
            ++end;
        close(end);
        i = end - 1;
    }
    close(n);
    attachTableHeaders(text, out);
    return out;
}

} // namespace policylens
