#pragma once

#include "ingest/importrunner.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QMessageBox;
class QMimeData;
class QProgressDialog;
class QWidget;

namespace policylens {

// Runs an ImportRunner on a worker thread with a progress dialog (current file, Cancel) and
// shows a summary of rejected files at the end. The GUI thread only updates the dialog.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    void setRunner(std::shared_ptr<ImportRunner> runner);
    bool hasRunner() const { return m_runner != nullptr; }
    bool isRunning() const { return m_watcher.isRunning(); }

    // False when no runner is installed or a batch is already running.
    bool start(ImportKind kind, const QString &workspacePath, const QStringList &paths);
    void cancel();

    // What a drag onto the window carries for an import: its local files (other URLs do not
    // count). A drop of only tables (.csv, .xlsx) is a statistics import; anything else,
    // folders included, is documents.
    static QStringList droppedFiles(const QMimeData *mime);
    static ImportKind kindOfDrop(const QStringList &paths);

    QProgressDialog *progressDialog() const { return m_dialog; }
    QMessageBox *summaryBox() const { return m_summary; }
    // Blocks (processing events) until the running batch is done; for tests and shutdown.
    void waitForFinished();

signals:
    void finished(const QList<ImportItemResult> &results, bool canceled);

private:
    void onProgress(int done, int total, const QString &file);
    void onFinished();

    QWidget *m_window;
    std::shared_ptr<ImportRunner> m_runner;
    ImportProgress *m_progress = nullptr;
    QProgressDialog *m_dialog = nullptr;
    QMessageBox *m_summary = nullptr;
    QFutureWatcher<QList<ImportItemResult>> m_watcher;
};

} // namespace policylens
