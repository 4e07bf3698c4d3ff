#include "compare/comparerepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

namespace {

// "r.code IN (?,?)" for the given codes, or "1" when no filter is wanted. Codes are bound,
// never spliced, because they come from the command line and the UI.
QString inClause(const QString &column, qsizetype count)
{
    if (count == 0)
        return QStringLiteral("1");
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}

void bindAll(QSqlQuery &q, const QStringList &values)
{
    // A null QString binds as SQL NULL, and "NULL = ''" is never true: bind "" instead.
    for (const QString &v : values)
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
}

RegionInfo regionFrom(const QSqlQuery &q, int first)
{
    RegionInfo r;
    r.id = q.value(first).toLongLong();
    r.code = q.value(first + 1).toString();
    r.nameZh = q.value(first + 2).toString();
    r.nameEn = q.value(first + 3).toString();
    return r;
}

} // namespace

QString RegionInfo::name(Language language) const
{
    const QString n = language == Language::Chinese ? nameZh : nameEn;
    return n.isEmpty() ? code : n;
}

QString IndicatorInfo::name(Language language) const
{
    const QString n = language == Language::Chinese ? nameZh : nameEn;
    return n.isEmpty() ? key : n;
}

CompareRepository::CompareRepository(const QSqlDatabase &db)
    : m_db(db)
{ }

QList<RegionInfo> CompareRepository::regionsWithData() const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, code, name_zh, name_en FROM regions WHERE id IN ("
            " SELECT region_id FROM targets WHERE review_status <> 'rejected'"
            " UNION SELECT region_id FROM statistics"
            " UNION SELECT region_id FROM documents WHERE published IS NOT NULL) ORDER BY id"))) {
        m_error = tr("Cannot list the regions of the workspace: %1").arg(q.lastError().text());
        return {};
    }
    QList<RegionInfo> out;
    while (q.next())
        out << regionFrom(q, 0);
    return out;
}

RegionInfo CompareRepository::unknownRegion()
{
    // Names in both languages like every row of regions.json, which chart and report pick by
    // their own language.
    return { 0, QString(), QStringLiteral("地区未知"), QStringLiteral("Region unknown") };
}

QList<RegionInfo> CompareRepository::regions(const QStringList &codes) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name_zh, name_en FROM regions WHERE %1")
                  .arg(inClause(QStringLiteral("code"), codes.size())));
    bindAll(q, codes);
    if (!q.exec()) {
        m_error = tr("Cannot read the regions: %1").arg(q.lastError().text());
        return {};
    }
    QHash<QString, RegionInfo> byCode;
    while (q.next()) {
        const RegionInfo r = regionFrom(q, 0);
        byCode.insert(r.code, r);
    }
    // '' stands for the targets whose region nobody knows yet: shown, never dropped.
    byCode.insert(QString(), unknownRegion());
    // Keep the caller's order: it is the order of the bars and the legend.
    QList<RegionInfo> out;
    for (const QString &code : codes) {
        if (byCode.contains(code))
            out << byCode.value(code);
    }
    return out;
}

std::optional<RegionInfo> CompareRepository::resolveRegion(const QString &codeOrName) const
{
    m_error.clear();
    const QString needle = codeOrName.trimmed();
    if (needle.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, name_zh, name_en, aliases FROM regions"
                             " WHERE code = ? OR name_zh = ? OR lower(name_en) = lower(?)"
                             " OR instr('|' || aliases || '|', '|' || ? || '|') > 0"
                             " ORDER BY (code = ?) DESC, (level = 'city') DESC, id LIMIT 1"));
    // Plain placeholders, each bound: QSQLITE counts numbered ones (?1) unreliably.
    for (int i = 0; i < 5; ++i)
        q.addBindValue(needle);
    if (!q.exec()) {
        m_error = tr("Cannot look up the region \"%1\": %2").arg(needle, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return regionFrom(q, 0);
}

QList<IndicatorInfo> CompareRepository::indicatorsWithTargets(TargetKind kind) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.indicator_key, coalesce(i.name_zh, ''), coalesce(i.name_en, ''),"
        " coalesce(i.unit, '') FROM targets t LEFT JOIN indicators i ON i.key = t.indicator_key"
        " WHERE t.kind = ? AND t.review_status <> 'rejected'"
        " GROUP BY t.indicator_key ORDER BY count(*) DESC, t.indicator_key"));
    q.addBindValue(toString(kind));
    if (!q.exec()) {
        m_error = tr("Cannot list the indicators: %1").arg(q.lastError().text());
        return {};
    }
    QList<IndicatorInfo> out;
    while (q.next())
        out << IndicatorInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() };
    return out;
}

IndicatorInfo CompareRepository::indicator(const QString &key) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name_zh, name_en, unit FROM indicators WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        m_error = tr("Cannot read the indicator \"%1\": %2").arg(key, q.lastError().text());
        return { key, {}, {}, {} };
    }
    if (!q.next())
        return { key, {}, {}, {} };
    return { key, q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
}

QList<ComparedTarget> CompareRepository::targets(
    std::optional<TargetKind> kind, const QString &indicatorKey, const QStringList &regionCodes) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.document_id, coalesce(r.code, ''), t.indicator_key, t.kind, t.value,"
        " t.value_max, t.unit, t.counter, t.comparator, t.year, t.approximate,"
        " t.sentence, t.review_status, t.confidence, d.title, d.issuer, d.doc_number,"
        " d.published, d.doc_status,"
        " EXISTS (SELECT 1 FROM target_choices c WHERE c.target_id = t.id)"
        // Targets without a region are kept (code ''): no target silently disappears.
        " FROM targets t LEFT JOIN regions r ON r.id = t.region_id"
        " JOIN documents d ON d.id = t.document_id"
        " WHERE t.review_status <> 'rejected' AND (? = '' OR t.kind = ?)"
        " AND (? = '' OR t.indicator_key = ?) AND %1"
        " ORDER BY r.id, t.indicator_key, t.year, t.id")
                  .arg(inClause(QStringLiteral("coalesce(r.code, '')"), regionCodes.size())));
    const QString kindKey = kind ? toString(*kind) : QString();
    bindAll(q, { kindKey, kindKey, indicatorKey, indicatorKey });
    bindAll(q, regionCodes);
    if (!q.exec()) {
        m_error = tr("Cannot read the targets: %1").arg(q.lastError().text());
        return {};
    }
    QList<ComparedTarget> out;
    while (q.next()) {
        ComparedTarget t;
        t.id = q.value(0).toLongLong();
        t.documentId = q.value(1).toLongLong();
        t.regionCode = q.value(2).toString();
        t.indicatorKey = q.value(3).toString();
        t.kind = targetKindFromString(q.value(4).toString()).value_or(TargetKind::Target);
        t.value = q.value(5).toDouble();
        if (!q.value(6).isNull())
            t.valueMax = q.value(6).toDouble();
        t.unit = q.value(7).toString();
        t.counter = q.value(8).toString();
        t.comparator = q.value(9).toString();
        t.year = q.value(10).isNull() ? 0 : q.value(10).toInt();
        t.approximate = q.value(11).toBool();
        t.sentence = q.value(12).toString();
        t.reviewStatus = reviewStatusFromString(q.value(13).toString())
                             .value_or(ReviewStatus::Unreviewed);
        t.confidence = q.value(14).toDouble();
        t.documentTitle = q.value(15).toString();
        t.issuer = q.value(16).toString();
        t.documentNumber = q.value(17).toString();
        t.published = QDate::fromString(q.value(18).toString().left(10), Qt::ISODate);
        t.docStatus = q.value(19).toString();
        t.chosen = q.value(20).toBool();
        out << t;
    }
    return out;
}

QStringList CompareRepository::indicatorKeys() const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key FROM indicators UNION SELECT indicator_key FROM targets"
                               " UNION SELECT indicator_key FROM statistics ORDER BY 1"))) {
        m_error = tr("Cannot list the indicators: %1").arg(q.lastError().text());
        return {};
    }
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

QList<StatisticRecord> CompareRepository::statistics(
    const QString &indicatorKey, const QStringList &regionCodes) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.code, s.indicator_key, s.year, s.value, s.unit, s.source,"
                             " s.period, s.comparator, s.approximate, s.quote"
                             " FROM statistics s JOIN regions r ON r.id = s.region_id"
                             " WHERE (? = '' OR s.indicator_key = ?) AND %1"
                             " ORDER BY r.id, s.indicator_key, s.year, s.period, s.id")
                  .arg(inClause(QStringLiteral("r.code"), regionCodes.size())));
    bindAll(q, { indicatorKey, indicatorKey });
    bindAll(q, regionCodes);
    if (!q.exec()) {
        m_error = tr("Cannot read the statistics: %1").arg(q.lastError().text());
        return {};
    }
    QList<StatisticRecord> out;
    while (q.next())
        out << StatisticRecord { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toDouble(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toBool(),
            q.value(9).toString() };
    return out;
}

QList<DocumentDate> CompareRepository::documents(const QStringList &regionCodes, int *undated) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, r.code, d.published, d.title, d.issuer"
                             " FROM documents d JOIN regions r ON r.id = d.region_id WHERE %1"
                             " ORDER BY r.id, d.published, d.id")
                  .arg(inClause(QStringLiteral("r.code"), regionCodes.size())));
    bindAll(q, regionCodes);
    if (!q.exec()) {
        m_error = tr("Cannot read the documents: %1").arg(q.lastError().text());
        return {};
    }
    QList<DocumentDate> out;
    int missing = 0;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
        if (!date.isValid()) {
            ++missing;
            continue;
        }
        out << DocumentDate { q.value(0).toLongLong(), q.value(1).toString(), date,
            q.value(3).toString(), q.value(4).toString() };
    }
    if (undated)
        *undated = missing;
    return out;
}

QHash<QString, QHash<QString, int>> CompareRepository::targetCounts(
    const QStringList &regionCodes) const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.code, t.indicator_key, count(*) FROM targets t"
                             " JOIN regions r ON r.id = t.region_id"
                             " WHERE t.kind = 'target' AND t.review_status <> 'rejected' AND %1"
                             " GROUP BY r.code, t.indicator_key")
                  .arg(inClause(QStringLiteral("r.code"), regionCodes.size())));
    bindAll(q, regionCodes);
    if (!q.exec()) {
        m_error = tr("Cannot count the targets: %1").arg(q.lastError().text());
        return {};
    }
    QHash<QString, QHash<QString, int>> out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toString()] = q.value(2).toInt();
    return out;
}

QList<StatisticSource> CompareRepository::statisticSources() const
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source, indicator_key, count(*), min(year), max(year)"
                               " FROM statistics GROUP BY source, indicator_key"
                               " ORDER BY source, indicator_key"))) {
        m_error = tr("Cannot list the statistics sources: %1").arg(q.lastError().text());
        return {};
    }
    QList<StatisticSource> out;
    while (q.next())
        out << StatisticSource { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toInt(), q.value(4).toInt() };
    return out;
}

int CompareRepository::documentCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next())
        return q.value(0).toInt();
    m_error = tr("Cannot count the documents: %1").arg(q.lastError().text());
    return 0;
}

} // namespace policylens
