#pragma once

#include <QString>

#include <optional>

namespace policylens::cli {

// One JSON object on one line, keys in insertion order. Numbers that are whole are written
// without a fraction or exponent (300000000000, not 3e+11), so scripts can compare them as text.
class JsonLine final
{
public:
    JsonLine &add(const QString &key, const QString &value);
    JsonLine &addNullableString(const QString &key, const QString &value); // empty -> null
    JsonLine &add(const QString &key, double value);
    JsonLine &add(const QString &key, std::optional<double> value);
    JsonLine &add(const QString &key, std::optional<int> value);
    JsonLine &add(const QString &key, qint64 value);
    JsonLine &addBool(const QString &key, bool value);
    JsonLine &addRaw(const QString &key, const QString &json);
    QString toString() const { return QLatin1Char('{') + m_body + QLatin1Char('}'); }

    static QString quote(const QString &text);
    static QString number(double value);

private:
    void key(const QString &key);
    QString m_body;
};

} // namespace policylens::cli
