#pragma once

#include "core/statisticsdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

struct StatisticsImportResult
{
    bool ok = false; // false: nothing was imported (error says why)
    QString error;
    int imported = 0; // rows written (new or updated)
    QList<RowError> rowErrors;
};

// The workspace's indicator for a label as a statistics file writes it: a key, a name in
// Chinese or English, or both ("AI core industry scale (人工智能核心产业规模)"). A label the
// workspace does not know is kept as written (the row can be refiled in the table).
class IndicatorLabels final
{
public:
    explicit IndicatorLabels(const QSqlDatabase &db);
    QString keyFor(const QString &label) const;

private:
    static QString normalized(const QString &label);
    QHash<QString, QString> m_keys;
};

// Statistics rows in a workspace. Rows of one file go in one transaction; a row for a
// (region, indicator, year, period, source) already present replaces the old value.
class StatisticsStore final
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsStore)

public:
    explicit StatisticsStore(const QSqlDatabase &db);

    // Reads path (CSV or XLSX) and stores its good rows; every bad row is reported.
    StatisticsImportResult store(
        const StatisticsTable &read, const QString &defaultSource);

private:
    QSqlDatabase m_db;
};

} // namespace policylens
