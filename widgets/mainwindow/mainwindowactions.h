#pragma once

#include "core/vocabulary.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoGroup;

namespace policylens {

class ExportActions;

// The main window's menu bar (File, Edit, View, Help): its actions, shortcuts and texts, and the
// Open Recent list kept in QSettings. MainWindow decides what the actions do; keeping the menus
// here leaves the window class with what the workbench does (sessions, filters, imports).
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    // Builds the menus into the window's menu bar; the export actions go into File.
    MainWindowActions(QMainWindow *window, QUndoGroup *undoGroup, ExportActions *exportActions);
    ~MainWindowActions() override;

    QAction *newWorkspace() const { return m_new; }
    QAction *openWorkspace() const { return m_open; }
    QAction *saveCopy() const { return m_saveCopy; }
    QAction *importDocuments() const { return m_importDocuments; }
    QAction *importStatistics() const { return m_importStatistics; }
    QAction *importFolder() const { return m_importFolder; }
    QAction *quit() const { return m_quit; }
    QAction *verify() const { return m_verify; }
    QAction *reject() const { return m_reject; }
    QAction *about() const { return m_about; }
    QAction *gettingStarted() const { return m_gettingStarted; }

    // Without an importer the import actions are disabled and their tooltip says why.
    void setImportAvailable(bool available);
    // Sets every text in the current language; `current` ticks its entry in View › Language.
    void retranslateUi(Language current);

    // Most recent first, at most MaxRecent; shared by every window through QSettings.
    static QStringList recentFiles();
    void addRecent(const QString &path);

signals:
    void recentChosen(const QString &path);
    void languageChosen(Language language);

private:
    void createFileActions(QMainWindow *window);
    void createMenus(QMainWindow *window, ExportActions *exportActions);
    void updateRecentMenu();
    void retranslateUndo();

    QUndoGroup *m_undoGroup;
    bool m_importAvailable = false;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_importDocuments = nullptr;
    QAction *m_importStatistics = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QAction *m_gettingStarted = nullptr;
};

} // namespace policylens
