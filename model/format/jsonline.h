#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace policylens {

// The one JSON writer of every --json output (and of the golden files): one object on one line,
// keys in insertion order. Numbers that are whole are written without a fraction or exponent
// (300000000000, not 3e+11), so scripts can compare them as text.
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
    JsonLine &add(const QString &key, const QStringList &values); // an array of strings
    JsonLine &add(const QString &key, const JsonLine &object); // a nested object
    JsonLine &add(const QString &key, const QList<JsonLine> &objects); // an array of objects
    JsonLine &addRaw(const QString &key, const QString &json);
    QString toString() const { return QLatin1Char('{') + m_body + QLatin1Char('}'); }

    // A record built as a QJsonObject (keys sorted, Qt's number format: 3e+11), written compact
    // exactly as those outputs always were, so scripts reading them see no change.
    static QString object(const QJsonObject &object);
    static QString quote(const QString &text);
    static QString number(double value);

private:
    void key(const QString &key);
    QString m_body;
};

} // namespace policylens
