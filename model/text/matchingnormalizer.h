#pragma once

#include <QString>

#include <vector>

namespace policylens {

// Text prepared for matching, with a map back to the original. Normalization only replaces
// characters one for one or drops them, so every normalized character has one original index.
struct NormalizedText
{
    QString text;
    std::vector<qsizetype> toOriginal; // text.size() + 1 entries; the last is the original length

    qsizetype originalStart(qsizetype normalizedStart) const
    {
        return toOriginal[size_t(normalizedStart)];
    }
    // End offset (exclusive) in the original of a normalized range ending at normalizedEnd.
    qsizetype originalEnd(qsizetype normalizedEnd) const
    {
        return normalizedEnd <= 0 ? 0 : toOriginal[size_t(normalizedEnd - 1)] + 1;
    }
};

// Full-width ASCII to ASCII (except the Chinese comma ，, which must not read as a thousands
// separator), Traditional to Simplified (ICU "Traditional-Simplified", applied per character so
// offsets survive), pinyin glosses such as 創(chuàng) dropped, and stray spaces between Chinese
// characters and digits removed. A line break is a block boundary and stays '\n', except a
// soft wrap of fixed-width text: most lines of the text end near one width, this line ends
// without closing punctuation, and the next line's first word would not have fitted on it (and
// is not a list item or a table row). Thread-safe.
class MatchingNormalizer final
{
public:
    static NormalizedText normalize(QStringView original);
    static char16_t simplify(char16_t c); // Traditional to Simplified, one UTF-16 unit
};

} // namespace policylens
