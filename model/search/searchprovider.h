#pragma once

#include <QList>
#include <QString>

namespace policylens {

// One occurrence of the query in a document body, with its keyword-in-context pieces.
struct SearchHit
{
    qint64 documentId = 0;
    QString title;
    int position = 0; // UTF-16 offset of the match in documents.body
    int length = 0;
    QString before; // up to contextChars of text before and after the match
    QString match;
    QString after;
};

// Full-text search over the workspace's document bodies. The workbench only talks to this
// interface; the FTS5 search of the importer work plugs in by implementing it.
class SearchProvider
{
public:
    virtual ~SearchProvider() = default;

    // At most `limit` hits, in document order; two-character Chinese terms must be found.
    virtual QList<SearchHit> search(
        const QString &query, int limit = 500, int contextChars = 20) const = 0;
};

} // namespace policylens
