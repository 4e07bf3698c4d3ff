#include "instruments/recodetask.h"

#include "coding/recoder.h"
#include "store/workspace.h"

#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace policylens {

RecodeTask::RecodeTask(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_dialog)
            m_dialog->close();
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.result, outcome.message);
    });
}

RecodeTask::~RecodeTask()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool RecodeTask::start(const QString &workspacePath)
{
    if (isRunning() || workspacePath.isEmpty() || workspacePath == QLatin1String(":memory:"))
        return false;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(300);
        connect(m_dialog, &QProgressDialog::canceled, this, [this] {
            if (m_cancel)
                m_cancel->store(true);
        });
    }
    m_dialog->setLabelText(tr("Coding the documents again…"));
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    QPointer<RecodeTask> self(this);
    m_watcher.setFuture(QtConcurrent::run([workspacePath, cancel, self] {
        Outcome outcome;
        Workspace workspace; // a connection of this thread's own
        if (const Result<void> opened = workspace.open(workspacePath); !opened) {
            outcome.message = opened.error();
            return outcome;
        }
        Recoder recoder(workspace.database());
        outcome.result = recoder.run([&](int done, int total) {
            if (cancel->load())
                recoder.cancel();
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self)
                    self->onProgress(done, total);
            }, Qt::QueuedConnection);
        });
        if (!outcome.result)
            outcome.message = recoder.lastError();
        else if (cancel->load())
            outcome.result.reset();
        return outcome;
    }));
    return true;
}

void RecodeTask::onProgress(int done, int total)
{
    if (!m_dialog)
        return;
    m_dialog->setRange(0, total);
    m_dialog->setValue(done);
    m_dialog->setLabelText(tr("Coding the documents again: %1 of %2").arg(done).arg(total));
}

} // namespace policylens
