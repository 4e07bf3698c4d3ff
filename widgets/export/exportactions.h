#pragma once

#include "models/targetfilter.h"

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace policylens {

class ReportExportTask;
class WorkspaceSession;

// File › Export Report… and File › Export Targets Table…: what a researcher takes out of the
// workbench into a paper. The report (PDF, DOCX, ODT or HTML) is the one the `report`
// subcommand writes; the targets table (XLSX or CSV) holds the rows the Targets tab filters,
// with sentences, documents and review state.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    struct Context
    {
        std::function<WorkspaceSession *()> session;
        std::function<TargetFilter()> filter; // the Targets tab's current filter
        std::function<QString()> language; // "zh_CN" or "en": names and units in the files
    };

    ExportActions(QWidget *window, Context context);
    ~ExportActions() override;

    QAction *reportAction() const { return m_report; }
    QAction *targetsAction() const { return m_targets; }
    void retranslateUi();
    void updateEnabled();

    // The work behind the actions, without file dialogs (tests, scripts).
    bool writeReport(const QString &path, QString *error) const;
    bool writeTargets(const QString &path, int *rows, QString *error) const;
    // Export Report without the file dialog: a progress dialog with Cancel while a worker
    // writes; reportFinished tells how it ended. Null when nothing could start.
    ReportExportTask *startReport(const QString &path);

signals:
    void reportFinished(bool ok, bool cancelled);

private:
    void showError(const QString &title, const QString &text);
    void chooseReport();
    void chooseTargets();

    QWidget *m_window;
    Context m_context;
    QAction *m_report;
    QAction *m_targets;
};

} // namespace policylens
