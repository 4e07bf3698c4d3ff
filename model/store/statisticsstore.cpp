#include "store/statisticsstore.h"

#include "store/regionresolver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace policylens {

StatisticsStore::StatisticsStore(const QSqlDatabase &db)
    : m_db(db)
{ }

StatisticsImportResult StatisticsStore::store(
    const StatisticsTable &read, const QString &defaultSource)
{
    StatisticsImportResult result;
    result.rowErrors = read.rowErrors;
    if (!read.ok) {
        result.error = read.error;
        return result;
    }
    RegionResolver regions;
    regions.load(m_db);
    // Indicators may be given by key or by their Chinese or English name.
    QHash<QString, QString> indicatorKeys;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT key, name_zh, name_en FROM indicators"))) {
            while (q.next()) {
                for (int c = 0; c < 3; ++c)
                    indicatorKeys.insert(q.value(c).toString().toLower(), q.value(0).toString());
            }
        }
    }
    if (!m_db.transaction()) {
        result.error
            = tr("the workspace cannot start a transaction: %1").arg(m_db.lastError().text());
        return result;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO statistics (region_id, indicator_key, year, value, unit, source) "
        "VALUES (?, ?, ?, ?, coalesce(?, ''), coalesce(?, '')) "
        "ON CONFLICT (region_id, indicator_key, year, source) DO UPDATE SET "
        "value = excluded.value, unit = excluded.unit"));
    for (const StatisticsRow &row : read.rows) {
        const std::optional<Region> region = regions.resolve(row.region);
        if (!region) {
            result.rowErrors.append(
                { row.line, tr("the region \"%1\" is unknown").arg(row.region) });
            continue;
        }
        insert.addBindValue(region->id);
        insert.addBindValue(indicatorKeys.value(row.indicator.toLower(), row.indicator));
        insert.addBindValue(row.year);
        insert.addBindValue(row.value);
        insert.addBindValue(row.unit);
        insert.addBindValue(row.source.isEmpty() ? defaultSource : row.source);
        if (!insert.exec()) {
            const QString reason = insert.lastError().text();
            insert.finish();
            m_db.rollback();
            result.imported = 0;
            result.error = tr("the workspace refused the rows (%1)").arg(reason);
            return result;
        }
        ++result.imported;
    }
    insert.finish();
    if (!m_db.commit()) {
        result.imported = 0;
        result.error
            = tr("the workspace could not save the rows (%1)").arg(m_db.lastError().text());
        m_db.rollback();
        return result;
    }
    std::sort(result.rowErrors.begin(), result.rowErrors.end(),
        [](const RowError &a, const RowError &b) { return a.line < b.line; });
    result.ok = true;
    return result;
}

} // namespace policylens
