#pragma once

#include "coding/codingtypes.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace policylens {

class Recoder;

// Re-codes every document of a workspace file on a worker thread (its own connection), with a
// progress dialog and Cancel; reviewed and manual codings stay as they are.
class RecodeTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecodeTask)

public:
    explicit RecodeTask(QWidget *window);
    ~RecodeTask() override;

    // False when a run is going on or the workspace has no file (an in-memory one).
    bool start(const QString &workspacePath);
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }

signals:
    // result empty: failed (message says why) or canceled (message empty).
    void finished(std::optional<RecodeResult> result, const QString &message);

private:
    struct Outcome
    {
        std::optional<RecodeResult> result;
        QString message;
    };
    void onProgress(int done, int total);

    QWidget *m_window;
    QProgressDialog *m_dialog = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace policylens
