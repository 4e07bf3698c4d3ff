#include "ingest/statisticsimport.h"

#include "import/statisticsreader.h"

#include <QFileInfo>

namespace policylens {

StatisticsImportResult importStatisticsFile(
    const QSqlDatabase &db, const QString &path, const ImportLimits &limits)
{
    const StatisticsTable read = StatisticsReader(limits).read(path);
    return StatisticsStore(db).store(read, QFileInfo(path).fileName());
}

} // namespace policylens
