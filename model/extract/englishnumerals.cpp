#include "extract/englishnumerals.h"

#include <array>

namespace policylens::englishnumerals {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

constexpr std::array<Word, 33> kWords = { {
    { u"zero", 0, 0 },
    { u"one", 1, 0 },
    { u"two", 2, 0 },
    { u"three", 3, 0 },
    { u"four", 4, 0 },
    { u"five", 5, 0 },
    { u"six", 6, 0 },
    { u"seven", 7, 0 },
    { u"eight", 8, 0 },
    { u"nine", 9, 0 },
    { u"ten", 10, 0 },
    { u"eleven", 11, 0 },
    { u"twelve", 12, 0 },
    { u"thirteen", 13, 0 },
    { u"fourteen", 14, 0 },
    { u"fifteen", 15, 0 },
    { u"sixteen", 16, 0 },
    { u"seventeen", 17, 0 },
    { u"eighteen", 18, 0 },
    { u"nineteen", 19, 0 },
    { u"twenty", 20, 1 },
    { u"thirty", 30, 1 },
    { u"forty", 40, 1 },
    { u"fifty", 50, 1 },
    { u"sixty", 60, 1 },
    { u"seventy", 70, 1 },
    { u"eighty", 80, 1 },
    { u"ninety", 90, 1 },
    { u"hundred", 2, 2 },
    { u"thousand", 3, 3 },
    { u"million", 6, 3 },
    { u"billion", 9, 3 },
    { u"trillion", 12, 3 },
} };

} // namespace

const Word *wordAt(QStringView text, qsizetype pos, qsizetype *wordEnd)
{
    if (pos > 0 && isAsciiLetter(text[pos - 1]))
        return nullptr;
    qsizetype end = pos;
    while (end < text.size() && isAsciiLetter(text[end]))
        ++end;
    const qsizetype length = end - pos;
    if (length < 3 || length > 9)
        return nullptr;
    char16_t lower[9];
    for (qsizetype i = 0; i < length; ++i) {
        char16_t c = text[pos + i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        lower[i] = c;
    }
    const std::u16string_view word(lower, size_t(length));
    for (const auto &entry : kWords) {
        if (entry.word == word) {
            *wordEnd = end;
            return &entry;
        }
    }
    return nullptr;
}

// Reads 1234, 1,234,567 or 16.4 at pos. Returns the end, or pos if there is no number.

std::optional<ParsedNumeral> parse(QStringView text, qsizetype pos)
{
    ParsedNumeral result;
    result.start = pos;
    result.english = true;
    std::int64_t total = 0;
    std::int64_t current = 0;
    bool any = false;
    qsizetype i = pos;
    qsizetype lastEnd = pos;
    while (i < text.size()) {
        qsizetype wordEnd = 0;
        const Word *word = wordAt(text, i, &wordEnd);
        if (!word)
            break;
        if (!any && word->kind >= 2)
            return std::nullopt; // "hundred" alone is not a numeral here
        switch (word->kind) {
        case 0:
        case 1:
            current += word->value;
            break;
        case 2:
            current = (current == 0 ? 1 : current) * 100;
            break;
        default: {
            std::int64_t scale = 1;
            for (int k = 0; k < word->value; ++k)
                scale *= 10;
            total += (current == 0 ? 1 : current) * scale;
            current = 0;
            result.magnitude = true;
        }
        }
        any = true;
        lastEnd = wordEnd;
        i = wordEnd;
        // Joiners inside a number: twenty-five, one hundred and five.
        if (at(text, i) == QLatin1Char('-') || at(text, i) == QLatin1Char(' ')) {
            qsizetype next = i + 1;
            if (text.mid(next).startsWith(QLatin1String("and "), Qt::CaseInsensitive))
                next += 4;
            i = next;
            continue;
        }
        break;
    }
    if (!any)
        return std::nullopt;
    result.value = Decimal(total + current);
    result.end = lastEnd;
    result.characters = 1;
    return result;
}

} // namespace policylens::englishnumerals
