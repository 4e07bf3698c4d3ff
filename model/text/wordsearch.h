#pragma once

#include <QStringView>

#include <initializer_list>

namespace policylens::wordsearch {

// Whether text contains word: the answer of QStringView::contains(word), found by jumping
// between occurrences of the word's first character (Qt's vectorised character search). Qt's
// general substring search hashes every position of the text, which costs several times more
// for the short Chinese words the extraction rules look for in every sentence.
inline bool contains(QStringView text, QStringView word)
{
    if (word.isEmpty())
        return true;
    const QChar first = word.front();
    const qsizetype last = text.size() - word.size();
    for (qsizetype i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
        if (text.mid(i, word.size()) == word)
            return true;
    }
    return false;
}

// Whether text contains the ASCII word ignoring case: the answer of QStringView::contains(word,
// Qt::CaseInsensitive). Only letters fold to letters, and below the CJK blocks only other
// letters could fold to Latin ones (K, the Kelvin sign): a text holding such a letter is left to
// Qt, any other is compared by ASCII case alone.
inline bool containsCaseless(QStringView text, QStringView asciiWord)
{
    if (asciiWord.isEmpty())
        return true;
    for (const QChar c : asciiWord) {
        if (c.unicode() >= 0x80)
            return text.contains(asciiWord, Qt::CaseInsensitive);
    }
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    const char16_t first = lower(asciiWord.front().unicode());
    const qsizetype last = text.size() - asciiWord.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() >= 0x80 && c.unicode() < 0x2E80 && c.isLetter())
            return text.contains(asciiWord, Qt::CaseInsensitive);
        if (i > last || lower(c.unicode()) != first)
            continue;
        qsizetype j = 1;
        while (j < asciiWord.size()
            && lower(text[i + j].unicode()) == lower(asciiWord[j].unicode()))
            ++j;
        if (j == asciiWord.size())
            return true;
    }
    return false;
}

// The first of words that text contains, or an empty view.
inline QStringView firstContained(QStringView text, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words) {
        if (contains(text, w))
            return w;
    }
    return {};
}

inline bool containsAny(QStringView text, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words) {
        if (contains(text, w))
            return true;
    }
    return false;
}

} // namespace policylens::wordsearch
