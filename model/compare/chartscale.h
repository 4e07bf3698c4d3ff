#pragma once

#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace policylens {

// Picks one display unit for a set of values stored in base units (yuan, PFLOPS, percent,
// count...) so that a chart axis reads "3,000 亿元" rather than "300000000000". Unit names
// follow the chart's language, not the UI translation: a Chinese chart says 亿元 even while
// the interface is in English.
class ChartScale final
{
    Q_DECLARE_TR_FUNCTIONS(ChartScale)

public:
    ChartScale() = default;

    // unit: as stored in targets.unit / statistics.unit (CNY, USD, PFLOPS, percent, count...).
    // maxAbs: the largest absolute value the chart shows.
    static ChartScale choose(
        const QString &unit, double maxAbs, Language language, const QString &counter = QString());

    double divisor() const { return m_divisor; }
    QString unitLabel() const { return m_label; }
    QString baseUnit() const { return m_unit; }
    bool isChinese() const { return m_chinese; }

    double scaled(double baseValue) const { return baseValue / m_divisor; }
    // "3,000" / "2.5" in the chart language, at most two decimals, no trailing zeros.
    QString formatNumber(double baseValue) const;
    // "≥ 3,000 亿元", "~ 30 EFLOPS", "3,000–5,000 亿元"; comparator as stored (>=, ~, range...).
    QString formatValue(double baseValue, const QString &comparator = QString(),
        double baseValueMax = qQNaN()) const;

    // The mark shown before a value: ">=" → "≥", "~" → "~", "=" → "".
    static QString comparatorMark(const QString &comparator);

private:
    double m_divisor = 1.0;
    QString m_label;
    QString m_unit;
    bool m_chinese = false;
};

} // namespace policylens
