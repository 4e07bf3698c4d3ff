#include "export/reportexporttask.h"

#include "report/reportbuilder.h"

#include <QFileInfo>
#include <QThread>

namespace policylens {

ReportExportTask::ReportExportTask(QObject *parent)
    : QObject(parent)
{ }

ReportExportTask::~ReportExportTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ReportExportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ReportExportTask::start(
    const QSqlDatabase &db, const ReportRequest &request, const QString &path, QString *error)
{
    if (isRunning())
        return false;
    const bool pdf
        = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    m_report = ReportComposer::compose(db, request, pdf, error);
    if (!m_report)
        return false;
    m_path = path;
    m_cancel = false;
    // Called on the worker: progress crosses to this object's thread as a queued signal.
    m_report->setProgress([this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        return !m_cancel;
    });
    m_thread = QThread::create([this] {
        m_error.clear();
        if (m_cancel) {
            m_ok = false;
            return;
        }
        const Result<void> written = m_report->write(m_path);
        m_ok = bool(written);
        m_error = written.error();
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const bool cancelled = m_cancel && !m_ok;
        emit finished(m_ok, cancelled, cancelled ? QString() : m_error);
    });
    m_thread->start();
    return true;
}

} // namespace policylens
