#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace policylens {

// Reads a statistics value cell with its unit column (2,150 / 2150亿元 / 3.5万亿 / 近3500 /
// >2500 / 1.2 billion / 15% / 20 EFLOPS) through the extraction engine (parseQuantityCell), so
// tables and documents agree on every figure, and names the reason when it cannot.
class ValueNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormalizer)

public:
    struct CellValue
    {
        double value = 0; // base units: yuan as CNY, percent, PFLOPS...
        std::optional<double> valueMax; // a range: 100-200
        QString unit;
        QString comparator; // >=, >, <=, <, ~ or empty
        bool approximate = false; // 约, 近, 多, 余
    };

    ValueNormalizer() = delete;
    // value: the value cell; unit: the unit cell (may be empty).
    // Fails with a translated reason.
    static Result<CellValue> normalize(const QString &value, const QString &unit);
};

} // namespace policylens
