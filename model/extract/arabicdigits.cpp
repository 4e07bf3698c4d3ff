#include "extract/arabicdigits.h"

#include "text/textscan.h"

namespace policylens::arabicdigits {

namespace {

using textscan::isAsciiDigit;
using textscan::isAsciiLetter;
using textscan::at;
using textscan::startsWithAt;

// A group of exactly three digits after a separator at i: 1,234 / 4，565 / 1 000.
bool groupOfThreeAt(QStringView text, qsizetype i)
{
    return isAsciiDigit(at(text, i + 1)) && isAsciiDigit(at(text, i + 2))
        && isAsciiDigit(at(text, i + 3)) && !isAsciiDigit(at(text, i + 4));
}

} // namespace

qsizetype readArabic(QStringView text, qsizetype pos, ParsedNumeral *out, Decimal *value)
{
    qsizetype i = pos;
    QString digits;
    while (i < text.size() && isAsciiDigit(text[i]))
        digits += text[i++];
    if (digits.isEmpty() && at(text, i) == u'.' && isAsciiDigit(at(text, i + 1)))
        digits = QStringLiteral("0"); // .77, -.0012G: a fraction without its leading zero
    if (digits.isEmpty())
        return pos;
    // Thousands separators only in groups of exactly three, so "1,2" stays a list. The
    // full-width comma is a separator only between digits (４，５６５), never after a clause.
    const QChar comma = at(text, i);
    if ((comma == u',' || comma == u'，') && digits.size() <= 3) {
        while (at(text, i) == comma && groupOfThreeAt(text, i) && digits.size() <= 3 + 4 * 3) {
            digits += text.mid(i + 1, 3);
            out->separators = true;
            i += 4;
        }
    }
    // PDF text and some English documents group thousands with a space: 1 000, 12 500 000.
    if (!out->separators && digits.size() <= 3) {
        while (at(text, i) == u' ' && groupOfThreeAt(text, i)) {
            digits += text.mid(i + 1, 3);
            out->separators = true;
            i += 4;
        }
    }
    out->arabicIntegerDigits = int(digits.size());
    if (at(text, i) == u'.' && isAsciiDigit(at(text, i + 1))) {
        digits += QLatin1Char('.');
        ++i;
        while (i < text.size() && isAsciiDigit(text[i]))
            digits += text[i++];
    }
    const auto parsed = Decimal::fromString(digits);
    if (!parsed)
        return pos;
    *value = *parsed;
    out->arabic = true;
    return i;
}

// 1.2e5, 3E-2: an exponent of one to three digits that ends the token.
qsizetype exponentAt(QStringView text, qsizetype i, int *exponent)
{
    if (at(text, i) != u'e' && at(text, i) != u'E')
        return i;
    qsizetype j = i + 1;
    const bool negative = at(text, j) == u'-';
    if (at(text, j) == u'-' || at(text, j) == u'+')
        ++j;
    int value = 0;
    const qsizetype first = j;
    while (isAsciiDigit(at(text, j)) && j - first < 3)
        value = value * 10 + (text[j++].unicode() - u'0');
    if (j == first || isAsciiDigit(at(text, j)) || isAsciiLetter(at(text, j)))
        return i;
    *exponent = negative ? -value : value;
    return j;
}

// 40k, 2.5M, 1.2B, 3bn: the power of ten a Latin suffix stands for, and its length.
int suffixPower(QStringView text, qsizetype i, qsizetype *length)
{
    static const std::pair<QStringView, int> suffixes[] = { { u"bn", 9 }, { u"mn", 6 },
        { u"k", 3 }, { u"K", 3 }, { u"M", 6 }, { u"B", 9 }, { u"G", 9 } };
    for (const auto &[suffix, power] : suffixes) {
        if (!startsWithAt(text, i, suffix))
            continue;
        const QChar after = at(text, i + suffix.size());
        if (isAsciiLetter(after) || isAsciiDigit(after))
            return 0;
        *length = suffix.size();
        return power;
    }
    return 0;
}


} // namespace policylens::arabicdigits
