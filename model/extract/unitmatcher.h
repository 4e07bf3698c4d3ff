#pragma once

#include <QString>
#include <QStringView>

namespace policylens {

struct UnitMatch
{
    QString unit; // canonical (CNY, percent, PFLOPS, count...) or as written (km, 平方米)
    QString counter; // for count
    int power = 0; // value is multiplied by 10^power (EFLOPS: 3)
    qsizetype length = 0;
};

struct ComparatorMatch
{
    QString comparator; // >=, >, =, <=, <, ~
    qsizetype length = 0;
};

// Units, counters and comparator words around a numeral in normalized text. Thread-safe.
class UnitMatcher final
{
public:
    // A unit starting at pos (a single space before an ASCII unit is allowed).
    static UnitMatch unitAt(QStringView text, qsizetype pos);
    // A currency sign or code written before the numeral that ends at pos ($, US$, RMB, ¥).
    static UnitMatch currencyBefore(QStringView text, qsizetype pos);
    // Comparator words ending right before pos (不少于, 超过, more than...).
    static ComparatorMatch comparatorBefore(QStringView text, qsizetype pos);
    // Comparator words starting at pos (以上, 左右, or more...).
    static ComparatorMatch comparatorAfter(QStringView text, qsizetype pos);
};

} // namespace policylens
