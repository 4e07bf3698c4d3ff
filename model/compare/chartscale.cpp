#include "compare/chartscale.h"

#include <QLocale>

#include <cmath>

namespace policylens {

namespace {

struct Step
{
    double divisor;
    const char16_t *label;
};

// Chinese groups money by 万 (1e4) and 亿 (1e8), English by thousands: each language has its
// own ladder. Steps run from the largest down; the first not above the largest value wins, so
// the biggest bar reads between 1 and 9,999 of the unit.
constexpr Step kYuanZh[]
    = { { 1e12, u"万亿元" }, { 1e8, u"亿元" }, { 1e4, u"万元" }, { 1.0, u"元" } };
constexpr Step kYuanEn[] = { { 1e12, u"trillion yuan" }, { 1e9, u"billion yuan" },
    { 1e6, u"million yuan" }, { 1.0, u"yuan" } };
constexpr Step kUsdZh[]
    = { { 1e12, u"万亿美元" }, { 1e8, u"亿美元" }, { 1e4, u"万美元" }, { 1.0, u"美元" } };
constexpr Step kUsdEn[] = { { 1e12, u"trillion USD" }, { 1e9, u"billion USD" },
    { 1e6, u"million USD" }, { 1.0, u"USD" } };
constexpr Step kFlops[] = { { 1000.0, u"EFLOPS" }, { 1.0, u"PFLOPS" }, { 0.001, u"TFLOPS" } };

template<std::size_t N>
void pick(const Step (&steps)[N], double maxAbs, double *divisor, QString *label)
{
    for (const Step &step : steps) {
        *divisor = step.divisor;
        *label = QString::fromUtf16(step.label);
        if (maxAbs >= step.divisor)
            return;
    }
}

} // namespace

ChartScale ChartScale::choose(
    const QString &unit, double maxAbs, Language language, const QString &counter)
{
    ChartScale s;
    s.m_unit = unit;
    s.m_chinese = language == Language::Chinese;
    const bool zh = s.m_chinese;
    maxAbs = std::abs(maxAbs);
    if (unit == QLatin1String("CNY")) {
        if (zh)
            pick(kYuanZh, maxAbs, &s.m_divisor, &s.m_label);
        else
            pick(kYuanEn, maxAbs, &s.m_divisor, &s.m_label);
    } else if (unit == QLatin1String("USD")) {
        if (zh)
            pick(kUsdZh, maxAbs, &s.m_divisor, &s.m_label);
        else
            pick(kUsdEn, maxAbs, &s.m_divisor, &s.m_label);
    } else if (unit == QLatin1String("PFLOPS")) {
        pick(kFlops, maxAbs, &s.m_divisor, &s.m_label);
    } else if (unit == QLatin1String("percent")) {
        s.m_label = QStringLiteral("%");
    } else if (unit == QLatin1String("percentage_point")) {
        s.m_label = zh ? QStringLiteral("个百分点") : QStringLiteral("percentage points");
    } else if (unit == QLatin1String("times")) {
        s.m_label = zh ? QStringLiteral("倍") : QStringLiteral("times");
    } else if (unit == QLatin1String("count")) {
        if (maxAbs >= 1e5) {
            s.m_divisor = zh ? 1e4 : 1e3;
            s.m_label = zh ? QString(QStringLiteral("万") + counter) : QStringLiteral("thousand");
        } else {
            s.m_label = zh ? counter : QString();
        }
    } else {
        s.m_label = unit;
    }
    return s;
}

QString ChartScale::formatNumber(double baseValue) const
{
    const QLocale locale(m_chinese ? QLocale::Chinese : QLocale::English,
        m_chinese ? QLocale::China : QLocale::UnitedKingdom);
    const double v = scaled(baseValue);
    // Up to two decimals, as figures are published: 4,354.92 亿元 must not read 4,355. Trailing
    // zeros go, so whole numbers stay short (3,000).
    const int decimals = v == 0 ? 0 : 2;
    QString text = locale.toString(v, 'f', decimals);
    if (decimals > 0 && text.contains(locale.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

QString ChartScale::formatValue(
    double baseValue, const QString &comparator, double baseValueMax) const
{
    QString number = formatNumber(baseValue);
    if (comparator == QLatin1String("range") && !std::isnan(baseValueMax))
        number = number + QStringLiteral("–") + formatNumber(baseValueMax);
    const QString mark = comparatorMark(comparator);
    QString text = mark.isEmpty() ? number : mark + QLatin1Char(' ') + number;
    if (!m_label.isEmpty()) {
        // "%" and Chinese units (亿元, 家) stick to the number; Latin words take a space.
        if (m_label == QLatin1String("%") || m_label.at(0).script() == QChar::Script_Han)
            text += m_label;
        else
            text += QLatin1Char(' ') + m_label;
    }
    return text;
}

QString ChartScale::comparatorMark(const QString &comparator)
{
    if (comparator == QLatin1String(">="))
        return QStringLiteral("≥");
    if (comparator == QLatin1String("<="))
        return QStringLiteral("≤");
    if (comparator == QLatin1String(">"))
        return QStringLiteral(">");
    if (comparator == QLatin1String("<"))
        return QStringLiteral("<");
    if (comparator == QLatin1String("~"))
        return QStringLiteral("~");
    return QString();
}

} // namespace policylens
