#include "import/importservice.h"

#include "import/metadatadetector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

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

ImportService::ImportService(const QSqlDatabase &db, ImportOptions options)
    : m_db(db)
    , m_options(options)
    , m_reader(options.limits)
    , m_store(std::make_unique<DocumentStore>(db))
{ }

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

FileImportResult ImportService::importOne(const QString &path, const QString &batch)
{
    FileImportResult result;
    result.path = path;
    const ImporterResult read = m_reader.read(path);
    if (!read.ok) {
        result.reason = read.error;
        return result;
    }
    const MetadataDetector detector(&m_store->regions());
    const DocumentMetadata metadata = detector.detect(read.document);
    const QString sourcePath = QFileInfo(path).absoluteFilePath();
    const DocumentStore::InsertResult inserted
        = m_store->insert(read.document, metadata, sourcePath, batch, m_hook);
    switch (inserted.status) {
    case DocumentStore::InsertStatus::Inserted:
        result.status = FileImportResult::Status::Imported;
        break;
    case DocumentStore::InsertStatus::Duplicate:
        result.status = FileImportResult::Status::Duplicate;
        break;
    case DocumentStore::InsertStatus::Failed:
        result.reason = tr("the workspace refused it (%1)").arg(inserted.error);
        return result;
    }
    result.documentId = inserted.documentId;
    result.title = metadata.title;
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
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel.load())
            break;
        if (perCommit > 1 && !open)
            open = control.exec(QStringLiteral("BEGIN"));
        results << importOne(files.at(i), batch);
        ++pending;
        if (!open || pending >= perCommit)
            commit();
        if (m_progress)
            m_progress(i + 1, int(files.size()), files.at(i));
    }
    commit();
    return results;
}

} // namespace policylens
