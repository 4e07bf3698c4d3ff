#pragma once

#include "core/documentdata.h"
#include "core/result.h"
#include "store/regionresolver.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace policylens {

// A stored document as lists show it (no body: see DocumentStore::text()).
struct DocumentRecord
{
    qint64 id = 0;
    QString title;
    QString issuer;
    QString docNumber;
    QString regionCode;
    QString regionName; // Chinese name
    QDate published;
    int periodStart = 0;
    int periodEnd = 0;
    QString language;
    QString sourcePath;
    QString format;
    QString encoding;
    qint64 charCount = 0;
    QString importedAt;
    QString docType; // plan, measures, ... ('' unknown)
    QString docStatus; // draft, final
    QStringList userFields; // fields a person set: title, issuer, region, published, type, status
    QString regionNameEn;
};

// What the extraction hook sees, inside the transaction that inserts the document: whatever it
// writes through db commits or rolls back together with the document.
struct StoredDocumentContext
{
    qint64 documentId = 0;
    qint64 regionId = 0; // 0 when the region is unknown
    const QString &text; // == documents.body; offsets into it are valid target offsets
    const DocumentMetadata &metadata;
    QSqlDatabase db;
};

// A document ready to be stored: everything that needs no database (hash, index text) is
// computed up front, so an import can prepare the next file on another thread.
struct PreparedDocument
{
    ImportedDocument document;
    DocumentMetadata metadata;
    QString contentHash;
    QString indexedTitle;
    QString indexedBody;

    static PreparedDocument prepare(ImportedDocument document, DocumentMetadata metadata);
};

// A failure (with a translated reason) rolls the document back and rejects it.
using DocumentHook = std::function<Result<void>(const StoredDocumentContext &context)>;

// Documents in a workspace: insert whole-or-nothing with duplicate detection, list, read.
class DocumentStore final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
    Q_DISABLE_COPY_MOVE(DocumentStore)

public:
    explicit DocumentStore(const QSqlDatabase &db);

    struct Stored
    {
        qint64 documentId = 0; // new id, or the existing one for a duplicate
        bool duplicate = false;
    };

    // Inserts the document, its search index entry, the hook's rows and its import-log row in
    // one savepoint: all of them or none. Works inside or outside an open transaction.
    // A document whose normalized text is already stored is a duplicate and adds only a log row.
    // A failure (nothing stored) gives the reason, as SQLite or the hook said it.
    Result<Stored> insert(const ImportedDocument &document, const DocumentMetadata &metadata,
        const QString &sourcePath, const QString &batch, const DocumentHook &hook = {});
    Result<Stored> insert(const PreparedDocument &prepared, const QString &sourcePath,
        const QString &batch, const DocumentHook &hook = {});

    QList<DocumentRecord> list() const;
    std::optional<DocumentRecord> document(qint64 id) const;
    QString text(qint64 id) const;
    Result<void> updateMetadata(qint64 id, const DocumentMetadata &metadata);
    Result<void> remove(qint64 id);
    qint64 count() const;

    // SHA-256 (hex) of the UTF-8 of normalized text: the duplicate key.
    static QString contentHash(const QString &text);

    const RegionResolver &regions() const { return m_regions; }

private:
    static Result<void> exec(QSqlQuery &query);
    // Runs write in one transaction: committed when it returns true, else rolled back with the
    // query's error.
    Result<void> writeInTransaction(const std::function<bool(QSqlQuery &)> &write);
    // The id of the document stored with this content hash, 0 when there is none.
    Result<qint64> findDuplicate(const QString &hash);
    Result<qint64> insertNew(
        const PreparedDocument &prepared, const QString &sourcePath, const DocumentHook &hook);
    Result<void> logImport(
        const QString &batch, const QString &sourcePath, bool duplicate, qint64 id);
    qint64 regionId(const QString &code) const;

    QSqlDatabase m_db;
    RegionResolver m_regions;
    QSqlQuery m_findHash;
    QSqlQuery m_insertDocument;
    QSqlQuery m_insertIndex;
    QSqlQuery m_insertLog;
    int m_savepoint = 0;
};

} // namespace policylens
