#include "ingest/importservice.h"

#include "import/metadatadetector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <deque>

namespace policylens {

QString FileImportResult::statusKey(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString FileImportResult::message() const
{
    switch (status) {
    case Status::Imported:
        return ImportService::tr("%1 was imported as document %2.").arg(path).arg(documentId);
    case Status::Duplicate:
        return ImportService::tr("%1 is already in the workspace (document %2); skipped.")
            .arg(path)
            .arg(documentId);
    case Status::Rejected:
        break;
    }
    return ImportService::tr("%1 was not imported: %2.").arg(path, reason);
}

ImportService::ImportService(const QSqlDatabase &db, ImportOptions options)
    : m_db(db)
    , m_options(options)
    , m_reader(options.limits)
    , m_store(std::make_unique<DocumentStore>(db))
{
    // One helper thread: reading ahead of the writer is all the overlap there is to win.
    m_pool.setMaxThreadCount(1);
}

ImportService::~ImportService() = default;

QStringList ImportService::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (DocumentReader::isDocumentFile(file))
                found << file;
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

ImportService::Prepared ImportService::prepare(const QString &path) const
{
    Prepared prepared;
    prepared.path = path;
    ImporterResult read = m_reader.read(path);
    if (!read.has_value()) {
        prepared.error = read.error();
        return prepared;
    }
    const MetadataDetector detector(&m_store->regions());
    DocumentMetadata metadata = detector.detect(*read);
    prepared.document = PreparedDocument::prepare(std::move(*read), std::move(metadata));
    prepared.ok = true;
    return prepared;
}

FileImportResult ImportService::store(const Prepared &prepared, const QString &batch)
{
    FileImportResult result;
    result.path = prepared.path;
    if (!prepared.ok) {
        result.reason = prepared.error;
        return result;
    }
    const QString sourcePath = QFileInfo(prepared.path).absoluteFilePath();
    const Result<DocumentStore::Stored> inserted
        = m_store->insert(prepared.document, sourcePath, batch, m_hook);
    if (!inserted) {
        // Name the workspace file: a full or failing disk shows up here as an SQL error text.
        result.reason = tr("the workspace %1 could not store it; the disk may be full, read-only "
                           "or failing (%2)")
                            .arg(m_db.databaseName(), inserted.error());
        return result;
    }
    result.status = inserted->duplicate ? FileImportResult::Status::Duplicate
                                        : FileImportResult::Status::Imported;
    result.documentId = inserted->documentId;
    result.title = prepared.document.metadata.title;
    return result;
}

QList<FileImportResult> ImportService::importPaths(const QStringList &paths)
{
    m_cancel.store(false);
    const QStringList files = collectFiles(paths);
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int perCommit = qMax(1, m_options.documentsPerCommit);
    QList<FileImportResult> results;
    results.reserve(files.size());
    QSqlQuery control(m_db);
    bool open = false;
    int pending = 0;
    auto commit = [&]() {
        if (open && !control.exec(QStringLiteral("COMMIT"))) {
            // Nothing of the batch is durable: report every file of it as rejected.
            const QString reason
                = tr("the workspace could not save it (%1)").arg(control.lastError().text());
            control.exec(QStringLiteral("ROLLBACK"));
            for (qsizetype k = results.size() - pending; k < results.size(); ++k) {
                if (results[k].status != FileImportResult::Status::Rejected) {
                    results[k].status = FileImportResult::Status::Rejected;
                    results[k].reason = reason;
                    results[k].documentId = 0;
                }
            }
        }
        if (m_resultCallback) {
            for (qsizetype k = results.size() - pending; k < results.size(); ++k)
                m_resultCallback(results.at(k));
        }
        open = false;
        pending = 0;
    };
    // Reading, decoding, metadata and index text of the next files run on a helper thread
    // while this thread writes the current one; only this thread touches the database.
    std::deque<QFuture<Prepared>> ahead;
    qsizetype scheduled = 0;
    auto scheduleAhead = [&]() {
        while (ahead.size() < 2 && scheduled < files.size() && !m_cancel.load()) {
            const QString path = files.at(scheduled++);
            ahead.push_back(QtConcurrent::run(&m_pool, [this, path]() { return prepare(path); }));
        }
    };
    for (int i = 0; i < files.size(); ++i) {
        scheduleAhead();
        if (m_cancel.load() || ahead.empty())
            break;
        const Prepared prepared = ahead.front().result();
        ahead.pop_front();
        if (perCommit > 1 && !open)
            open = control.exec(QStringLiteral("BEGIN"));
        results << store(prepared, batch);
        ++pending;
        if (!open || pending >= perCommit)
            commit();
        if (m_progress)
            m_progress(i + 1, int(files.size()), files.at(i));
    }
    commit();
    for (QFuture<Prepared> &future : ahead)
        future.waitForFinished();
    return results;
}

} // namespace policylens
