#pragma once

#include "core/result.h"
#include "core/statisticsdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

// What a statistics file gave: the rows written and the rows refused with their reasons. A
// file refused as a whole is a Failure instead, and then nothing was written.
struct StatisticsImportSummary
{
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

    // Stores a table's good rows in one transaction; every bad row is reported.
    Result<StatisticsImportSummary> store(const StatisticsTable &read, const QString &defaultSource);

private:
    // Inside store's transaction: writes the rows, adding those naming an unknown region to
    // summary.rowErrors; fails (and the caller rolls back) when SQLite refuses a row.
    Result<void> insertRows(const QList<StatisticsRow> &rows, const QString &defaultSource,
        StatisticsImportSummary &summary);

    QSqlDatabase m_db;
};

} // namespace policylens
