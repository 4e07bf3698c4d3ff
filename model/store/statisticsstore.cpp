#include "store/statisticsstore.h"

#include "store/regionresolver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace policylens {

IndicatorLabels::IndicatorLabels(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, name_zh, name_en FROM indicators")))
        return;
    while (q.next()) {
        for (int c = 0; c < 3; ++c)
            m_keys.insert(normalized(q.value(c).toString()), q.value(0).toString());
    }
}

QString IndicatorLabels::normalized(const QString &label)
{
    return label.simplified().toLower();
}

QString IndicatorLabels::keyFor(const QString &label) const
{
    if (const auto it = m_keys.constFind(normalized(label)); it != m_keys.cend())
        return it.value();
    // "AI core industry scale (人工智能核心产业规模)": a name in one language with its
    // translation in brackets. Either half may be the one the workspace knows.
    static const QRegularExpression bilingual(
        QStringLiteral("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*$"));
    const QRegularExpressionMatch m = bilingual.match(label);
    if (m.hasMatch()) {
        for (int part : { 1, 2 }) {
            if (const auto it = m_keys.constFind(normalized(m.captured(part)));
                it != m_keys.cend())
                return it.value();
        }
    }
    return label.simplified();
}

StatisticsStore::StatisticsStore(const QSqlDatabase &db)
    : m_db(db)
{ }

Result<StatisticsImportSummary> StatisticsStore::store(
    const StatisticsTable &read, const QString &defaultSource)
{
    if (!m_db.transaction())
        return Failure {
            tr("the workspace cannot start a transaction: %1").arg(m_db.lastError().text())
        };
    StatisticsImportSummary summary;
    summary.rowErrors = read.rowErrors;
    if (const Result<void> written = insertRows(read.rows, defaultSource, summary); !written) {
        m_db.rollback();
        return Failure { written.error() };
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return Failure { tr("the workspace could not save the rows (%1)").arg(reason) };
    }
    std::sort(summary.rowErrors.begin(), summary.rowErrors.end(),
        [](const RowError &a, const RowError &b) { return a.line < b.line; });
    return summary;
}

Result<void> StatisticsStore::insertRows(
    const QList<StatisticsRow> &rows, const QString &defaultSource, StatisticsImportSummary &summary)
{
    RegionResolver regions;
    regions.load(m_db);
    const IndicatorLabels indicators(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO statistics (region_id, indicator_key, year, period, value, comparator,"
        " approximate, unit, source, quote, indicator_label, note) "
        "VALUES (?, ?, ?, coalesce(?, ''), ?, coalesce(?, '='), ?, coalesce(?, ''), coalesce(?, ''),"
        " coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) "
        "ON CONFLICT (region_id, indicator_key, year, period, source) DO UPDATE SET "
        "value = excluded.value, comparator = excluded.comparator,"
        " approximate = excluded.approximate, unit = excluded.unit, quote = excluded.quote,"
        " indicator_label = excluded.indicator_label, note = excluded.note"));
    for (const StatisticsRow &row : rows) {
        const std::optional<Region> region = regions.resolve(row.region);
        if (!region) {
            summary.rowErrors.append(
                { row.line, tr("the region \"%1\" is unknown").arg(row.region) });
            continue;
        }
        for (const QVariant &v : { QVariant(region->id), QVariant(indicators.keyFor(row.indicator)),
                 QVariant(row.year), QVariant(row.period), QVariant(row.value),
                 QVariant(row.comparator), QVariant(row.approximate ? 1 : 0), QVariant(row.unit),
                 QVariant(row.source.isEmpty() ? defaultSource : row.source), QVariant(row.quote),
                 QVariant(row.indicator), QVariant(row.note) })
            insert.addBindValue(v);
        if (!insert.exec()) {
            const QString reason = insert.lastError().text();
            insert.finish();
            summary.imported = 0;
            return Failure { tr("the workspace refused the rows (%1)").arg(reason) };
        }
        ++summary.imported;
    }
    insert.finish();
    return {};
}

} // namespace policylens
