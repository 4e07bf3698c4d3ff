#include "search/ftssearchprovider.h"

#include "store/documentstore.h"
#include "store/searchindex.h"
#include "store/searchtext.h"

namespace policylens {

FtsSearchProvider::FtsSearchProvider(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SearchHit> FtsSearchProvider::search(const QString &query, int limit, int contextChars) const
{
    QList<SearchHit> hits;
    const Result<QList<RankedHit>> ranked = SearchIndex(m_db).search(query, limit);
    if (!ranked)
        return hits;
    const QStringList terms = SearchText::terms(query);
    const DocumentStore documents(m_db);
    for (const RankedHit &document : *ranked) {
        const QString body = documents.text(document.documentId);
        qsizetype position = -1;
        qsizetype length = 0;
        for (const QString &term : terms) {
            const qsizetype at = body.indexOf(term, 0, Qt::CaseInsensitive);
            if (at >= 0 && (position < 0 || at < position)) {
                position = at;
                length = term.size();
            }
        }
        if (position < 0)
            continue; // matched only through normalization the body does not show verbatim
        SearchHit hit;
        hit.documentId = document.documentId;
        hit.title = document.title;
        hit.position = static_cast<int>(position);
        hit.length = static_cast<int>(length);
        const qsizetype from = qMax<qsizetype>(0, position - contextChars);
        hit.before = body.mid(from, position - from).replace(QLatin1Char('\n'), QLatin1Char(' '));
        hit.match = body.mid(position, length);
        hit.after = body.mid(position + length, contextChars).replace(QLatin1Char('\n'), QLatin1Char(' '));
        hits.append(hit);
    }
    return hits;
}

} // namespace policylens
