#include "mainwindow/mainwindowactions.h"

#include "common/shortcuts.h"
#include "export/exportactions.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QUndoGroup>
#include <QUndoStack>

namespace policylens {

namespace {

constexpr int MaxRecent = 8;

QAction *actionWithShortcut(QObject *parent, const QKeySequence &shortcut)
{
    auto *action = new QAction(parent);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindowActions::MainWindowActions(
    QMainWindow *window, QUndoGroup *undoGroup, ExportActions *exportActions)
    : QObject(window)
    , m_undoGroup(undoGroup)
{
    createFileActions(window);
    m_undo = m_undoGroup->createUndoAction(window);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(window);
    m_redo->setShortcuts(redoShortcuts());
    m_verify = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reject = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_Backspace));

    auto *languages = new QActionGroup(window);
    // Each language is named in itself, so that a reader of the other one still finds it.
    m_chinese = new QAction(QStringLiteral("中文"), languages);
    m_english = new QAction(QStringLiteral("English"), languages);
    for (QAction *a : { m_chinese, m_english })
        a->setCheckable(true);
    connect(
        m_chinese, &QAction::triggered, this, [this] { emit languageChosen(Language::Chinese); });
    connect(
        m_english, &QAction::triggered, this, [this] { emit languageChosen(Language::English); });
    m_about = new QAction(window);
    m_gettingStarted = actionWithShortcut(window, QKeySequence::HelpContents);

    createMenus(window, exportActions);
    setImportAvailable(false);
    updateRecentMenu();
}

MainWindowActions::~MainWindowActions() = default;

void MainWindowActions::createFileActions(QMainWindow *window)
{
    m_new = actionWithShortcut(window, QKeySequence::New);
    m_open = actionWithShortcut(window, QKeySequence::Open);
    m_saveCopy = actionWithShortcut(window, QKeySequence::SaveAs);
    m_importDocuments = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importStatistics = new QAction(window);
    m_importFolder = new QAction(window);
    m_quit = actionWithShortcut(window, QKeySequence::Quit);
}

void MainWindowActions::createMenus(QMainWindow *window, ExportActions *exportActions)
{
    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addActions({ m_new, m_open });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ exportActions->reportAction(), exportActions->targetsAction() });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ m_importDocuments, m_importFolder, m_importStatistics });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = bar->addMenu(QString());
    m_editMenu->addActions({ m_undo, m_redo });
    m_editMenu->addSeparator();
    m_editMenu->addActions({ m_verify, m_reject });
    m_viewMenu = bar->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions({ m_chinese, m_english });
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addActions({ m_gettingStarted, m_about });
}

void MainWindowActions::setImportAvailable(bool available)
{
    m_importAvailable = available;
    const QString tip = available ? QString() : tr("Importing is not available in this build yet.");
    for (QAction *a : { m_importDocuments, m_importStatistics, m_importFolder }) {
        a->setEnabled(available);
        a->setToolTip(tip);
    }
}

QStringList MainWindowActions::recentFiles()
{
    return QSettings().value(QStringLiteral("workspace/recent")).toStringList();
}

void MainWindowActions::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("workspace/recent"), recent);
    updateRecentMenu();
}

void MainWindowActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit recentChosen(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindowActions::retranslateUi(Language current)
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New Workspace…"));
    m_open->setText(tr("&Open Workspace…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopy->setText(tr("Save &As Copy…"));
    m_importDocuments->setText(tr("Import &Documents…"));
    m_importStatistics->setText(tr("Import &Statistics…"));
    m_importFolder->setText(tr("Import &Folder…"));
    setImportAvailable(m_importAvailable); // the tooltip's language
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_verify->setText(tr("&Verify Target"));
    m_reject->setText(tr("&Reject Target"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About PolicyLens"));
    m_gettingStarted->setText(tr("&Getting Started"));
    m_chinese->setChecked(current == Language::Chinese);
    m_english->setChecked(current == Language::English);
    retranslateUndo();
}

void MainWindowActions::retranslateUndo()
{
    // QUndoGroup's actions keep the text they had; refresh them for the new language.
    if (QUndoStack *stack = m_undoGroup->activeStack()) {
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    } else {
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
    }
}

} // namespace policylens
