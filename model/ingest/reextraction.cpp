#include "ingest/reextraction.h"

#include "extract/targetextractor.h"
#include "ingest/extractionhook.h"
#include "extract/documentgenre.h"
#include "import/metadatadetector.h"
#include "import/regiondetector.h"
#include "review/documentrepository.h"
#include "review/targetrepository.h"
#include "store/regionresolver.h"

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

// What detection reads from a document (region, draft or final) is read again with the current
// rules, so a workspace imported by an older PolicyLens gains what they now find. A field a
// person set (documents.user_fields) is never touched.
QString Reextraction::redetect(qint64 documentId, QVariantList &row) const
{
    const QStringList userSet = row.at(8).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    DocumentRepository documents(m_db);
    if (!userSet.contains(documentFieldKey(DocumentField::Region))) {
        if (!m_regions) {
            m_regions = std::make_shared<RegionResolver>();
            m_regions->load(m_db);
        }
        const QString code = RegionDetector(*m_regions)
                                 .detect(row.at(3).toString(), row.at(4).toString(),
                                     row.at(5).toString(), row.at(0).toString())
                                 .code;
        const auto region = m_regions->byCode(code);
        const qint64 id = region ? region->id : 0;
        // An unknown guess never erases a region found before.
        if (id > 0 && id != row.at(6).toLongLong()
            && !documents.setField(documentId, DocumentField::Region, id))
            return documents.lastError();
    }
    if (!userSet.contains(documentFieldKey(DocumentField::Type)) && row.at(9).toString().isEmpty()) {
        const QString type = documentGenreKey(detectDocumentGenre(row.at(0).toString()));
        if (!documents.setField(documentId, DocumentField::Type, type))
            return documents.lastError();
        row[9] = type;
    }
    if (!userSet.contains(documentFieldKey(DocumentField::Status))) {
        const QString status = MetadataDetector::detectStatus(row.at(3).toString(), row.at(0).toString());
        if (status != row.at(7).toString()
            && !documents.setField(documentId, DocumentField::Status, status))
            return documents.lastError();
    }
    return {};
}

Result<ReplaceResult> Reextraction::reextract(qint64 documentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, published, language, title, issuer, doc_number, "
                             "coalesce(region_id, 0), doc_status, user_fields, doc_type "
                             "FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next()) {
        return Failure { tr("Cannot read document %1 of %2: %3")
                             .arg(documentId)
                             .arg(m_db.databaseName(), q.lastError().text()) };
    }
    QVariantList row;
    for (int c = 0; c < 10; ++c)
        row << q.value(c);
    q.finish(); // an open statement would block the commits below
    if (const QString error = redetect(documentId, row); !error.isEmpty())
        return Failure { tr("Document %1: %2").arg(documentId).arg(error) };
    DocumentContext context;
    context.published = QDate::fromString(row.at(1).toString(), Qt::ISODate);
    context.language = row.at(2).toString();
    // The stored type, which a person may have corrected, is the genre extraction reads with.
    context.genre = documentGenreFromKey(row.at(9).toString());
    // One extractor per call would reload the taxonomy for every document.
    static const TargetExtractor extractor;
    TargetRepository targets(m_db);
    const std::optional<ReplaceResult> result = targets.replaceExtractedTargets(
        documentId, toTargetInputs(extractor.extract(row.at(0).toString(), context)));
    if (!result)
        return Failure { tr("Document %1: %2").arg(documentId).arg(targets.lastError()) };
    return *result;
}

} // namespace policylens
