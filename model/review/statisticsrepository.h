#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariant>

namespace policylens {

enum class StatisticField { Year, Value, Unit, Source, Note, Indicator, Period, Comparator, Quote };

// Writes to the statistics table (the reviewer's edits; bulk import lives with the importers).
class StatisticsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsRepository)

public:
    explicit StatisticsRepository(QSqlDatabase db);

    QVariant field(qint64 id, StatisticField field) const;
    bool setField(qint64 id, StatisticField field, const QVariant &value);
    QString lastError() const { return m_error; }

    static QString columnName(StatisticField field);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
