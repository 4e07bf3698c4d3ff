#pragma once

#include "extract/numeralparser.h"

#include <QStringView>

#include <optional>

namespace policylens::englishnumerals {

// An English number word at pos (one, twenty, hundred, million...), case-insensitive.
struct Word
{
    std::u16string_view word;
    int value;
    int kind; // 0 unit (0-19), 1 tens, 2 hundred, 3 scale (value = power of ten)
};
const Word *wordAt(QStringView text, qsizetype pos, qsizetype *wordEnd);

// twenty-five, one hundred and five, three thousand.
std::optional<ParsedNumeral> parse(QStringView text, qsizetype pos);

} // namespace policylens::englishnumerals
