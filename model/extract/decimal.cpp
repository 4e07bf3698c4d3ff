#include "extract/decimal.h"

#include <array>
#include <cmath>

namespace policylens {

namespace {

constexpr std::array<double, 23> kExactPowers = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

bool timesPow10(std::int64_t value, int power, std::int64_t *out)
{
    std::int64_t v = value;
    for (int i = 0; i < power; ++i) {
        if (__builtin_mul_overflow(v, std::int64_t(10), &v))
            return false;
    }
    *out = v;
    return true;
}

} // namespace

Decimal::Decimal(std::int64_t mantissa, int exponent)
    : m_mantissa(mantissa)
    , m_exponent(exponent)
{
    normalize();
}

void Decimal::normalize()
{
    if (m_mantissa == 0) {
        m_exponent = 0;
        return;
    }
    while (m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        ++m_exponent;
    }
}

std::optional<Decimal> Decimal::fromString(QStringView digits)
{
    std::int64_t mantissa = 0;
    int exponent = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (const QChar c : digits) {
        if (c == QLatin1Char('.')) {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (c == QLatin1Char(','))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        seenDigit = true;
        if (__builtin_mul_overflow(mantissa, std::int64_t(10), &mantissa)
            || __builtin_add_overflow(mantissa, std::int64_t(c.unicode() - u'0'), &mantissa))
            return std::nullopt;
        if (seenDot)
            --exponent;
    }
    if (!seenDigit)
        return std::nullopt;
    return Decimal(mantissa, exponent);
}

std::optional<Decimal> Decimal::added(const Decimal &other) const
{
    if (isZero())
        return other;
    if (other.isZero())
        return *this;
    const int common = std::min(m_exponent, other.m_exponent);
    std::int64_t a = 0;
    std::int64_t b = 0;
    if (!timesPow10(m_mantissa, m_exponent - common, &a)
        || !timesPow10(other.m_mantissa, other.m_exponent - common, &b))
        return std::nullopt;
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return Decimal(sum, common);
}

std::optional<Decimal> Decimal::multiplied(const Decimal &other) const
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_mantissa, other.m_mantissa, &product))
        return std::nullopt;
    return Decimal(product, m_exponent + other.m_exponent);
}

std::optional<Decimal> Decimal::divided(const Decimal &divisor, bool *rounded) const
{
    if (divisor.isZero())
        return std::nullopt;
    const bool negative = (m_mantissa < 0) != (divisor.m_mantissa < 0);
    // remainder * 10 must not overflow for divisors up to 2^63: 128-bit arithmetic.
    __extension__ typedef unsigned __int128 Wide;
    auto magnitude = [](std::int64_t v) { return v < 0 ? Wide(0) - Wide(v) : Wide(v); };
    const Wide num = magnitude(m_mantissa);
    const Wide den = magnitude(divisor.m_mantissa);
    Wide quotient = num / den;
    Wide remainder = num % den;
    int exponent = m_exponent - divisor.m_exponent;
    // Long division, one decimal digit at a time, up to 17 significant digits.
    const Wide kLimit = 10000000000000000ULL;
    while (remainder != 0 && quotient < kLimit) {
        remainder *= 10;
        quotient = quotient * 10 + remainder / den;
        remainder %= den;
        --exponent;
    }
    if (rounded)
        *rounded = remainder != 0;
    if (remainder * 2 >= den && remainder != 0)
        ++quotient;
    if (quotient > Wide(INT64_MAX))
        return std::nullopt;
    const auto mantissa = static_cast<std::int64_t>(quotient);
    return Decimal(negative ? -mantissa : mantissa, exponent);
}

double Decimal::toDouble() const
{
    if (m_exponent >= 0) {
        std::int64_t exact = 0;
        if (timesPow10(m_mantissa, m_exponent, &exact))
            return double(exact);
        if (m_exponent < int(kExactPowers.size()))
            return double(m_mantissa) * kExactPowers[size_t(m_exponent)];
        return double(m_mantissa) * std::pow(10.0, m_exponent);
    }
    // Both operands are exact doubles, so the IEEE division rounds correctly.
    if (-m_exponent < int(kExactPowers.size()))
        return double(m_mantissa) / kExactPowers[size_t(-m_exponent)];
    return double(m_mantissa) / std::pow(10.0, -m_exponent);
}

QString Decimal::toString() const
{
    QString digits = QString::number(m_mantissa < 0 ? -m_mantissa : m_mantissa);
    if (m_exponent >= 0) {
        digits += QString(m_exponent, QLatin1Char('0'));
    } else {
        const int fraction = -m_exponent;
        if (digits.size() <= fraction)
            digits.prepend(QString(fraction - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - fraction, QLatin1Char('.'));
    }
    if (m_mantissa < 0)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

} // namespace policylens
