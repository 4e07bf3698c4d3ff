#include "format/jsonline.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace policylens {

QString JsonLine::quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString JsonLine::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    if (value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonLine::key(const QString &key)
{
    if (!m_body.isEmpty())
        m_body += QLatin1Char(',');
    m_body += quote(key);
    m_body += QLatin1Char(':');
}

JsonLine &JsonLine::add(const QString &k, const QString &value)
{
    key(k);
    m_body += quote(value);
    return *this;
}

JsonLine &JsonLine::addNullableString(const QString &k, const QString &value)
{
    key(k);
    m_body += value.isEmpty() ? QStringLiteral("null") : quote(value);
    return *this;
}

JsonLine &JsonLine::add(const QString &k, double value)
{
    key(k);
    m_body += number(value);
    return *this;
}

JsonLine &JsonLine::add(const QString &k, std::optional<double> value)
{
    key(k);
    m_body += value ? number(*value) : QStringLiteral("null");
    return *this;
}

JsonLine &JsonLine::add(const QString &k, std::optional<int> value)
{
    key(k);
    m_body += value ? QString::number(*value) : QStringLiteral("null");
    return *this;
}

JsonLine &JsonLine::add(const QString &k, qint64 value)
{
    key(k);
    m_body += QString::number(value);
    return *this;
}

JsonLine &JsonLine::addBool(const QString &k, bool value)
{
    key(k);
    m_body += value ? QStringLiteral("true") : QStringLiteral("false");
    return *this;
}

JsonLine &JsonLine::add(const QString &k, const QStringList &values)
{
    key(k);
    m_body += QLatin1Char('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_body += QLatin1Char(',');
        m_body += quote(values.at(i));
    }
    m_body += QLatin1Char(']');
    return *this;
}

JsonLine &JsonLine::add(const QString &k, const JsonLine &object)
{
    key(k);
    m_body += object.toString();
    return *this;
}

JsonLine &JsonLine::add(const QString &k, const QList<JsonLine> &objects)
{
    key(k);
    m_body += QLatin1Char('[');
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            m_body += QLatin1Char(',');
        m_body += objects.at(i).toString();
    }
    m_body += QLatin1Char(']');
    return *this;
}

QString JsonLine::object(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

JsonLine &JsonLine::addRaw(const QString &k, const QString &json)
{
    key(k);
    m_body += json;
    return *this;
}

} // namespace policylens
