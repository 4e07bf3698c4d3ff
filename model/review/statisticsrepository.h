#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QVariant>

namespace policylens {

// One statistic as `stats list` shows it.
struct StatisticEntry
{
    qint64 id = 0;
    QString regionCode;
    QString indicator;
    int year = 0;
    QString period;
    QString comparator;
    double value = 0;
    QString unit;
    QString source;
    QString quote;
};

enum class StatisticField { Year, Value, Unit, Source, Note, Indicator, Period, Comparator, Quote };

// Writes to the statistics table (the reviewer's edits; bulk import lives with the importers).
class StatisticsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsRepository)

public:
    explicit StatisticsRepository(QSqlDatabase db);

    QVariant field(qint64 id, StatisticField field) const;
    // Every statistic, in region, indicator, year and period order; false on a database error.
    bool all(QList<StatisticEntry> *entries) const;
    bool setField(qint64 id, StatisticField field, const QVariant &value);
    QString lastError() const { return m_error; }

    static QString columnName(StatisticField field);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
