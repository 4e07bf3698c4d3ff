#pragma once

#include "charts/reportcomposer.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace policylens {

class ReportBuilder;

// Writes a report without blocking the window: the charts are drawn on the GUI thread (QtCharts
// lives there; recorded as pictures, a few hundred milliseconds), then the file is laid out and
// written on a worker thread, which reports progress and stops at the next step once cancelled.
// A cancelled or failed export leaves no file: ReportBuilder writes through a temporary file.
class ReportExportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportTask)

public:
    explicit ReportExportTask(QObject *parent = nullptr);
    ~ReportExportTask() override; // waits for the worker

    // False (with a translated reason) when the report cannot even be prepared.
    bool start(
        const QSqlDatabase &db, const ReportRequest &request, const QString &path, QString *error);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    QString path() const { return m_path; }

signals:
    void progress(int done, int total);
    // ok: the file is written; otherwise error says why, or cancelled is true.
    void finished(bool ok, bool cancelled, const QString &error);

private:
    std::unique_ptr<ReportBuilder> m_report;
    QThread *m_thread = nullptr;
    QString m_path;
    QString m_error;
    bool m_ok = false;
    std::atomic_bool m_cancel = false;
};

} // namespace policylens
