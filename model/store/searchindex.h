#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

struct RankedHit
{
    qint64 documentId = 0;
    QString title;
    QString issuer;
    QString regionName;
    QDate published;
    double score = 0; // bm25: lower is better
    QString snippet; // key word in context, one line
    qsizetype hitStart = -1; // of the matched term inside snippet
    qsizetype hitLength = 0;
};

// Ranked full-text search over the documents of a workspace (see SearchText for the design).
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(const QSqlDatabase &db);

    // Documents matching every term of query, best first (none for a query without terms).
    // Fails with a translated reason when the query cannot run.
    Result<QList<RankedHit>> search(const QString &query, int limit) const;

    // Writes the index again from every document's title and text, in the caller's
    // transaction: for workspaces indexed before SearchText changed what it indexes (the
    // Simplified form of Traditional characters, schema version Schema::SearchTextVersion).
    static Result<void> rebuild(const QSqlDatabase &db);

    // The context of the first hit of any of terms in text: contextChars either side.
    static RankedHit keywordInContext(
        const QString &text, const QStringList &terms, int contextChars = 20);

private:
    QSqlDatabase m_db;
};

} // namespace policylens
