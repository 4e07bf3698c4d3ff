#pragma once

#include <QCoreApplication>
#include <QString>

namespace policylens {

// Reads a statistics value as people write it (2,150 / 2150亿元 / 3.5万亿 / 1.2 billion / 15%)
// and brings it to base units: yuan as CNY, US dollars as USD, percent; other units stay as
// written with their Chinese or English magnitude applied.
class ValueNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(ValueNormalizer)

public:
    struct Result
    {
        bool ok = false;
        double value = 0;
        QString unit;
        // As written in the cell: ">2500", "近3500", "2200余", "~1500 (約1500)".
        QString comparator = QStringLiteral("="); // >=, >, =, <=, <, ~ (as targets store it)
        bool approximate = false;
        QString error; // translated
    };

    ValueNormalizer() = delete;
    // value: the value cell; unit: the unit cell (may be empty).
    static Result normalize(const QString &value, const QString &unit);

    // Splits "亿元" into magnitude 1e8 and base unit "CNY".
    static double splitUnit(const QString &unit, QString *base);
};

} // namespace policylens
