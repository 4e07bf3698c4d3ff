#include "store/searchtext.h"

#include "text/fullwidth.h"
#include "text/matchingnormalizer.h"

#include <QList>

#include <vector>

namespace policylens {

namespace {

// One character of the text: one or two UTF-16 units.
struct Unit
{
    qsizetype pos;
    int len;
    char32_t code;
};

Unit unitAt(const QString &s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
        return { i, 2, QChar::surrogateToUcs4(c, s.at(i + 1)) };
    return { i, 1, c.unicode() };
}

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

struct Segment
{
    bool cjk;
    QString text; // CJK: the run; other: the raw text
};

QList<Segment> segments(const QString &text)
{
    QList<Segment> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        Unit u = unitAt(text, i);
        const bool cjk = SearchText::isCjk(u.code);
        QString piece;
        while (i < n) {
            u = unitAt(text, i);
            if (SearchText::isCjk(u.code) != cjk)
                break;
            char32_t code = u.code;
            // Full-width ASCII (２０２３, ＡＩ) is indexed as ASCII.
            code = code == 0x3000 ? code : foldFullWidth(code);
            if (code == u'"')
                code = u' ';
            if (cjk && code < 0x10000)
                code = MatchingNormalizer::simplify(char16_t(code));
            // 100EFLOPS and 5G: numbers and units are separate tokens.
            if (!piece.isEmpty() && code < 0x80 && piece.back().unicode() < 0x80
                && ((isAsciiDigit(code) && isAsciiLetter(piece.back().unicode()))
                    || (isAsciiLetter(code) && isAsciiDigit(piece.back().unicode()))))
                piece.append(QLatin1Char(' '));
            if (code < 0x10000)
                piece.append(QChar(char16_t(code)));
            else
                piece.append(text.mid(u.pos, u.len));
            i += u.len;
        }
        out.append({ cjk, piece });
    }
    return out;
}

// Splits a CJK run into characters (surrogate pairs kept whole).
QStringList characters(const QString &run)
{
    QStringList chars;
    for (qsizetype i = 0; i < run.size();) {
        const Unit u = unitAt(run, i);
        chars << run.mid(i, u.len);
        i += u.len;
    }
    return chars;
}

void appendBigrams(QString &out, const QStringList &chars, bool trailingUnigram)
{
    if (chars.size() == 1) {
        out += u' ';
        out += chars.first();
        return;
    }
    for (qsizetype k = 0; k + 1 < chars.size(); ++k) {
        out += u' ';
        out += chars.at(k);
        out += chars.at(k + 1);
    }
    if (trailingUnigram) {
        out += u' ';
        out += chars.last();
    }
}

} // namespace

bool SearchText::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF)
        || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0x3005 && c <= 0x3007);
}

QString SearchText::indexText(const QString &text)
{
    // Hot path of every import: one pass, no per-character allocations.
    QString out;
    out.reserve(text.size() * 3 + 16);
    std::vector<Unit> run;
    const QChar *data = text.constData();
    auto flushRun = [&]() {
        if (run.empty())
            return;
        const size_t n = run.size();
        // Traditional characters are indexed in their Simplified form (創新 as 创新), and so
        // are queries: either script finds documents written in the other.
        const auto append = [&](const Unit &u) {
            if (u.len == 1)
                out += QChar(MatchingNormalizer::simplify(data[u.pos].unicode()));
            else
                out.append(data + u.pos, u.len);
        };
        for (size_t k = 0; k + 1 < n; ++k) {
            out += u' ';
            append(run[k]);
            append(run[k + 1]);
        }
        // The trailing unigram makes a one-character prefix query see the run's last
        // character, and lets a phrase continue past the run ("智能 能 a" for 智能A).
        out += u' ';
        append(run[n - 1]);
        out += u' ';
        run.clear();
    };
    char16_t previous = u' ';
    for (qsizetype i = 0; i < text.size();) {
        const Unit u = unitAt(text, i);
        i += u.len;
        if (isCjk(u.code)) {
            run.push_back(u);
            previous = u' ';
            continue;
        }
        flushRun();
        char32_t code = u.code;
        code = code == 0x3000 ? code : foldFullWidth(code);
        if (code == u'"')
            code = u' ';
        if ((isAsciiDigit(code) && isAsciiLetter(previous))
            || (isAsciiLetter(code) && isAsciiDigit(previous)))
            out += u' ';
        if (code < 0x10000) {
            out += QChar(char16_t(code));
            previous = char16_t(code);
        } else {
            out.append(data + u.pos, u.len);
            previous = u' ';
        }
    }
    flushRun();
    return out;
}

QStringList SearchText::terms(const QString &query)
{
    return query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString SearchText::matchExpression(const QString &query)
{
    QStringList phrases;
    for (const QString &term : terms(query)) {
        const QList<Segment> parts = segments(term);
        QString phrase;
        bool prefix = false;
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const Segment &segment = parts.at(k);
            const bool last = k + 1 == parts.size();
            if (segment.cjk) {
                const QStringList chars = characters(segment.text);
                appendBigrams(phrase, chars, !last && chars.size() > 1);
                prefix = last && chars.size() == 1;
            } else {
                // Only letters and digits matter to the tokenizer; anything else separates.
                QString words;
                for (QChar c : segment.text)
                    words += c.isLetterOrNumber() ? c : QChar(u' ');
                phrase += u' ';
                phrase += words;
            }
        }
        phrase = phrase.simplified();
        if (phrase.isEmpty())
            continue;
        phrases << QString(QLatin1Char('"') + phrase + QLatin1Char('"')
            + (prefix ? QStringLiteral(" *") : QString()));
    }
    return phrases.join(QStringLiteral(" AND "));
}

} // namespace policylens
