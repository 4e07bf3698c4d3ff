#include "search/likesearchprovider.h"

#include <QSqlQuery>

namespace policylens {

namespace {

// KWIC context on one line: newlines inside the window would break the result list.
QString flatten(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

LikeSearchProvider::LikeSearchProvider(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QList<SearchHit> LikeSearchProvider::search(const QString &query, int limit, int contextChars) const
{
    QList<SearchHit> hits;
    const QString needle = query.trimmed();
    if (needle.isEmpty() || limit <= 0)
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, title, body FROM documents "
                             "WHERE instr(lower(body), lower(?)) > 0 ORDER BY id"));
    q.addBindValue(needle);
    if (!q.exec())
        return hits;
    while (q.next() && hits.size() < limit) {
        const qint64 id = q.value(0).toLongLong();
        const QString title = q.value(1).toString();
        const QString body = q.value(2).toString();
        qsizetype from = 0;
        while (hits.size() < limit) {
            const qsizetype at = body.indexOf(needle, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            SearchHit hit;
            hit.documentId = id;
            hit.title = title;
            hit.position = static_cast<int>(at);
            hit.length = static_cast<int>(needle.size());
            const qsizetype beforeStart = qMax<qsizetype>(0, at - contextChars);
            hit.before = flatten(body.mid(beforeStart, at - beforeStart));
            hit.match = body.mid(at, needle.size());
            hit.after = flatten(body.mid(at + needle.size(), contextChars));
            hits.append(hit);
            from = at + needle.size();
        }
    }
    return hits;
}

} // namespace policylens
