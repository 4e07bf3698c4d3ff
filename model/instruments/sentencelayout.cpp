#include "instruments/sentencelayout.h"

#include "text/matchingnormalizer.h"

#include <algorithm>
#include <array>

namespace policylens {

namespace {

constexpr std::array<std::u16string_view, 6> kNoteWords
    = { u"责任单位", u"牵头单位", u"配合单位", u"主责单位", u"责任部门", u"牵头部门" };

bool isClosingMark(QChar c)
{
    return QStringView(u"”’」』)）】]\"' \t").contains(c);
}

QChar lastSignificant(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0 && isClosingMark(s[i - 1]))
        --i;
    return i > 0 ? s[i - 1] : QChar();
}

bool startsWithNoteWord(QStringView s)
{
    s = s.trimmed();
    if (s.startsWith(u'(') || s.startsWith(u'（'))
        s = s.mid(1);
    for (const auto w : kNoteWords) {
        if (s.startsWith(QStringView(w.data(), qsizetype(w.size()))))
            return true;
    }
    return false;
}

bool isChineseCount(QChar c)
{
    return QStringView(u"一二三四五六七八九十").contains(c);
}

bool isRomanSection(QStringView s)
{
    qsizetype r = 0;
    while (r < s.size() && r < 5 && QStringView(u"IVX").contains(s[r]))
        ++r;
    return r > 0 && r + 1 < s.size() && s[r] == u'.' && s[r + 1] == u' ';
}

void classify(QStringView s, Unit &u)
{
    s = s.trimmed();
    qsizetype j = 0;
    while (j < s.size() && isChineseCount(s[j]))
        ++j;
    u.sectionHeading = (j > 0 && j < s.size() && (s[j] == u'、' || s[j] == u'.'))
        || isRomanSection(s);
    if (s.startsWith(u"第")) {
        const qsizetype k = s.indexOf(QChar(u'章'));
        u.sectionHeading = u.sectionHeading || (k > 0 && k < 6);
    }
    qsizetype d = 0;
    while (d < s.size() && d < 3 && s[d].isDigit())
        ++d;
    u.listItem = s.startsWith(u'(') || s.startsWith(u"—")
        || (d > 0 && d < s.size() && (s[d] == u'.' || s[d] == u'、'));
}

// A line without closing punctuation is a heading, a title or a signature; a long one that
// runs on through commas is a paragraph whose end is missing (a cut excerpt, a lost full stop).
bool looksLikeHeading(QStringView s)
{
    constexpr qsizetype kLongLine = 60;
    if (s.size() <= kLongLine)
        return true;
    const qsizetype commas = s.count(u'，') + s.count(u',');
    return commas == 0 || s.contains(u'《');
}

bool lineBreakAfter(const QString &original, qsizetype pos)
{
    while (pos < original.size() && (original[pos] == u' ' || original[pos] == u'\t'
               || original[pos] == u'\r' || original[pos] == QChar(0x3000)))
        ++pos;
    return pos >= original.size() || original[pos] == u'\n';
}

// Normalized offset of the first character at or after original offset `orig`.
qsizetype toNormalized(const NormalizedText &norm, qsizetype orig)
{
    const auto it = std::lower_bound(norm.toOriginal.begin(), norm.toOriginal.end() - 1, orig);
    return qsizetype(it - norm.toOriginal.begin());
}

// "一、发展目标 充分发挥…。": a short heading, a space, then a full sentence on the same line.
qsizetype runInHeadingEnd(QStringView s, const Unit &span)
{
    if (!span.sectionHeading && !span.listItem)
        return 0;
    const qsizetype space = s.indexOf(u' ');
    if (space < 3 || space > 24 || space + 8 > s.size())
        return 0;
    for (qsizetype i = 0; i < space; ++i) {
        if (QStringView(u"，,。；;：:").contains(s[i]))
            return 0;
    }
    return s[space - 1].unicode() >= 0x2E80 ? space + 1 : 0; // Chinese heading text
}

} // namespace

bool hasParagraphLines(QStringView original)
{
    // A PDF column holds at most about 50 Chinese characters or 100 Latin ones; a line longer
    // than that, or lines that mostly end a sentence, mean one paragraph a line.
    constexpr qsizetype kColumn = 110;
    int lines = 0;
    int closed = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= original.size(); ++i) {
        if (i < original.size() && original[i] != u'\n')
            continue;
        const QStringView line = original.mid(lineStart, i - lineStart).trimmed();
        lineStart = i + 1;
        if (line.size() > kColumn)
            return true;
        if (line.size() < 20)
            continue;
        ++lines;
        closed += QStringView(u"。！？；.!?;").contains(lastSignificant(line));
    }
    return lines > 0 && closed * 10 >= lines * 6;
}

QList<Unit> codingUnits(const QString &original, qsizetype from, const NormalizedText &norm,
    bool paragraphLines)
{
    QList<Unit> out;
    auto addUnit = [&](qsizetype a, qsizetype b) {
        while (a < b && norm.text[a].isSpace())
            ++a;
        if (a >= b)
            return;
        Unit u;
        u.start = a;
        u.end = b;
        classify(QStringView(norm.text).mid(a, b - a), u);
        u.endsLine = lineBreakAfter(original, from + norm.originalEnd(b));
        out.append(u);
    };
    for (const SentenceSpan &span : SentenceSplitter::split(norm.text)) {
        qsizetype a = span.start;
        const qsizetype oa = from + norm.originalStart(span.start);
        const qsizetype ob = from + norm.originalEnd(span.end);
        for (qsizetype o = paragraphLines ? original.indexOf(u'\n', oa) : -1; o >= 0 && o < ob;
             o = original.indexOf(u'\n', o + 1)) {
            const qsizetype cut = toNormalized(norm, o - from);
            if (cut > a && cut < span.end) {
                addUnit(a, cut);
                a = cut;
            }
        }
        addUnit(a, span.end);
    }
    return out;
}

UnitLayout LayoutReader::read(QStringView s, const Unit &where)
{
    UnitLayout out;
    out.sectionHeading = where.sectionHeading;
    if (m_noteOpen || startsWithNoteWord(s)) {
        const qsizetype close = std::max(s.indexOf(u')'), s.indexOf(u'）'));
        m_noteOpen = close < 0;
        out.role = SentenceRole::Note;
        if (close < 0 || s.mid(close + 1).trimmed().size() < 4)
            return out;
        out.role = SentenceRole::Body; // the note closed and a sentence follows it
        out.bodyStart = close + 1;
        return out;
    }
    const QChar last = lastSignificant(s);
    if (last == u':' || last == u'：') {
        out.role = SentenceRole::LeadIn;
        return out;
    }
    const bool closed = QStringView(u"。！？；.!?;…").contains(last);
    if (!closed && where.endsLine && looksLikeHeading(s.trimmed())) {
        out.role = SentenceRole::Heading;
        return out;
    }
    out.headingEnd = runInHeadingEnd(s, where);
    out.bodyStart = out.headingEnd;
    return out;
}

} // namespace policylens
