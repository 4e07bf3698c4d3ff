#pragma once

#include "import/importlimits.h"
#include "store/statisticsstore.h"

#include <QSqlDatabase>
#include <QString>

namespace policylens {

// Reads a statistics file (CSV or XLSX) and writes its rows into the workspace. The reader
// knows the formats, the store knows the tables; this use case is the only place that knows both.
Result<StatisticsImportSummary> importStatisticsFile(
    const QSqlDatabase &db, const QString &path, const ImportLimits &limits = {});

} // namespace policylens
