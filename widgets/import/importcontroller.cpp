#include "import/importcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace policylens {

ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher.waitForFinished();
}

void ImportController::setRunner(std::shared_ptr<ImportRunner> runner)
{
    m_runner = std::move(runner);
}

bool ImportController::start(
    ImportKind kind, const QString &workspacePath, const QStringList &paths)
{
    if (!m_runner || isRunning() || paths.isEmpty())
        return false;
    delete m_progress;
    m_progress = new ImportProgress(this);
    connect(m_progress, &ImportProgress::progressed, this, &ImportController::onProgress);

    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("importProgress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        m_dialog->setMinimumWidth(420);
        connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    m_dialog->setWindowTitle(
        kind == ImportKind::Documents ? tr("Importing documents") : tr("Importing statistics"));
    m_dialog->setLabelText(tr("Preparing…"));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
    m_dialog->show();

    // The runner and the progress object outlive the job: the runner is shared, the progress
    // object is only replaced by the next start(), which cannot happen while this one runs.
    std::shared_ptr<ImportRunner> runner = m_runner;
    ImportProgress *progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([runner, kind, workspacePath, paths, progress] {
        return runner->run(kind, workspacePath, paths, *progress);
    }));
    return true;
}

void ImportController::cancel()
{
    if (!m_progress || !isRunning())
        return;
    m_progress->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling after the current file…"));
}

QStringList ImportController::droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

ImportKind ImportController::kindOfDrop(const QStringList &paths)
{
    const auto isTable = [](const QString &path) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    };
    return std::all_of(paths.cbegin(), paths.cend(), isTable) ? ImportKind::Statistics
                                                              : ImportKind::Documents;
}

void ImportController::waitForFinished()
{
    while (isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
}

void ImportController::onProgress(int done, int total, const QString &file)
{
    if (!m_dialog || (m_progress && m_progress->isCanceled()))
        return;
    m_dialog->setRange(0, qMax(total, 1));
    m_dialog->setValue(qBound(0, done, qMax(total, 1)));
    m_dialog->setLabelText(
        tr("Importing %1 (%2 of %3)").arg(QFileInfo(file).fileName()).arg(done + 1).arg(total));
}

void ImportController::onFinished()
{
    const QList<ImportItemResult> results = m_watcher.result();
    const bool canceled = m_progress && m_progress->isCanceled();
    if (m_dialog)
        m_dialog->hide();

    int imported = 0;
    int duplicates = 0;
    int rows = -1; // statistics: rows stored, rows refused
    int badRows = 0;
    QStringList rejected;
    QStringList rowProblems;
    for (const ImportItemResult &r : results) {
        switch (r.status) {
        case ImportItemResult::Status::Imported:
            ++imported;
            if (r.rowsImported >= 0) {
                rows = qMax(rows, 0) + r.rowsImported;
                badRows += r.rowsRejected;
                if (!r.reason.isEmpty())
                    rowProblems << tr("%1: %2").arg(r.path, r.reason);
            }
            break;
        case ImportItemResult::Status::Duplicate:
            ++duplicates;
            break;
        case ImportItemResult::Status::Rejected:
            rejected << tr("%1: %2").arg(r.path, r.reason);
            break;
        }
    }
    if (!m_summary) {
        m_summary = new QMessageBox(m_window);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_summary->setStandardButtons(QMessageBox::Ok);
    }
    m_summary->setWindowTitle(tr("Import finished"));
    QString text = canceled ? tr("Import cancelled. ") : QString();
    if (rows >= 0) {
        // A statistics table is counted in rows: "72 rows imported, 6 rows rejected".
        text += tr("Statistics: %1, %2.")
                    .arg(tr("%n row(s) imported", nullptr, rows),
                        tr("%n row(s) rejected", nullptr, badRows));
        if (!rejected.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n file(s) could not be read.", nullptr, static_cast<int>(rejected.size()));
    } else {
        text += tr("%n file(s) imported", nullptr, imported) + QStringLiteral(", ")
            + tr("%n duplicate(s) skipped", nullptr, duplicates) + QStringLiteral(", ")
            + tr("%n file(s) rejected.", nullptr, static_cast<int>(rejected.size()));
    }
    m_summary->setIcon(rejected.isEmpty() && badRows == 0 ? QMessageBox::Information
                                                          : QMessageBox::Warning);
    m_summary->setText(text);
    m_summary->setDetailedText((rejected + rowProblems).join(QLatin1Char('\n')));
    m_summary->open();
    emit finished(results, canceled);
}

} // namespace policylens
