#include "store/documentstore.h"

#include "store/searchtext.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace policylens {

namespace {

const QString &documentColumns()
{
    static const QString columns = QStringLiteral(
        "d.id, d.title, d.issuer, d.doc_number, r.code, r.name_zh, d.published, d.period_start, "
        "d.period_end, d.language, d.source_path, d.format, d.encoding, d.char_count, "
        "d.imported_at, d.doc_type, d.doc_status, d.user_fields, r.name_en "
        "FROM documents d LEFT JOIN regions r ON r.id = d.region_id");
    return columns;
}

DocumentRecord recordFrom(const QSqlQuery &q)
{
    DocumentRecord r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.issuer = q.value(2).toString();
    r.docNumber = q.value(3).toString();
    r.regionCode = q.value(4).toString();
    r.regionName = q.value(5).toString();
    r.published = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.periodStart = q.value(7).toInt();
    r.periodEnd = q.value(8).toInt();
    r.language = q.value(9).toString();
    r.sourcePath = q.value(10).toString();
    r.format = q.value(11).toString();
    r.encoding = q.value(12).toString();
    r.charCount = q.value(13).toLongLong();
    r.importedAt = q.value(14).toString();
    r.docType = q.value(15).toString();
    r.docStatus = q.value(16).toString();
    r.userFields = q.value(17).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    r.regionNameEn = q.value(18).toString();
    return r;
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

DocumentStore::DocumentStore(const QSqlDatabase &db)
    : m_db(db)
    , m_findHash(db)
    , m_insertDocument(db)
    , m_insertIndex(db)
    , m_insertLog(db)
{
    m_regions.load(db);
    m_findHash.prepare(QStringLiteral("SELECT id FROM documents WHERE content_hash = ?"));
    m_insertDocument.prepare(QStringLiteral(
        "INSERT INTO documents (content_hash, title, issuer, doc_number, region_id, published, "
        "period_start, period_end, language, source_path, format, encoding, body, char_count, "
        "doc_type, doc_status) "
        "VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, coalesce(?, "
        "''), "
        "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, coalesce(?, ''), "
        "coalesce(?, 'final'))"));
    m_insertIndex.prepare(
        QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
    m_insertLog.prepare(QStringLiteral("INSERT INTO import_log (batch, path, status, reason, "
                                       "document_id) VALUES (?, ?, ?, coalesce(?, ''), ?)"));
}

QString DocumentStore::contentHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool DocumentStore::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

qint64 DocumentStore::regionId(const QString &code) const
{
    if (code.isEmpty())
        return 0;
    const std::optional<Region> region = m_regions.byCode(code);
    return region ? region->id : 0;
}

PreparedDocument PreparedDocument::prepare(ImportedDocument document, DocumentMetadata metadata)
{
    PreparedDocument prepared;
    prepared.contentHash = DocumentStore::contentHash(document.text);
    prepared.indexedTitle = SearchText::indexText(metadata.title);
    prepared.indexedBody = SearchText::indexText(document.text);
    prepared.document = std::move(document);
    prepared.metadata = std::move(metadata);
    return prepared;
}

DocumentStore::InsertResult DocumentStore::insert(const ImportedDocument &document,
    const DocumentMetadata &metadata, const QString &sourcePath, const QString &batch,
    const DocumentHook &hook)
{
    return insert(PreparedDocument::prepare(document, metadata), sourcePath, batch, hook);
}

DocumentStore::InsertResult DocumentStore::insert(const PreparedDocument &prepared,
    const QString &sourcePath, const QString &batch, const DocumentHook &hook)
{
    const ImportedDocument &document = prepared.document;
    const DocumentMetadata &metadata = prepared.metadata;
    InsertResult result;
    const QString &hash = prepared.contentHash;
    const QString savepoint = QStringLiteral("document_%1").arg(++m_savepoint);
    QSqlQuery control(m_db);
    if (!control.exec(QStringLiteral("SAVEPOINT ") + savepoint)) {
        result.error
            = tr("the workspace cannot start a transaction: %1").arg(control.lastError().text());
        return result;
    }
    auto rollback = [&](const QString &reason) {
        m_findHash.finish();
        control.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        control.exec(QStringLiteral("RELEASE ") + savepoint);
        result.status = InsertStatus::Failed;
        result.documentId = 0;
        result.error = reason;
        return result;
    };
    QString error;

    m_findHash.addBindValue(hash);
    if (!exec(m_findHash, &error))
        return rollback(error);
    const bool duplicate = m_findHash.next();
    const qint64 existing = duplicate ? m_findHash.value(0).toLongLong() : 0;
    m_findHash.finish();

    qint64 id = existing;
    if (!duplicate) {
        const qint64 region = regionId(metadata.regionCode);
        m_insertDocument.addBindValue(hash);
        m_insertDocument.addBindValue(metadata.title);
        m_insertDocument.addBindValue(metadata.issuer);
        m_insertDocument.addBindValue(metadata.docNumber);
        m_insertDocument.addBindValue(
            region > 0 ? QVariant(region) : QVariant(QMetaType::fromType<qint64>()));
        m_insertDocument.addBindValue(nullableDate(metadata.published));
        m_insertDocument.addBindValue(nullableInt(metadata.periodStart));
        m_insertDocument.addBindValue(nullableInt(metadata.periodEnd));
        m_insertDocument.addBindValue(metadata.language);
        m_insertDocument.addBindValue(sourcePath);
        m_insertDocument.addBindValue(document.format);
        m_insertDocument.addBindValue(document.encoding);
        m_insertDocument.addBindValue(document.text);
        m_insertDocument.addBindValue(document.text.size());
        m_insertDocument.addBindValue(metadata.docType);
        m_insertDocument.addBindValue(metadata.docStatus);
        if (!exec(m_insertDocument, &error))
            return rollback(error);
        id = m_insertDocument.lastInsertId().toLongLong();

        m_insertIndex.addBindValue(id);
        m_insertIndex.addBindValue(prepared.indexedTitle);
        m_insertIndex.addBindValue(prepared.indexedBody);
        if (!exec(m_insertIndex, &error))
            return rollback(error);

        if (hook) {
            const StoredDocumentContext context { id, region, document.text, metadata, m_db };
            QString hookError;
            if (!hook(context, &hookError))
                return rollback(hookError.isEmpty() ? tr("target extraction failed") : hookError);
        }
    }

    m_insertLog.addBindValue(batch);
    m_insertLog.addBindValue(sourcePath);
    m_insertLog.addBindValue(duplicate ? QStringLiteral("duplicate") : QStringLiteral("imported"));
    m_insertLog.addBindValue(QString());
    m_insertLog.addBindValue(id);
    if (!exec(m_insertLog, &error))
        return rollback(error);

    if (!control.exec(QStringLiteral("RELEASE ") + savepoint))
        return rollback(control.lastError().text());
    result.status = duplicate ? InsertStatus::Duplicate : InsertStatus::Inserted;
    result.documentId = id;
    return result;
}

QList<DocumentRecord> DocumentStore::list() const
{
    QList<DocumentRecord> records;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + documentColumns() + QStringLiteral(" ORDER BY d.id")))
        return records;
    while (q.next())
        records << recordFrom(q);
    return records;
}

std::optional<DocumentRecord> DocumentStore::document(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + documentColumns() + QStringLiteral(" WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QString DocumentStore::text(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

qint64 DocumentStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM documents")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool DocumentStore::updateMetadata(qint64 id, const DocumentMetadata &metadata, QString *error)
{
    const QString body = text(id);
    const std::optional<DocumentRecord> old = document(id);
    if (!old) {
        if (error)
            *error = tr("document %1 does not exist").arg(id);
        return false;
    }
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    // A contentless FTS5 row is deleted by repeating the indexed values, then re-added.
    q.prepare(QStringLiteral("INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                             "VALUES ('delete', ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(SearchText::indexText(old->title));
    const QString indexedBody = SearchText::indexText(body);
    q.addBindValue(indexedBody);
    bool ok = q.exec();
    if (ok) {
        q.prepare(
            QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(SearchText::indexText(metadata.title));
        q.addBindValue(indexedBody);
        ok = q.exec();
    }
    if (ok) {
        const qint64 region = regionId(metadata.regionCode);
        q.prepare(QStringLiteral(
            "UPDATE documents SET title = coalesce(?, ''), issuer = coalesce(?, ''), "
            "doc_number = coalesce(?, ''), region_id = ?, published = ?, period_start = ?, "
            "period_end = ?, language = coalesce(?, '') WHERE id = ?"));
        q.addBindValue(metadata.title);
        q.addBindValue(metadata.issuer);
        q.addBindValue(metadata.docNumber);
        q.addBindValue(region > 0 ? QVariant(region) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(nullableDate(metadata.published));
        q.addBindValue(nullableInt(metadata.periodStart));
        q.addBindValue(nullableInt(metadata.periodEnd));
        q.addBindValue(metadata.language);
        q.addBindValue(id);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        q.finish();
        m_db.rollback();
        return false;
    }
    q.finish();
    return m_db.commit();
}

bool DocumentStore::remove(qint64 id, QString *error)
{
    const std::optional<DocumentRecord> old = document(id);
    if (!old) {
        if (error)
            *error = tr("document %1 does not exist").arg(id);
        return false;
    }
    const QString body = text(id);
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                             "VALUES ('delete', ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(SearchText::indexText(old->title));
    q.addBindValue(SearchText::indexText(body));
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        q.addBindValue(id);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        q.finish();
        m_db.rollback();
        return false;
    }
    q.finish();
    return m_db.commit();
}

} // namespace policylens
