#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace policylens {

// Renders stored quantities (base units: yuan, percent, PFLOPS, count) the way a reader of the
// UI language expects them: 3000亿元 / 300 billion yuan, 1.2万P / 12,000 PFLOPS, 10家 /
// 10 enterprises. Stateless, so models and reports format identically.
class NumberFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(NumberFormatter)

public:
    enum class Language { Chinese, English };

    NumberFormatter() = delete;

    // The language the current QLocale default implies (LanguageManager sets it).
    static Language currentLanguage();

    // A plain number: grouping in English (12,000), none in Chinese; at most `decimals`
    // fraction digits with trailing zeros dropped.
    static QString number(double value, Language language, int decimals = 2);

    // value in base units of `unit` (CNY, USD, percent, percentage_point, PFLOPS, EFLOPS,
    // count, times, or any other unit as written). counter is the Chinese measure word of a
    // count (家, 个, 项).
    static QString quantity(
        double value, const QString &unit, const QString &counter, Language language);

    // "≥ 3000亿元", "100–200家": comparator is one of >=, >, =, <=, <, ~, range.
    static QString target(double value, std::optional<double> valueMax, const QString &comparator,
        const QString &unit, const QString &counter, Language language);

    static QString comparatorSymbol(const QString &comparator);

    // ISO dates, also partial ones ("2023-05", "2023"): 2023年5月31日 / 31 May 2023.
    static QString date(const QString &iso, Language language);
    static QString date(const QDate &date, Language language);

    // English noun for a Chinese counter word, plural unless value is 1 ("enterprises").
    static QString counterNoun(const QString &counter, double value);

    // Reads an amount as a person types it into an editor: "3e11", "12,000", "3000亿",
    // "3000亿元", "1.2万", "300 billion", "5 million yuan", "30%". Returns the value in base
    // units, or nothing when the text is not a number.
    static std::optional<double> parseAmount(const QString &text);

    // Display name of a base unit, used in tables and unit pickers.
    static QString unitName(const QString &unit, Language language);
};

} // namespace policylens
