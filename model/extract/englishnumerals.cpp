#include "extract/englishnumerals.h"

#include "text/textscan.h"

#include <array>

namespace policylens::englishnumerals {

namespace {

using textscan::isAsciiLetter;
using textscan::at;

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

namespace {

bool wordIs(QStringView text, qsizetype pos, QStringView word, qsizetype *end)
{
    if (!text.mid(pos).startsWith(word, Qt::CaseInsensitive)
        || isAsciiLetter(at(text, pos + word.size())))
        return false;
    *end = pos + word.size();
    return true;
}

// "a hundred", "an eighth": the article stands for one before a scale word or a fraction.
qsizetype afterArticle(QStringView text, qsizetype pos)
{
    qsizetype end = 0;
    if (pos > 0 && isAsciiLetter(text[pos - 1]))
        return pos;
    if ((wordIs(text, pos, u"a", &end) || wordIs(text, pos, u"an", &end)) && at(text, end) == u' ')
        return end + 1;
    return pos;
}

// third, quarters, half...: the denominator an ordinal word names, or 0.
int denominatorAt(QStringView text, qsizetype pos, qsizetype *end)
{
    static const std::pair<QStringView, int> words[] = { { u"halves", 2 }, { u"half", 2 },
        { u"thirds", 3 }, { u"third", 3 }, { u"quarters", 4 }, { u"quarter", 4 },
        { u"fifths", 5 }, { u"fifth", 5 }, { u"sixths", 6 }, { u"sixth", 6 },
        { u"sevenths", 7 }, { u"seventh", 7 }, { u"eighths", 8 }, { u"eighth", 8 },
        { u"ninths", 9 }, { u"ninth", 9 }, { u"tenths", 10 }, { u"tenth", 10 } };
    for (const auto &[word, denominator] : words) {
        if (wordIs(text, pos, word, end))
            return denominator;
    }
    return 0;
}

// "three point five (million)": digit words after "point", then an optional scale word.
std::optional<Decimal> pointFraction(
    QStringView text, qsizetype pos, Decimal whole, qsizetype *end, bool *scaled)
{
    qsizetype i = 0;
    if (!wordIs(text, pos, u"point", &i) || at(text, i) != u' ')
        return std::nullopt;
    std::int64_t digits = 0;
    int places = 0;
    qsizetype last = i;
    while (at(text, i) == u' ' && places < 12) {
        qsizetype wordEnd = 0;
        const Word *word = wordAt(text, i + 1, &wordEnd);
        if (!word || word->kind != 0 || word->value > 9)
            break;
        digits = digits * 10 + word->value;
        ++places;
        i = last = wordEnd;
    }
    if (places == 0)
        return std::nullopt;
    auto value = whole.added(Decimal(digits, -places));
    qsizetype wordEnd = 0;
    const Word *scale = at(text, last) == u' ' ? wordAt(text, last + 1, &wordEnd) : nullptr;
    *scaled = value && scale && scale->kind == 3;
    if (*scaled) {
        value = value->scaled(scale->value);
        last = wordEnd;
    }
    *end = last;
    return value;
}

// After the words: "three point five", "two thirds", "a quarter". from is where the next
// word starts; a fraction needs a whole number below 100 before it.
void readPointOrFraction(QStringView text, ParsedNumeral &n, qsizetype from, std::int64_t total,
    std::int64_t current)
{
    qsizetype end = 0;
    bool scaled = false;
    if (const auto value = pointFraction(text, from, n.value, &end, &scaled)) {
        n.magnitude = n.magnitude || scaled;
        n.value = *value;
        n.end = end;
        return;
    }
    const int denominator = denominatorAt(text, from, &end);
    if (denominator == 0 || total != 0 || current < 1 || current >= 100)
        return;
    // "a third batch", "one fifth round" are ordinals; "a third of", "a quarter." are shares.
    qsizetype ofEnd = 0;
    const bool wordFollows = at(text, end) == u' ' && isAsciiLetter(at(text, end + 1));
    if (wordFollows && !wordIs(text, end + 1, u"of", &ofEnd))
        return;
    if (const auto ratio = Decimal(current).divided(Decimal(denominator))) {
        n.value = *ratio;
        n.fraction = true;
        n.end = end;
    }
}

// Adds a number word to the figure read so far: units and tens add to the current group,
// hundred multiplies it, thousand and the larger scales close it into the total. False on
// overflow.
bool addWord(const Word &word, std::int64_t &total, std::int64_t &current, ParsedNumeral &result)
{
    switch (word.kind) {
    case 0:
    case 1:
        current += word.value;
        return true;
    case 2:
        current = (current == 0 ? 1 : current) * 100;
        return true;
    default:
        break;
    }
    std::int64_t scale = 1;
    for (int k = 0; k < word.value; ++k)
        scale *= 10;
    if (__builtin_mul_overflow(current == 0 ? 1 : current, scale, &scale)
        || __builtin_add_overflow(total, scale, &total))
        return false;
    current = 0;
    result.magnitude = true;
    return true;
}

} // namespace

// twenty-five, one hundred and five, a hundred, three point five, two thirds.
std::optional<ParsedNumeral> parse(QStringView text, qsizetype pos)
{
    ParsedNumeral result;
    result.start = pos;
    result.english = true;
    std::int64_t total = 0;
    std::int64_t current = 0;
    qsizetype i = afterArticle(text, pos);
    bool any = i > pos; // "a" counts as one before hundred, thousand, a fraction
    if (any) {
        qsizetype end = 0;
        const Word *next = wordAt(text, i, &end);
        if (!(next && next->kind >= 2) && denominatorAt(text, i, &end) == 0)
            return std::nullopt;
        current = 1;
    }
    qsizetype lastEnd = i;
    while (i < text.size()) {
        qsizetype wordEnd = 0;
        const Word *word = wordAt(text, i, &wordEnd);
        if (!word)
            break;
        if (!any && word->kind >= 2)
            return std::nullopt; // "hundred" alone is not a numeral here
        if (!addWord(*word, total, current, result))
            return std::nullopt;
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
    const QChar joiner = at(text, lastEnd);
    const bool articleOnly = lastEnd == afterArticle(text, pos) && lastEnd > pos;
    if (articleOnly || joiner == u' ' || joiner == u'-')
        readPointOrFraction(text, result, articleOnly ? lastEnd : lastEnd + 1, total, current);
    if (result.end == result.start || (articleOnly && !result.fraction))
        return std::nullopt;
    return result;
}

} // namespace policylens::englishnumerals
