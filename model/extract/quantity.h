#pragma once

#include "extract/decimal.h"

#include <QString>

#include <optional>

namespace policylens {

// A number with its unit as found in normalized text, before anyone decides whether it is a
// commitment. Offsets are into the normalized text the finder was given.
struct Quantity
{
    Decimal value; // base units: yuan, percent, PFLOPS, count...
    std::optional<Decimal> valueMax; // upper end of a range
    QString unit; // CNY, USD, percent, percentage_point, PFLOPS, count, times,
                  // another unit as written, or empty for a bare number
    QString counter; // 家, 个... for count
    QString comparator; // stated comparator (>=, >, <=, <, ~) or empty
    bool approximate = false; // 多/余/约/左右
    qsizetype start = 0; // numeral (or currency sign) ...
    qsizetype end = 0; // ... to the end of the unit
    qsizetype nounStart = -1; // English counts: where the counted noun phrase begins
    qsizetype contextStart = 0; // including comparator words before and after
    qsizetype contextEnd = 0;
    bool chineseNumeral = false; // written in Chinese numerals (二十个), not digits
    bool magnitude = false; // a scale word applied (万, 亿, billion)
    bool quoted = false; // inside a short quotation: “两个先行”
    QString exclusion; // why it is not a claimed quantity: year, date, duration,
                       // ordinal, document_number, phone, name, list_marker, plan,
                       // title, vague, resolution (1080P); empty for a real quantity

    bool isExcluded() const { return !exclusion.isEmpty(); }
};

} // namespace policylens
