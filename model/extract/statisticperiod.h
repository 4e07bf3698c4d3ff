#pragma once

#include <QString>

#include <optional>

namespace policylens {

// The stretch of time a reported statistic covers. A value for "2025 H1" or "as of October" is
// not the 2025 value: charts must not draw it as one, and growth rates must not use it.
// Stored as a short canonical key beside the year (statistics.period):
//   ""        the calendar year (a flow over the year, or a stock at year end)
//   "H1" "H2" a half year;  "Q3" one quarter;  "M5" one month
//   "M1-M9"   the first months of the year, cumulative (Q1-Q3, 1-9月, Jan-Sep)
//   "@M10"    a stock as of the end of a month (截至10月, as of Oct); "@M10-15" with the day
//   "S2023"   cumulative over several years, from 2023 to the row's year
class StatisticPeriod final
{
public:
    enum class Kind { Year, Half, Quarter, Month, Months, AsOf, Since };

    // Reads a year cell as people write it: "2025", "2025 H1", "2021 Q1-Q3", "2022 (as of Oct)",
    // "2023 (end of Jun)", "2020 (end)", "2025年上半年", "2021年前三季度", "截至2022年10月",
    // "2023年1-10月", "H1 2025", "2023-2024 (since 2023)". Text in brackets that names no period
    // ("reported 2024-01", a remark) is returned in *remark. nullopt: no year in the cell.
    static std::optional<StatisticPeriod> parse(const QString &cell, QString *remark = nullptr);
    // A canonical key as stored; an unknown key reads as the whole year.
    static StatisticPeriod fromKey(int year, const QString &key);

    int year() const { return m_year; }
    Kind kind() const { return m_kind; }
    QString key() const;
    // The whole calendar year: the only values a yearly line or a growth rate may use.
    bool isFullYear() const { return m_kind == Kind::Year; }
    // "2025 H1", "2022, as of Oct"; Chinese: "2025年上半年", "截至2022年10月".
    QString label(bool chinese) const;
    // The part after the year only ("H1", "as of Oct"); empty for a whole year.
    QString qualifier(bool chinese) const;

private:
    int m_year = 0;
    Kind m_kind = Kind::Year;
    int m_first = 0; // month (Half: 1 or 2; Quarter: 1..4; Month/Months/AsOf: months)
    int m_last = 0; // Months: last month; AsOf: the day (0 = end of month); Since: first year
};

} // namespace policylens
