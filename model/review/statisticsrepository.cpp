#include "review/statisticsrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

StatisticsRepository::StatisticsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString StatisticsRepository::columnName(StatisticField field)
{
    switch (field) {
    case StatisticField::Year:
        return QStringLiteral("year");
    case StatisticField::Value:
        return QStringLiteral("value");
    case StatisticField::Unit:
        return QStringLiteral("unit");
    case StatisticField::Source:
        return QStringLiteral("source");
    case StatisticField::Note:
        return QStringLiteral("note");
    case StatisticField::Indicator:
        return QStringLiteral("indicator_key");
    case StatisticField::Period:
        return QStringLiteral("period");
    case StatisticField::Comparator:
        return QStringLiteral("comparator");
    case StatisticField::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

QVariant StatisticsRepository::field(qint64 id, StatisticField field) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM statistics WHERE id = ?").arg(columnName(field)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

bool StatisticsRepository::all(QList<StatisticEntry> *entries) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, r.code, s.indicator_key, s.year, s.period, s.comparator, s.value, s.unit,"
            " s.source, s.quote FROM statistics s JOIN regions r ON r.id = s.region_id"
            " ORDER BY r.id, s.indicator_key, s.year, s.period, s.id")))
        return false;
    while (q.next())
        entries->append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(), q.value(6).toDouble(),
            q.value(7).toString(), q.value(8).toString(), q.value(9).toString() });
    return true;
}

bool StatisticsRepository::setField(qint64 id, StatisticField field, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE statistics SET %1 = ? WHERE id = ?").arg(columnName(field)));
    // Every statistics column is NOT NULL; text fields store '' for nothing.
    q.addBindValue(value.isNull() ? QVariant(QStringLiteral("")) : value);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = tr("Cannot change statistic %1: %2")
                      .arg(id)
                      .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such row"));
        return false;
    }
    return true;
}

} // namespace policylens
