#include "store/searchindex.h"

#include "store/searchtext.h"
#include "text/matchingnormalizer.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

SearchIndex::SearchIndex(const QSqlDatabase &db)
    : m_db(db)
{ }

Result<void> SearchIndex::rebuild(const QSqlDatabase &db)
{
    const auto fail = [](const QSqlQuery &q) -> Result<void> {
        return Failure { tr("Cannot rebuild the search index: %1").arg(q.lastError().text()) };
    };
    QSqlQuery clear(db);
    // A file without the index (not a workspace PolicyLens wrote) has nothing to rebuild.
    if (!db.tables().contains(QStringLiteral("documents_fts")))
        return {};
    // Contentless FTS5 can only be emptied whole ('delete-all'): its old entries are in the
    // old text form, which a later 'delete' with the new form would not match.
    if (!clear.exec(
            QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")))
        return fail(clear);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(
        QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
    if (!read.exec(QStringLiteral("SELECT id, title, body FROM documents")))
        return fail(read);
    while (read.next()) {
        write.addBindValue(read.value(0));
        write.addBindValue(SearchText::indexText(read.value(1).toString()));
        write.addBindValue(SearchText::indexText(read.value(2).toString()));
        if (!write.exec())
            return fail(write);
    }
    return {};
}

RankedHit SearchIndex::keywordInContext(
    const QString &text, const QStringList &terms, int contextChars)
{
    RankedHit hit;
    qsizetype best = -1;
    qsizetype bestLength = 0;
    // Found in the Simplified form of both, as the index matched them; simplify() maps one
    // UTF-16 unit to one, so positions carry over to the text as written.
    const auto simplified = [](QString s) {
        for (QChar &c : s)
            c = QChar(MatchingNormalizer::simplify(c.unicode()));
        return s;
    };
    const QString folded = simplified(text);
    for (const QString &term : terms) {
        const qsizetype pos = folded.indexOf(simplified(term), 0, Qt::CaseInsensitive);
        if (pos >= 0 && (best < 0 || pos < best)) {
            best = pos;
            bestLength = term.size();
        }
    }
    if (best < 0) {
        hit.snippet = text.left(2 * contextChars).simplified();
        return hit;
    }
    const qsizetype from = qMax<qsizetype>(0, best - contextChars);
    const qsizetype to = qMin(text.size(), best + bestLength + contextChars);
    QString before = text.mid(from, best - from);
    QString after = text.mid(best + bestLength, to - best - bestLength);
    before.replace(QLatin1Char('\n'), QLatin1Char(' '));
    after.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString prefix = from > 0 ? QStringLiteral("…") : QString();
    const QString suffix = to < text.size() ? QStringLiteral("…") : QString();
    hit.snippet = prefix + before + text.mid(best, bestLength) + after + suffix;
    hit.hitStart = prefix.size() + before.size();
    hit.hitLength = bestLength;
    return hit;
}

Result<QList<RankedHit>> SearchIndex::search(const QString &query, int limit) const
{
    QList<RankedHit> hits;
    const QString expression = SearchText::matchExpression(query);
    if (expression.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Ranking first, then the bodies of only the shown documents for their snippets.
    q.prepare(QStringLiteral(
        "SELECT d.id, d.title, d.issuer, r.name_zh, d.published, f.rank FROM "
        "(SELECT rowid, bm25(documents_fts, 10.0, 1.0) AS rank FROM documents_fts "
        " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) f "
        "JOIN documents d ON d.id = f.rowid LEFT JOIN regions r ON r.id = d.region_id "
        "ORDER BY f.rank"));
    q.addBindValue(expression);
    q.addBindValue(limit);
    if (!q.exec())
        return Failure { tr("The search \"%1\" failed: %2").arg(query, q.lastError().text()) };
    while (q.next()) {
        RankedHit hit;
        hit.documentId = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.issuer = q.value(2).toString();
        hit.regionName = q.value(3).toString();
        hit.published = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        hit.score = q.value(5).toDouble();
        hits.append(hit);
    }
    q.finish();
    const QStringList terms = SearchText::terms(query);
    QSqlQuery body(m_db);
    body.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    for (RankedHit &hit : hits) {
        body.addBindValue(hit.documentId);
        if (body.exec() && body.next()) {
            const RankedHit context = keywordInContext(body.value(0).toString(), terms);
            hit.snippet = context.snippet;
            hit.hitStart = context.hitStart;
            hit.hitLength = context.hitLength;
        }
        body.finish();
    }
    return hits;
}

} // namespace policylens
