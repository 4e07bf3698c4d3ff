#include "format/numberformatter.h"

#include "extract/quantitycell.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace policylens {

namespace {

// The formatter's output language is an explicit argument (reports may be written in a
// language other than the UI's), so its words are chosen here, not through tr().
struct Magnitude
{
    double divisor;
    const char *zh;
    const char *en;
};

QString trimmed(double value, int decimals, bool grouping)
{
    QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (!grouping)
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // Round first so 2.999 with two decimals reads 3, not 3.00.
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    QString text = locale.toString(rounded, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

// Chinese reads large numbers in 万 (1e4), 亿 (1e8) and 万亿 (1e12).
QString chineseScaled(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e12)
        return trimmed(value / 1e12, 2, false) + QStringLiteral("万亿");
    if (magnitude >= 1e8)
        return trimmed(value / 1e8, 2, false) + QStringLiteral("亿");
    if (magnitude >= 1e4)
        return trimmed(value / 1e4, 2, false) + QStringLiteral("万");
    return trimmed(value, 2, false);
}

// English reads them in thousands: million, billion, trillion.
QString englishScaled(double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e12)
        return trimmed(value / 1e12, 2, true) + QStringLiteral(" trillion");
    if (magnitude >= 1e9)
        return trimmed(value / 1e9, 2, true) + QStringLiteral(" billion");
    if (magnitude >= 1e6)
        return trimmed(value / 1e6, 2, true) + QStringLiteral(" million");
    return trimmed(value, 2, true);
}

bool isOne(double value)
{
    return std::fabs(value - 1.0) < 1e-9;
}

} // namespace

NumberFormatter::Language NumberFormatter::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QString NumberFormatter::number(double value, Language language, int decimals)
{
    return trimmed(value, decimals, language == Language::English);
}

QString NumberFormatter::counterNoun(const QString &counter, double value)
{
    static const QHash<QString, QPair<QString, QString>> nouns {
        { QStringLiteral("家"), { QStringLiteral("enterprise"), QStringLiteral("enterprises") } },
        { QStringLiteral("项"), { QStringLiteral("item"), QStringLiteral("items") } },
        { QStringLiteral("人"), { QStringLiteral("person"), QStringLiteral("people") } },
        { QStringLiteral("名"), { QStringLiteral("person"), QStringLiteral("people") } },
        { QStringLiteral("位"), { QStringLiteral("person"), QStringLiteral("people") } },
        { QStringLiteral("所"), { QStringLiteral("institution"), QStringLiteral("institutions") } },
        { QStringLiteral("座"), { QStringLiteral("facility"), QStringLiteral("facilities") } },
        { QStringLiteral("台"), { QStringLiteral("unit"), QStringLiteral("units") } },
        { QStringLiteral("套"), { QStringLiteral("set"), QStringLiteral("sets") } },
        { QStringLiteral("款"), { QStringLiteral("product"), QStringLiteral("products") } },
        { QStringLiteral("条"), { QStringLiteral("line"), QStringLiteral("lines") } },
        { QStringLiteral("篇"), { QStringLiteral("paper"), QStringLiteral("papers") } },
        { QStringLiteral("件"), { QStringLiteral("item"), QStringLiteral("items") } },
        { QStringLiteral("支"), { QStringLiteral("team"), QStringLiteral("teams") } },
        { QStringLiteral("批"), { QStringLiteral("batch"), QStringLiteral("batches") } },
        { QStringLiteral("种"), { QStringLiteral("type"), QStringLiteral("types") } },
        { QStringLiteral("次"), { QStringLiteral("time"), QStringLiteral("times") } },
        { QStringLiteral("户"), { QStringLiteral("household"), QStringLiteral("households") } },
    };
    const auto it = nouns.constFind(counter);
    if (it == nouns.constEnd())
        return {};
    return isOne(value) ? it->first : it->second;
}

QString NumberFormatter::unitName(const QString &unit, Language language)
{
    const bool zh = language == Language::Chinese;
    if (unit == QLatin1String("CNY"))
        return zh ? QStringLiteral("元") : QStringLiteral("yuan");
    if (unit == QLatin1String("USD"))
        return zh ? QStringLiteral("美元") : QStringLiteral("US dollars");
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("percentage_point"))
        return zh ? QStringLiteral("个百分点") : QStringLiteral("percentage points");
    if (unit == QLatin1String("PFLOPS"))
        return QStringLiteral("PFLOPS");
    if (unit == QLatin1String("count"))
        return zh ? QStringLiteral("计数") : QStringLiteral("count");
    if (unit == QLatin1String("times"))
        return zh ? QStringLiteral("倍") : QStringLiteral("times");
    return unit;
}

QString NumberFormatter::quantity(
    double value, const QString &unit, const QString &counter, Language language)
{
    const bool zh = language == Language::Chinese;
    if (unit == QLatin1String("CNY"))
        return zh ? chineseScaled(value) + QStringLiteral("元")
                  : englishScaled(value) + QStringLiteral(" yuan");
    if (unit == QLatin1String("USD"))
        return zh ? chineseScaled(value) + QStringLiteral("美元")
                  : englishScaled(value)
                + (isOne(value) ? QStringLiteral(" US dollar") : QStringLiteral(" US dollars"));
    if (unit == QLatin1String("percent"))
        return trimmed(value, 2, !zh) + QStringLiteral("%");
    if (unit == QLatin1String("percentage_point")) {
        if (zh)
            return trimmed(value, 2, false) + QStringLiteral("个百分点");
        return trimmed(value, 2, true)
            + (isOne(value) ? QStringLiteral(" percentage point")
                            : QStringLiteral(" percentage points"));
    }
    if (unit == QLatin1String("PFLOPS"))
        return zh ? chineseScaled(value) + QStringLiteral("P")
                  : trimmed(value, 2, true) + QStringLiteral(" PFLOPS");
    if (unit == QLatin1String("count")) {
        if (zh)
            return chineseScaled(value) + counter;
        const QString noun = counterNoun(counter, value);
        const QString n = trimmed(value, 2, true);
        return noun.isEmpty() ? n : n + QLatin1Char(' ') + noun;
    }
    if (unit == QLatin1String("times"))
        return zh ? trimmed(value, 2, false) + QStringLiteral("倍")
                  : trimmed(value, 2, true)
                + (isOne(value) ? QStringLiteral(" time") : QStringLiteral(" times"));
    const QString n = trimmed(value, 2, !zh);
    if (unit.isEmpty())
        return n;
    return zh ? QString(n + unit) : QString(n + QLatin1Char(' ') + unit);
}

QString NumberFormatter::comparatorSymbol(const QString &comparator)
{
    if (comparator == QLatin1String(">="))
        return QStringLiteral("≥");
    if (comparator == QLatin1String("<="))
        return QStringLiteral("≤");
    if (comparator == QLatin1String("~"))
        return QStringLiteral("≈");
    if (comparator == QLatin1String("range"))
        return QStringLiteral("–");
    return comparator;
}

QString NumberFormatter::target(double value, std::optional<double> valueMax,
    const QString &comparator, const QString &unit, const QString &counter, Language language)
{
    if (valueMax && comparator == QLatin1String("range")) {
        // The unit is written once, after the upper bound: 100–200亿元.
        const QString upper = quantity(*valueMax, unit, counter, language);
        const QString lower = quantity(value, unit, counter, language);
        // Drop the lower bound's unit when both share it: the suffix that a bare "1" in the
        // same unit also ends with, minus any digits.
        const QString probe = quantity(1, unit, counter, language);
        qsizetype common = 0;
        while (common < lower.size() && common < probe.size()
            && lower.at(lower.size() - 1 - common) == probe.at(probe.size() - 1 - common))
            ++common;
        while (common > 0 && lower.at(lower.size() - common).isDigit())
            --common;
        QString lowerNumber = lower;
        if (common > 0 && common < lower.size() && upper.endsWith(lower.right(common)))
            lowerNumber = lower.left(lower.size() - common).trimmed();
        return lowerNumber + QStringLiteral("–") + upper;
    }
    const QString amount = quantity(value, unit, counter, language);
    if (comparator.isEmpty() || comparator == QLatin1String("=")
        || comparator == QLatin1String("range"))
        return amount;
    return comparatorSymbol(comparator) + QLatin1Char(' ') + amount;
}

QString NumberFormatter::date(const QDate &date, Language language)
{
    if (!date.isValid())
        return {};
    if (language == Language::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(english.monthName(date.month(), QLocale::LongFormat))
        .arg(date.year());
}

QString NumberFormatter::date(const QString &iso, Language language)
{
    const QString text = iso.trimmed();
    if (text.size() >= 10)
        return date(QDate::fromString(text.left(10), Qt::ISODate), language);
    const QStringList parts = text.split(QLatin1Char('-'));
    bool yearOk = false;
    const int year = parts.value(0).toInt(&yearOk);
    if (!yearOk)
        return text;
    if (parts.size() == 1)
        return language == Language::Chinese ? QStringLiteral("%1年").arg(year)
                                             : QString::number(year);
    bool monthOk = false;
    const int month = parts.at(1).toInt(&monthOk);
    if (!monthOk || month < 1 || month > 12)
        return text;
    if (language == Language::Chinese)
        return QStringLiteral("%1年%2月").arg(year).arg(month);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return QStringLiteral("%1 %2").arg(english.monthName(month, QLocale::LongFormat)).arg(year);
}

std::optional<double> NumberFormatter::parseAmount(const QString &text)
{
    // The extraction engine reads typed values, so an editor accepts what documents say.
    const std::optional<Quantity> q = parseQuantityCell(text);
    if (!q)
        return std::nullopt;
    const double value = q->value.toDouble();
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace policylens
