#include "models/pagedtablemodel.h"

#include <QSqlRecord>

namespace policylens {

namespace {

QString selectOf(const PageQuery &page)
{
    QStringList keys = page.sortKeys;
    keys << page.id;
    return QStringLiteral("SELECT ") + page.columns + QStringLiteral(", ")
        + keys.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + page.from
        + QStringLiteral(" WHERE 1") + page.where;
}

QString orderOf(const PageQuery &page)
{
    const QString direction
        = page.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString &key : page.sortKeys)
        terms << key + direction;
    terms << page.id + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

// Rows after the last one in the order of orderOf(), as one row-value comparison
// (k1, ..., id) > (v1, ..., w): SQLite seeks an index on a prefix of the keys to the first row
// of the page instead of scanning from the start. Ties go by id in the sort direction, so that
// one comparison covers every key.
QString afterLast(const PageQuery &page, const QVariantList &last, QVariantList &bindings)
{
    QStringList keys = page.sortKeys;
    keys << page.id;
    QStringList marks;
    for (const QVariant &value : last) {
        marks << QStringLiteral("?");
        bindings << value;
    }
    return QStringLiteral(" AND (%1) %2 (%3)")
        .arg(keys.join(QStringLiteral(", ")),
            page.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<"),
            marks.join(QStringLiteral(", ")));
}

} // namespace

bool KeysetCursor::exec(QSqlQuery &query, const PageQuery &page, int limit)
{
    QVariantList bindings = page.bindings;
    QString sql = selectOf(page);
    if (!m_last.isEmpty())
        sql += afterLast(page, m_last, bindings);
    query.prepare(sql + orderOf(page) + QStringLiteral(" LIMIT ?"));
    for (const QVariant &b : std::as_const(bindings))
        query.addBindValue(b);
    query.addBindValue(limit);
    if (!query.exec())
        return false;
    m_keyCount = static_cast<int>(page.sortKeys.size()) + 1;
    m_keyColumn = query.record().count() - m_keyCount;
    return true;
}

void KeysetCursor::remember(const QSqlQuery &query)
{
    m_last.resize(m_keyCount);
    for (int i = 0; i < m_keyCount; ++i)
        m_last[i] = query.value(m_keyColumn + i);
}

qint64 KeysetCursor::count(const QSqlDatabase &db, const PageQuery &page)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM ")
        + (page.countFrom.isEmpty() ? page.from : page.countFrom) + QStringLiteral(" WHERE 1")
        + page.where);
    for (const QVariant &b : page.bindings)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool KeysetCursor::execOne(QSqlQuery &query, const PageQuery &page, const QString &extraWhere,
    const QVariantList &extraBindings)
{
    query.prepare(selectOf(page) + extraWhere + QStringLiteral(" LIMIT 1"));
    for (const QVariant &b : page.bindings + extraBindings)
        query.addBindValue(b);
    return query.exec();
}

QStringList KeysetCursor::nullableKey(const QString &expression)
{
    return { QStringLiteral("(%1 IS NOT NULL)").arg(expression),
        QStringLiteral("coalesce(%1, '')").arg(expression) };
}

} // namespace policylens
