#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace policylens {

// What a batch import is about: policy documents or statistics tables.
enum class ImportKind { Documents, Statistics };

// The fate of one input file.
struct ImportItemResult
{
    enum class Status { Imported, Duplicate, Rejected };
    QString path;
    Status status = Status::Imported;
    QString reason; // translated; names the problem for rejected files (or rejected rows)
    // Statistics tables: rows stored and rows refused (listed in reason); -1 for documents.
    int rowsImported = -1;
    int rowsRejected = 0;
};

// Shared between the GUI thread and the worker: the worker reports, the GUI cancels. The
// object lives in the GUI thread, so the signal reaches GUI slots queued.
class ImportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    explicit ImportProgress(QObject *parent = nullptr);
    ~ImportProgress() override;

    // Called from the worker before each file: done files so far, total, the file now read.
    void report(int done, int total, const QString &currentFile);
    void cancel() { m_canceled.store(true); }
    bool isCanceled() const { return m_canceled.load(); }

signals:
    void progressed(int done, int total, const QString &currentFile);

private:
    std::atomic_bool m_canceled { false };
};

// Runs one import batch. Called on a worker thread (QtConcurrent): an implementation must
// open its own Workspace on workspacePath (SQLite connections are per thread), expand
// folders, call progress.report() before each file and stop between files once
// progress.isCanceled(). Files not reached because of a cancel are simply not listed.
class ImportRunner
{
public:
    virtual ~ImportRunner() = default;

    virtual QList<ImportItemResult> run(ImportKind kind, const QString &workspacePath,
        const QStringList &paths, ImportProgress &progress)
        = 0;
};

} // namespace policylens
