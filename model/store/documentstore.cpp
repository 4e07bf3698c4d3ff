#include "store/documentstore.h"

#include "store/searchtext.h"
#include "store/sqlrow.h"

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
    SqlRow row(q);
    DocumentRecord r;
    r.id = row.id();
    r.title = row.text();
    r.issuer = row.text();
    r.docNumber = row.text();
    r.regionCode = row.text();
    r.regionName = row.text();
    r.published = row.date();
    r.periodStart = row.integer();
    r.periodEnd = row.integer();
    r.language = row.text();
    r.sourcePath = row.text();
    r.format = row.text();
    r.encoding = row.text();
    r.charCount = row.id();
    r.importedAt = row.text();
    r.docType = row.text();
    r.docStatus = row.text();
    r.userFields = row.list();
    r.regionNameEn = row.text();
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

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A contentless FTS5 row is deleted by repeating the values it indexed.
bool deleteIndexRow(QSqlQuery &q, qint64 id, const QString &title, const QString &indexedBody)
{
    q.prepare(QStringLiteral("INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                             "VALUES ('delete', ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(SearchText::indexText(title));
    q.addBindValue(indexedBody);
    return q.exec();
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

Result<void> DocumentStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    return Failure { query.lastError().text() };
}

Result<void> DocumentStore::writeInTransaction(const std::function<bool(QSqlQuery &)> &write)
{
    if (!m_db.transaction())
        return Failure { m_db.lastError().text() };
    QSqlQuery q(m_db);
    if (!write(q)) {
        const QString reason = q.lastError().text();
        q.finish();
        m_db.rollback();
        return Failure { reason };
    }
    q.finish();
    if (!m_db.commit())
        return Failure { m_db.lastError().text() };
    return {};
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

Result<DocumentStore::Stored> DocumentStore::insert(const ImportedDocument &document,
    const DocumentMetadata &metadata, const QString &sourcePath, const QString &batch,
    const DocumentHook &hook)
{
    return insert(PreparedDocument::prepare(document, metadata), sourcePath, batch, hook);
}

Result<DocumentStore::Stored> DocumentStore::insert(const PreparedDocument &prepared,
    const QString &sourcePath, const QString &batch, const DocumentHook &hook)
{
    const QString savepoint = QStringLiteral("document_%1").arg(++m_savepoint);
    QSqlQuery control(m_db);
    if (!control.exec(QStringLiteral("SAVEPOINT ") + savepoint)) {
        return Failure {
            tr("the workspace cannot start a transaction: %1").arg(control.lastError().text()) };
    }
    Result<qint64> id = findDuplicate(prepared.contentHash);
    const bool duplicate = id && *id > 0;
    if (id && !duplicate)
        id = insertNew(prepared, sourcePath, hook);
    Result<void> logged = id ? logImport(batch, sourcePath, duplicate, *id) : Failure { id.error() };
    if (logged && !control.exec(QStringLiteral("RELEASE ") + savepoint))
        logged = Failure { control.lastError().text() };
    if (!logged) {
        m_findHash.finish();
        control.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        control.exec(QStringLiteral("RELEASE ") + savepoint);
        return Failure { logged.error() };
    }
    return Stored { *id, duplicate };
}

Result<qint64> DocumentStore::findDuplicate(const QString &hash)
{
    m_findHash.addBindValue(hash);
    if (Result<void> found = exec(m_findHash); !found)
        return Failure { found.error() };
    const qint64 existing = m_findHash.next() ? m_findHash.value(0).toLongLong() : 0;
    m_findHash.finish();
    return existing;
}

Result<qint64> DocumentStore::insertNew(
    const PreparedDocument &prepared, const QString &sourcePath, const DocumentHook &hook)
{
    const ImportedDocument &document = prepared.document;
    const DocumentMetadata &metadata = prepared.metadata;
    const qint64 region = regionId(metadata.regionCode);
    for (const QVariant &v : { QVariant(prepared.contentHash), QVariant(metadata.title),
             QVariant(metadata.issuer), QVariant(metadata.docNumber), nullableId(region),
             nullableDate(metadata.published), nullableInt(metadata.periodStart),
             nullableInt(metadata.periodEnd), QVariant(metadata.language), QVariant(sourcePath),
             QVariant(document.format), QVariant(document.encoding), QVariant(document.text),
             QVariant(document.text.size()), QVariant(metadata.docType),
             QVariant(metadata.docStatus) })
        m_insertDocument.addBindValue(v);
    if (Result<void> inserted = exec(m_insertDocument); !inserted)
        return Failure { inserted.error() };
    const qint64 id = m_insertDocument.lastInsertId().toLongLong();

    m_insertIndex.addBindValue(id);
    m_insertIndex.addBindValue(prepared.indexedTitle);
    m_insertIndex.addBindValue(prepared.indexedBody);
    if (Result<void> indexed = exec(m_insertIndex); !indexed)
        return Failure { indexed.error() };
    if (hook) {
        const StoredDocumentContext context { id, region, document.text, metadata, m_db };
        if (Result<void> hooked = hook(context); !hooked)
            return Failure { hooked.error().isEmpty() ? tr("target extraction failed")
                                                      : hooked.error() };
    }
    return id;
}

Result<void> DocumentStore::logImport(
    const QString &batch, const QString &sourcePath, bool duplicate, qint64 id)
{
    m_insertLog.addBindValue(batch);
    m_insertLog.addBindValue(sourcePath);
    m_insertLog.addBindValue(duplicate ? QStringLiteral("duplicate") : QStringLiteral("imported"));
    m_insertLog.addBindValue(QString());
    m_insertLog.addBindValue(id);
    return exec(m_insertLog);
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

Result<void> DocumentStore::updateMetadata(qint64 id, const DocumentMetadata &metadata)
{
    const QString body = text(id);
    const std::optional<DocumentRecord> old = document(id);
    if (!old)
        return Failure { tr("document %1 does not exist").arg(id) };
    const QString indexedBody = SearchText::indexText(body);
    return writeInTransaction([&](QSqlQuery &q) {
        if (!deleteIndexRow(q, id, old->title, indexedBody))
            return false;
        q.prepare(
            QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(SearchText::indexText(metadata.title));
        q.addBindValue(indexedBody);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral(
            "UPDATE documents SET title = coalesce(?, ''), issuer = coalesce(?, ''), "
            "doc_number = coalesce(?, ''), region_id = ?, published = ?, period_start = ?, "
            "period_end = ?, language = coalesce(?, '') WHERE id = ?"));
        for (const QVariant &v : { QVariant(metadata.title), QVariant(metadata.issuer),
                 QVariant(metadata.docNumber), nullableId(regionId(metadata.regionCode)),
                 nullableDate(metadata.published), nullableInt(metadata.periodStart),
                 nullableInt(metadata.periodEnd), QVariant(metadata.language), QVariant(id) })
            q.addBindValue(v);
        return q.exec();
    });
}

Result<void> DocumentStore::remove(qint64 id)
{
    const std::optional<DocumentRecord> old = document(id);
    if (!old)
        return Failure { tr("document %1 does not exist").arg(id) };
    const QString indexedBody = SearchText::indexText(text(id));
    return writeInTransaction([&](QSqlQuery &q) {
        if (!deleteIndexRow(q, id, old->title, indexedBody))
            return false;
        q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        q.addBindValue(id);
        return q.exec();
    });
}

} // namespace policylens
