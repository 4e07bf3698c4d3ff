#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace policylens {

// Reads the columns of a result row in the order the SELECT names them, so a record is filled
// field by field without column numbers that drift when a column is added.
class SqlRow final
{
public:
    explicit SqlRow(const QSqlQuery &query) : m_query(query) { }

    QVariant value() { return m_query.value(m_next++); }
    QString text() { return value().toString(); }
    qint64 id() { return value().toLongLong(); }
    int integer() { return value().toInt(); }
    double real() { return value().toDouble(); }
    bool flag() { return value().toBool(); }
    QDate date() { return QDate::fromString(text(), Qt::ISODate); }
    // A '|'-separated list stored in one column.
    QStringList list() { return text().split(QLatin1Char('|'), Qt::SkipEmptyParts); }

private:
    const QSqlQuery &m_query;
    int m_next = 0;
};

} // namespace policylens
