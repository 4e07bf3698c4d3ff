#pragma once

#include "extract/decimal.h"

#include <QStringView>

#include <optional>

namespace policylens {

// One numeral as written: 3000亿, 1.5万亿, 一百九十万零三千九百七十一, 百分之十五, 1,234.5,
// 300 billion, twenty-five. The value is exact; units and counters are not part of it.
struct ParsedNumeral
{
    Decimal value;
    qsizetype start = 0;
    qsizetype end = 0;
    bool arabic = false; // has ASCII digits
    bool chinese = false; // has Chinese numeral characters
    bool english = false; // has English number words
    bool magnitude = false; // a scale word or character (万, 亿, billion) applied
    bool digitString = false; // 二〇二五: digits read one by one, like a year
    bool financial = false; // uses 大写 digits (壹贰叁)
    bool separators = false; // 1,234,567
    bool approximateInside = false; // 一千多万, 2000余亿, 二十几万, 百余, 十几: "more than"
    int percentPrefix = 0; // 1: 百分之 (value already in percent), 2: 千分之, 3: 万分之
                           // (converted to percent)
    bool fraction = false; // 三分之一, 3/5: value is the ratio (1/3 rounded to 17 digits)
    bool scientific = false; // 1.2e5
    std::optional<Decimal> valueMax; // 三五个, 三四十, 一两家: neighbouring digits, a range
    int arabicIntegerDigits = 0;
    int scalePower = 0; // powers of ten applied to the leading number (3000亿: 8)
    int characters = 0; // numeral characters consumed (for "lone 一" checks)
};

// Parses numerals in text that went through MatchingNormalizer (ASCII digits, Simplified
// characters). Stateless and thread-safe.
class NumeralParser final
{
public:
    // Can a numeral start at pos? Cheap test used by the scanner before parseAt().
    static bool mayStartAt(QStringView text, qsizetype pos);
    // The first position from pos on where mayStartAt() holds, else text.size().
    static qsizetype nextStart(QStringView text, qsizetype pos);
    // Parses the longest numeral starting exactly at pos.
    static std::optional<ParsedNumeral> parseAt(QStringView text, qsizetype pos);
    // Convenience for tests and the CLI: the whole string must be one numeral.
    static std::optional<Decimal> parse(QStringView text);

    static int chineseDigit(char16_t c); // 0-9 or -1 (幺 is 1, as in spoken digit strings)
    static int chineseUnitPower(char16_t c); // 1,2,3 (十百千), 4,8,12 (万亿兆) or 0
};

} // namespace policylens
