#include "ingest/reextraction.h"

#include "extract/targetextractor.h"
#include "ingest/extractionhook.h"
#include "review/targetrepository.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

Reextraction::Reextraction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<qint64>> Reextraction::documentIds() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id"))) {
        return Failure { tr("Cannot read the documents of %1: %2")
                             .arg(m_db.databaseName(), q.lastError().text()) };
    }
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<ReplaceResult> Reextraction::reextract(qint64 documentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, published, language FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next()) {
        return Failure { tr("Cannot read document %1 of %2: %3")
                             .arg(documentId)
                             .arg(m_db.databaseName(), q.lastError().text()) };
    }
    DocumentContext context;
    context.published = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    context.language = q.value(2).toString();
    // One extractor per call would reload the taxonomy for every document.
    static const TargetExtractor extractor;
    TargetRepository targets(m_db);
    const std::optional<ReplaceResult> result = targets.replaceExtractedTargets(
        documentId, toTargetInputs(extractor.extract(q.value(0).toString(), context)));
    if (!result)
        return Failure { tr("Document %1: %2").arg(documentId).arg(targets.lastError()) };
    return *result;
}

} // namespace policylens
