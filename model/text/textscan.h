#pragma once

#include <QChar>
#include <QStringView>

// Character tests and bounds-checked reads shared by the scanners of the text layer (numerals,
// units, years, exclusions): one definition, so every scanner agrees on what a digit is.
namespace policylens::textscan {

// The character at i, or a null QChar outside the text: lets rules look around a figure
// without bounds checks of their own.
inline QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool startsWithAt(QStringView text, qsizetype i, QStringView word)
{
    return i >= 0 && i <= text.size() && text.mid(i).startsWith(word);
}

// Calls f(line) for each line of text, trimmed, until f returns false.
template<typename F>
void forEachTrimmedLine(QStringView text, F f)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'\n')
            continue;
        const QStringView line = text.mid(lineStart, i - lineStart).trimmed();
        lineStart = i + 1;
        if (!f(line))
            return;
    }
}

} // namespace policylens::textscan
