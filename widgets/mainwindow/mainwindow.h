#pragma once

#include "common/retranslating.h"
#include "core/vocabulary.h"
#include "ingest/importrunner.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoGroup;

namespace policylens {

class CompareView;
class DocumentsView;
class ImportController;
class InstrumentMatrixView;
class InstrumentsView;
class LanguageManager;
class MainWindowActions;
class StatisticsView;
class TargetsView;
class ExportActions;
class WorkspaceSession;
class WorkspaceView;

// The workbench: a sidebar of regions and years, and tabs for documents, targets,
// statistics and the comparison charts. Owns the open WorkspaceSession.
class MainWindow final : public Retranslating<QMainWindow>
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the workspace file; on failure keeps the current one and
    // sets error. Adds the file to Open Recent and remembers it as the last workspace.
    bool openWorkspace(const QString &path, QString *error = nullptr);
    // Takes over an already opened session (tests, in-memory workspaces).
    void setSession(std::unique_ptr<WorkspaceSession> session);
    WorkspaceSession *session() const { return m_session.get(); }
    ExportActions *exportActions() const { return m_export; }

    // The importer plugs in here; without a runner the import actions stay disabled.
    void setImportRunner(std::shared_ptr<ImportRunner> runner);
    // Starts an import of files or folders (also what drag-and-drop does).
    bool importPaths(ImportKind kind, const QStringList &paths);

    void setLanguage(const QString &code);

    DocumentsView *documentsView() const { return m_documents; }
    TargetsView *targetsView() const { return m_targets; }
    StatisticsView *statisticsView() const { return m_statistics; }
    CompareView *compareView() const { return m_compare; }
    InstrumentsView *instrumentsView() const { return m_instruments; }
    InstrumentMatrixView *instrumentMatrixView() const { return m_instrumentMatrix; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *sidebar() const { return m_sidebar; }
    ImportController *importController() const { return m_import; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QStringList recentFiles() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The tabs that show the open workspace, in tab order.
    std::array<WorkspaceView *, 4> workspaceViews() const;
    void detachViews();
    void createActions();
    void connectViews();
    void retranslateUi() override;
    Language uiLanguage() const;
    void updateTitle();
    void onSidebarChanged();
    void onImportFinished();
    void newWorkspace();
    void openWorkspaceDialog();
    void openWorkspaceOrWarn(const QString &path, const QString &title);
    void saveCopy();
    void chooseImport(ImportKind kind);
    void chooseImportFolder();
    void saveSettings();
    void restoreSettings();
    void showTargetInDocument(qint64 documentId, qint64 targetId);

    LanguageManager *m_language;
    std::unique_ptr<WorkspaceSession> m_session;
    ExportActions *m_export = nullptr;
    MainWindowActions *m_actions = nullptr;
    QUndoGroup *m_undoGroup;
    ImportController *m_import;
    QSplitter *m_splitter;
    QTreeView *m_sidebar;
    QTabWidget *m_tabs;
    DocumentsView *m_documents;
    TargetsView *m_targets;
    StatisticsView *m_statistics;
    CompareView *m_compare;
    InstrumentsView *m_instruments;
    InstrumentMatrixView *m_instrumentMatrix;
    QLabel *m_statusWorkspace;
    qint64 m_sidebarRegion = 0; // 0: every region
    int m_sidebarYear = 0; // 0: every year
};

} // namespace policylens
