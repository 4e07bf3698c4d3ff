#include "export/exportactions.h"

#include "charts/reportcomposer.h"
#include "export/reportexporttask.h"
#include "report/tableexporter.h"
#include "report/targettable.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>

namespace policylens {

namespace {

// A name typed without a suffix gets the one of the chosen filter ("report" → report.pdf).
QString withSuffix(const QString &path, const QString &selectedFilter, const QString &fallback)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    const qsizetype star = selectedFilter.indexOf(QStringLiteral("*."));
    const QString suffix = star >= 0
        ? selectedFilter.mid(star + 2).section(QRegularExpression(QStringLiteral("[ )]")), 0, 0)
        : fallback;
    return path + QLatin1Char('.') + suffix;
}

// The context names the UI language by its settings code; reports and tables take the enum.
Language outputLanguage(const ExportActions::Context &context)
{
    return languageFromString(context.language ? context.language() : QString());
}

} // namespace

ExportActions::ExportActions(QWidget *window, Context context)
    : QObject(window)
    , m_window(window)
    , m_context(std::move(context))
    , m_report(new QAction(this))
    , m_targets(new QAction(this))
{
    m_report->setObjectName(QStringLiteral("exportReportAction"));
    m_targets->setObjectName(QStringLiteral("exportTargetsAction"));
    m_report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_report, &QAction::triggered, this, &ExportActions::chooseReport);
    connect(m_targets, &QAction::triggered, this, &ExportActions::chooseTargets);
    retranslateUi();
    updateEnabled();
}

ExportActions::~ExportActions() = default;

void ExportActions::retranslateUi()
{
    m_report->setText(tr("Export &Report…"));
    m_report->setStatusTip(tr("Write a report with charts and every target with its source, as "
                              "PDF, Word (DOCX), OpenDocument (ODT) or HTML."));
    m_targets->setText(tr("Export &Targets Table…"));
    m_targets->setStatusTip(tr("Save the targets the Targets tab shows, with their sentences, "
                               "documents and review state, as Excel (XLSX) or CSV."));
}

void ExportActions::updateEnabled()
{
    const bool open = m_context.session && m_context.session();
    m_report->setEnabled(open);
    m_targets->setEnabled(open);
}

bool ExportActions::writeReport(const QString &path, QString *error) const
{
    WorkspaceSession *session = m_context.session ? m_context.session() : nullptr;
    if (!session) {
        *error = tr("No workspace is open.");
        return false;
    }
    ReportRequest request;
    request.language = outputLanguage(m_context);
    request.workspaceName = QFileInfo(session->path()).fileName();
    return ReportComposer::write(session->workspace().database(), request, path, error);
}

bool ExportActions::writeTargets(const QString &path, int *rows, QString *error) const
{
    WorkspaceSession *session = m_context.session ? m_context.session() : nullptr;
    if (!session) {
        *error = tr("No workspace is open.");
        return false;
    }
    TargetTableModel table;
    const Result<void> loaded = table.load(session->workspace().database(),
        m_context.filter ? m_context.filter() : TargetFilter(), outputLanguage(m_context));
    if (!loaded) {
        *error = loaded.error();
        return false;
    }
    if (rows)
        *rows = table.rowCount();
    return TableExporter::write(table, path, false, error);
}

void ExportActions::chooseReport()
{
    QString filter;
    const QString chosen = QFileDialog::getSaveFileName(m_window, tr("Export report"), QString(),
        tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)"),
        &filter);
    const QString path = withSuffix(chosen, filter, QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    startReport(path);
}

ReportExportTask *ExportActions::startReport(const QString &path)
{
    WorkspaceSession *session = m_context.session ? m_context.session() : nullptr;
    if (!session)
        return nullptr;
    auto *progress = new QProgressDialog(tr("Writing the report…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->show();
    auto *task = new ReportExportTask(this);
    connect(progress, &QProgressDialog::canceled, task, [task, progress] {
        progress->setLabelText(tr("Cancelling…"));
        task->cancel();
    });
    connect(task, &ReportExportTask::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(task, &ReportExportTask::finished, this,
        [this, task, progress](bool ok, bool cancelled, const QString &error) {
            progress->deleteLater();
            task->deleteLater();
            if (!ok && !cancelled)
                showError(tr("Export report"), error);
            emit reportFinished(ok, cancelled);
        });
    // The charts are drawn here, on the GUI thread, before the worker takes over.
    QApplication::processEvents();
    ReportRequest request;
    request.language = outputLanguage(m_context);
    request.workspaceName = QFileInfo(session->path()).fileName();
    QString error;
    if (!task->start(session->workspace().database(), request, path, &error)) {
        delete progress;
        delete task;
        showError(tr("Export report"), error);
        return nullptr;
    }
    return task;
}

void ExportActions::showError(const QString &title, const QString &text)
{
    // Not exec(): the export ends in an event handler, and tests drive it without a person.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExportActions::chooseTargets()
{
    QString filter;
    const QString chosen = QFileDialog::getSaveFileName(m_window, tr("Export targets table"),
        QString(), tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &filter);
    const QString path = withSuffix(chosen, filter, QStringLiteral("xlsx"));
    if (path.isEmpty())
        return;
    QString error;
    int rows = 0;
    if (!writeTargets(path, &rows, &error))
        QMessageBox::warning(m_window, tr("Export targets table"), error);
}

} // namespace policylens
