#pragma once

#include "core/statisticsdata.h"

#include <QCoreApplication>
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

// Statistics rows in a workspace. Rows of one file go in one transaction; a row for a
// (region, indicator, year, source) already present replaces the old value.
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
