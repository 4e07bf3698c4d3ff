#pragma once

#include "extract/quantity.h"

#include <QList>
#include <QStringView>

namespace policylens {

// Finds every numeral in normalized text (see MatchingNormalizer), reads its unit, range,
// comparator words and approximation marks, and labels the ones that are not quantities
// (years, dates, article and list numbers, document numbers, phone numbers, names such as
// 5G or 二十大). It scans for numeral characters and only looks around them, so it is linear
// in the text and never segments words. Thread-safe.
class QuantityFinder final
{
public:
    static QList<Quantity> find(QStringView text);
};

// A quantity located in original (not normalized) text, for callers that only need numbers.
struct FoundQuantity
{
    QString text; // as in the original
    double value = 0;
    std::optional<double> valueMax;
    QString unit; // empty for a bare number
    QString counter;
    QString comparator; // >=, >, <=, <, ~, range or empty
    bool approximate = false; // 约, 近, 多, 余, 几, 上, about
    QString exact; // the value as an exact decimal ("0.33333333333333333", "-3.9")
    QString exactMax; // the upper end of a range, exactly; empty for none
    qsizetype start = 0;
    qsizetype end = 0;
};

// Every quantity in a piece of original text (normalizing it first); years, dates, list
// numbers and the other exclusions of QuantityFinder are left out.
QList<FoundQuantity> findQuantities(const QString &original);

} // namespace policylens
