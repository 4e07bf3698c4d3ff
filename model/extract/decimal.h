#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace policylens {

// An exact decimal number: mantissa * 10^exponent. Quantities in policy text are decimal
// (16.4亿, 1.5万亿); doing the arithmetic in binary floating point would turn 16.4亿 into
// 1639999999.9999998. Only the final conversion for the public API goes through double.
class Decimal final
{
public:
    Decimal() = default;
    Decimal(std::int64_t mantissa, int exponent = 0);

    static std::optional<Decimal> fromString(QStringView digits); // "1234.5", no sign

    std::int64_t mantissa() const { return m_mantissa; }
    int exponent() const { return m_exponent; }
    bool isZero() const { return m_mantissa == 0; }
    bool isInteger() const { return m_exponent >= 0; }

    // Returns std::nullopt on overflow of the 63-bit mantissa.
    std::optional<Decimal> added(const Decimal &other) const;
    std::optional<Decimal> multiplied(const Decimal &other) const;
    Decimal scaled(int powerOfTen) const { return Decimal(m_mantissa, m_exponent + powerOfTen); }
    Decimal negated() const { return Decimal(-m_mantissa, m_exponent); }
    bool isNegative() const { return m_mantissa < 0; }
    // The quotient to 17 significant digits, rounded half up; exact when it terminates within
    // them (3/5 = 0.6). *rounded tells whether it did not (1/3). Nothing for a zero divisor.
    std::optional<Decimal> divided(const Decimal &divisor, bool *rounded = nullptr) const;

    double toDouble() const;
    QString toString() const; // exact, never "1.0e9", integers without a fraction

    friend bool operator==(const Decimal &a, const Decimal &b)
    {
        return a.m_mantissa == b.m_mantissa && a.m_exponent == b.m_exponent;
    }
    friend bool operator<(const Decimal &a, const Decimal &b)
    {
        return a.toDouble() < b.toDouble();
    }

private:
    void normalize();

    std::int64_t m_mantissa = 0;
    int m_exponent = 0;
};

} // namespace policylens
