#include "ingest/statisticsimport.h"

#include "import/statisticsreader.h"

#include <QFileInfo>

namespace policylens {

Result<StatisticsImportSummary> importStatisticsFile(
    const QSqlDatabase &db, const QString &path, const ImportLimits &limits)
{
    const Result<StatisticsTable> read = StatisticsReader(limits).read(path);
    if (!read)
        return Failure { read.error() };
    return StatisticsStore(db).store(*read, QFileInfo(path).fileName());
}

} // namespace policylens
