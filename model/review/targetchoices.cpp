#include "review/targetchoices.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

namespace {

// Binds the four values that name a competition, in the order the queries list them:
// region, indicator, year, kind.
void bindKey(QSqlQuery &q, const ChoiceKey &key)
{
    q.addBindValue(key.regionId);
    q.addBindValue(key.indicator);
    q.addBindValue(key.year);
    q.addBindValue(toString(key.kind));
}

} // namespace

TargetChoices::TargetChoices(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 TargetChoices::chosen(const ChoiceKey &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT target_id FROM target_choices WHERE region_id = ? "
                             "AND indicator_key = ? AND year = ? AND kind = ?"));
    bindKey(q, key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool TargetChoices::setChosen(const ChoiceKey &key, qint64 targetId)
{
    QSqlQuery q(m_db);
    if (targetId > 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO target_choices (region_id, indicator_key, year, kind, target_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (region_id, indicator_key, year, kind) "
            "DO UPDATE SET target_id = excluded.target_id"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM target_choices WHERE region_id = ? "
                                 "AND indicator_key = ? AND year = ? AND kind = ?"));
    }
    bindKey(q, key);
    if (targetId > 0)
        q.addBindValue(targetId);
    if (!q.exec()) {
        m_error = tr("Cannot store which value counts: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<qint64> TargetChoices::competitors(const ChoiceKey &key) const
{
    // Default order: final before draft, newer publication before older (unknown dates last),
    // later import before earlier. A stored choice is moved to the front below.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT t.id FROM targets t JOIN documents d ON d.id = t.document_id "
        "WHERE t.region_id = ? AND t.indicator_key = ? AND t.year = ? AND t.kind = ? "
        "AND t.review_status <> 'rejected' "
        "ORDER BY (d.doc_status = 'final') DESC, d.published IS NULL, d.published DESC, "
        "d.id DESC, t.id"));
    bindKey(q, key);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    const qint64 stored = chosen(key);
    if (stored > 0 && ids.removeOne(stored))
        ids.prepend(stored);
    return ids;
}

qint64 TargetChoices::counting(const ChoiceKey &key) const
{
    const QList<qint64> ids = competitors(key);
    return ids.isEmpty() ? 0 : ids.first();
}

ChoiceKey TargetChoices::keyOf(qint64 targetId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT coalesce(region_id, 0), indicator_key, coalesce(year, 0), kind FROM targets "
        "WHERE id = ?"));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
        targetKindFromString(q.value(3).toString()).value_or(TargetKind::Target) };
}

} // namespace policylens
