#pragma once

#include "extract/numeralparser.h"

namespace policylens::arabicdigits {

// Reads 1234, 1,234,567, 4，565, 1 000, 16.4 or .77 at pos into *value, setting the separator
// and digit-count flags of *out. Returns the end, or pos if there is no number.
qsizetype readArabic(QStringView text, qsizetype pos, ParsedNumeral *out, Decimal *value);

// 1.2e5, 3E-2: an exponent of one to three digits that ends the token. Returns its end, or i.
qsizetype exponentAt(QStringView text, qsizetype i, int *exponent);

// 40k, 2.5M, 1.2B, 3bn, .0012G: the power of ten a Latin suffix at i stands for (0: none).
int suffixPower(QStringView text, qsizetype i, qsizetype *length);

} // namespace policylens::arabicdigits
