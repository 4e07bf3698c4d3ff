#pragma once

#include "import/documentreader.h"
#include "import/importlimits.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace policylens {

struct ImportOptions
{
    ImportLimits limits;
    // 1 = one transaction per document (each is durable once reported). More lets SQLite and
    // FTS5 work in bigger steps; every document still goes in whole or not at all, but a crash
    // can lose the last uncommitted batch.
    int documentsPerCommit = 1;
};

struct FileImportResult
{
    enum class Status { Imported, Duplicate, Rejected };
    QString path;
    Status status = Status::Rejected;
    QString reason; // translated; empty unless rejected
    qint64 documentId = 0;
    QString title;

    static QString statusKey(Status status); // imported, duplicate, rejected (not translated)
    QString message() const; // one translated sentence naming the file, for people
};

// Imports files and folders (recursively) into a workspace as one batch. QObject-free so it runs
// on any thread: progress goes to a callback, cancel() may be called from another thread and
// stops before the next file. A rejected file leaves the workspace exactly as it was (nothing
// is logged for it); the caller gets the reason.
class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
    Q_DISABLE_COPY_MOVE(ImportService)

public:
    // done files out of total; path is the file just finished.
    using ProgressCallback = std::function<void(int done, int total, const QString &path)>;

    explicit ImportService(const QSqlDatabase &db, ImportOptions options = {});
    ~ImportService();

    // Runs inside the transaction of each new document (see DocumentHook): the place where
    // target extraction stores its rows so they commit together with their document.
    void setDocumentHook(DocumentHook hook) { m_hook = std::move(hook); }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Called with each file's result as soon as it is final (after its commit).
    void setResultCallback(std::function<void(const FileImportResult &)> callback)
    {
        m_resultCallback = std::move(callback);
    }

    void cancel() { m_cancel.store(true); }
    bool wasCancelled() const { return m_cancel.load(); }

    // Expands folders (recursively, document extensions only, sorted); files are kept as given.
    static QStringList collectFiles(const QStringList &paths);

    QList<FileImportResult> importPaths(const QStringList &paths);

private:
    struct Prepared
    {
        QString path;
        bool ok = false;
        QString error;
        PreparedDocument document;
    };
    // Thread-safe: touches no database.
    Prepared prepare(const QString &path) const;
    FileImportResult store(const Prepared &prepared, const QString &batch);

    QSqlDatabase m_db;
    ImportOptions m_options;
    DocumentReader m_reader;
    std::unique_ptr<DocumentStore> m_store;
    DocumentHook m_hook;
    ProgressCallback m_progress;
    std::function<void(const FileImportResult &)> m_resultCallback;
    std::atomic_bool m_cancel { false };
    QThreadPool m_pool;
};

} // namespace policylens
