#include "mainwindow/mainwindow.h"

#include "charts/compareview.h"
#include "common/shortcuts.h"
#include "documents/documentsview.h"
#include "export/exportactions.h"
#include "help/aboutdialog.h"
#include "help/gettingstarteddialog.h"
#include "i18n/languagemanager.h"
#include "import/importcontroller.h"
#include "instruments/instrumentmatrixview.h"
#include "instruments/instrumentsview.h"
#include "models/regiontreemodel.h"
#include "review/reviewservice.h"
#include "sample/sampleworkspace.h"
#include "session/workspacesession.h"
#include "statistics/statisticsview.h"
#include "store/workspace.h"
#include "targets/targetsview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace policylens {

namespace {

constexpr int MaxRecent = 8;

bool isStatisticsFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

} // namespace

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_undoGroup(new QUndoGroup(this))
    , m_import(new ImportController(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_documents(new DocumentsView(this))
    , m_targets(new TargetsView(this))
    , m_statistics(new StatisticsView(this))
    , m_compare(new CompareView(this))
    , m_instruments(new InstrumentsView(this))
    , m_instrumentMatrix(new InstrumentMatrixView(this))
    , m_statusWorkspace(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setMinimumWidth(150);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_documents, QString());
    m_tabs->addTab(m_targets, QString());
    m_tabs->addTab(m_statistics, QString());
    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_instruments, QString());
    m_compare->setSupplement(ChartKind::Instruments, m_instrumentMatrix);
    connect(m_compare, &CompareView::chartRebuilt, m_instrumentMatrix, &InstrumentMatrixView::refresh);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 200, 1080 });
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_statusWorkspace);

    createActions();
    connect(m_sidebar, &QTreeView::clicked, this, &MainWindow::onSidebarChanged);
    connect(
        m_targets, &TargetsView::showInDocumentRequested, this, &MainWindow::showTargetInDocument);
    connect(m_documents, &DocumentsView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_statistics, &StatisticsView::importRequested, this,
        [this] { chooseImport(ImportKind::Statistics); });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    if (m_language) {
        connect(m_language, &LanguageManager::languageChanged, this, [this](const QString &) {
            if (m_session)
                m_session->setLanguage(
                    m_language->isChinese() ? Language::Chinese : Language::English);
        });
    }
    resize(1280, 800);
    restoreSettings();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Views hold proxies onto the session's models: detach them before the session goes.
    m_documents->setSession(nullptr);
    m_targets->setSession(nullptr);
    m_statistics->setSession(nullptr);
    m_instruments->setSession(nullptr);
    m_sidebar->setModel(nullptr);
    // They hold the connection too; the session's workspace removes it.
    m_compare->setDatabase(QSqlDatabase());
    m_instrumentMatrix->setDatabase(QSqlDatabase());
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    m_saveCopyAction = new QAction(this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    m_importDocumentsAction = new QAction(this);
    m_importDocumentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importDocumentsAction, &QAction::triggered, this,
        [this] { chooseImport(ImportKind::Documents); });
    m_importStatisticsAction = new QAction(this);
    connect(m_importStatisticsAction, &QAction::triggered, this,
        [this] { chooseImport(ImportKind::Statistics); });
    m_importFolderAction = new QAction(this);
    connect(m_importFolderAction, &QAction::triggered, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Import a folder of documents"));
        if (!folder.isEmpty())
            importPaths(ImportKind::Documents, { folder });
    });
    m_export = new ExportActions(this,
        { [this] { return session(); }, [this] { return m_targets->currentFilter(); },
            [this] { return m_language ? m_language->language() : QStringLiteral("en"); } });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcuts(redoShortcuts());
    m_verifyAction = new QAction(this);
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_verifyAction, &QAction::triggered, m_targets, &TargetsView::verifyCurrent);
    m_rejectAction = new QAction(this);
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    connect(m_rejectAction, &QAction::triggered, m_targets, &TargetsView::rejectCurrent);

    m_languageGroup = new QActionGroup(this);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    for (QAction *a : { m_chineseAction, m_englishAction })
        a->setCheckable(true);
    connect(m_chineseAction, &QAction::triggered, this,
        [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(
        m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_gettingStartedAction = new QAction(this);
    m_gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    connect(m_gettingStartedAction, &QAction::triggered, this,
        [this] { GettingStartedDialog(this).exec(); });
    connect(m_compare, &CompareView::targetActivated, this, [this](qint64 targetId) {
        if (!m_session)
            return;
        if (const auto target = m_session->review()->targets().find(targetId))
            showTargetInDocument(target->documentId, targetId);
    });
    connect(m_compare, &CompareView::documentActivated, this, [this](qint64 documentId) {
        m_documents->openDocument(documentId);
        m_tabs->setCurrentWidget(m_documents);
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_export->reportAction());
    m_fileMenu->addAction(m_export->targetsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importDocumentsAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addAction(m_importStatisticsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_verifyAction);
    m_editMenu->addAction(m_rejectAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_gettingStartedAction);
    m_helpMenu->addAction(m_aboutAction);
    setImportRunner(nullptr);
    updateRecentMenu();
}

void MainWindow::setSession(std::unique_ptr<WorkspaceSession> session)
{
    m_documents->setSession(nullptr);
    m_targets->setSession(nullptr);
    m_statistics->setSession(nullptr);
    m_instruments->setSession(nullptr);
    m_sidebar->setModel(nullptr);
    // Let go of the old connection before the old session's workspace removes it.
    m_compare->setDatabase(QSqlDatabase());
    m_instrumentMatrix->setDatabase(QSqlDatabase());
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session = std::move(session);
    if (m_export)
        m_export->updateEnabled();
    if (m_session) {
        m_session->setLanguage(
            (m_language ? m_language->isChinese() : QLocale().language() == QLocale::Chinese)
                ? Language::Chinese
                : Language::English);
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        m_sidebar->setModel(m_session->regions());
        m_sidebar->expandAll();
        m_documents->setSession(m_session.get());
        m_targets->setSession(m_session.get());
        m_statistics->setSession(m_session.get());
        m_instruments->setSession(m_session.get());
        m_instrumentMatrix->setDatabase(m_session->workspace().database());
        connect(m_session->review(), &ReviewService::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        // Charts follow the review: a verified, edited or rejected target changes what they show.
        for (auto signal : { &ReviewService::targetChanged, &ReviewService::targetInserted })
            connect(m_session->review(), signal, m_compare, &CompareView::refresh);
        connect(m_session->review(), &ReviewService::targetRemoved, m_compare, &CompareView::refresh);
        m_compare->setDatabase(m_session->workspace().database());
    }
    updateTitle();
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    auto workspace = std::make_unique<Workspace>();
    if (const Result<void> opened = workspace->open(path); !opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    setSession(std::make_unique<WorkspaceSession>(std::move(workspace)));
    if (path != QLatin1String(":memory:")) {
        addRecent(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(QStringLiteral("workspace/last"), QFileInfo(path).absoluteFilePath());
    }
    return true;
}

void MainWindow::setImportRunner(std::shared_ptr<ImportRunner> runner)
{
    const bool available = runner != nullptr;
    m_import->setRunner(std::move(runner));
    m_importDocumentsAction->setEnabled(available);
    m_importStatisticsAction->setEnabled(available);
    m_importFolderAction->setEnabled(available);
    m_statistics->setImportAvailable(available);
    retranslateUi();
}

bool MainWindow::importPaths(ImportKind kind, const QStringList &paths)
{
    if (!m_session || !m_import->hasRunner()) {
        statusBar()->showMessage(tr("Importing is not available in this build yet."), 8000);
        return false;
    }
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    return m_import->start(kind, m_session->path(), paths);
}

void MainWindow::setLanguage(const QString &code)
{
    if (m_language)
        m_language->setLanguage(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
    if (m_session)
        m_session->setLanguage(
            code.startsWith(QLatin1String("zh")) ? Language::Chinese : Language::English);
}

void MainWindow::onImportFinished()
{
    if (m_session) {
        m_session->reloadAll();
        // New indicators, regions and years may have arrived: refill the filter choices.
        m_targets->setSession(m_session.get());
    }
    m_compare->refresh();
    m_instruments->refresh();
    // The sidebar model was reset; keep its branches open.
    m_sidebar->expandAll();
}

void MainWindow::onSidebarChanged()
{
    if (!m_session)
        return;
    const QModelIndex index = m_sidebar->currentIndex();
    if (!index.isValid())
        return;
    qint64 &region = m_sidebarRegion;
    int &year = m_sidebarYear;
    const int type = index.data(RegionTreeModel::NodeTypeRole).toInt();
    if (type == RegionTreeModel::SectionNode) {
        if (index.row() == 0)
            region = 0;
        else
            year = 0;
    } else if (type == RegionTreeModel::RegionNode) {
        region = index.data(RegionTreeModel::RegionIdRole).toLongLong();
    } else {
        year = index.data(RegionTreeModel::YearRole).toInt();
    }
    const QList<qint64> ids
        = region ? m_session->catalog().regionWithDescendants(region) : QList<qint64> {};
    m_documents->setRegionFilter(ids);
    m_documents->setYearFilter(year);
    m_statistics->setRegionFilter(ids);
    m_statistics->setYearFilter(year);
    m_targets->setRegion(region);
    m_targets->setYear(year);
}

void MainWindow::showTargetInDocument(qint64 documentId, qint64 targetId)
{
    m_tabs->setCurrentWidget(m_documents);
    m_documents->showTarget(documentId, targetId);
}

void MainWindow::newWorkspace()
{
    const QString path = withWorkspaceSuffix(QFileDialog::getSaveFileName(
        this, tr("New workspace"), QString(), tr("PolicyLens workspaces (*.policylens)")));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New workspace"),
            tr("Cannot replace %1: the file cannot be removed.").arg(path));
        return;
    }
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("New workspace"), error);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
        tr("PolicyLens workspaces (*.policylens);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Open workspace"), error);
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the workspace"),
        QString(), tr("PolicyLens workspaces (*.policylens)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveCopy(path, &error)) {
        QMessageBox::warning(this, tr("Save a copy"), error);
        return;
    }
    addRecent(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
}

void MainWindow::chooseImport(ImportKind kind)
{
    const QStringList paths = kind == ImportKind::Documents
        ? QFileDialog::getOpenFileNames(this, tr("Import documents"), QString(),
            tr("Policy documents (*.txt *.html *.htm *.pdf *.docx *.md);;"
               "All files (*)"))
        : QFileDialog::getOpenFileNames(
            this, tr("Import statistics"), QString(), tr("Statistics tables (*.csv *.xlsx)"));
    if (!paths.isEmpty())
        importPaths(kind, paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A drop of only tables is a statistics import; anything else is documents.
    const bool statistics = std::all_of(paths.cbegin(), paths.cend(), isStatisticsFile);
    importPaths(statistics ? ImportKind::Statistics : ImportKind::Documents, paths);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("workspace/recent")).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("workspace/recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openWorkspace(path, &error))
                QMessageBox::warning(this, tr("Open workspace"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = m_session ? m_session->path() : QString();
    const QString name = path.isEmpty() || path == QLatin1String(":memory:")
        ? tr("Untitled")
        : QFileInfo(path).completeBaseName();
    const bool sample = m_session && SampleWorkspace::isSample(m_session->workspace());
    setWindowTitle(sample ? tr("%1 (sample workspace) — PolicyLens").arg(name)
                          : tr("%1 — PolicyLens").arg(name));
    setWindowFilePath(path == QLatin1String(":memory:") ? QString() : path);
    m_statusWorkspace->setText(
        path == QLatin1String(":memory:") ? tr("In-memory workspace") : path);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_export->retranslateUi();
    m_tabs->setTabText(0, tr("Documents"));
    m_tabs->setTabText(1, tr("Targets"));
    m_tabs->setTabText(2, tr("Statistics"));
    m_tabs->setTabText(3, tr("Compare"));
    m_tabs->setTabText(4, tr("Policy tools"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopyAction->setText(tr("Save &As Copy…"));
    m_importDocumentsAction->setText(tr("Import &Documents…"));
    m_importStatisticsAction->setText(tr("Import &Statistics…"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    const QString unavailable = tr("Importing is not available in this build yet.");
    m_importDocumentsAction->setToolTip(m_import->hasRunner() ? QString() : unavailable);
    m_importStatisticsAction->setToolTip(m_import->hasRunner() ? QString() : unavailable);
    m_importFolderAction->setToolTip(m_import->hasRunner() ? QString() : unavailable);
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_verifyAction->setText(tr("&Verify Target"));
    m_rejectAction->setText(tr("&Reject Target"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About PolicyLens"));
    m_gettingStartedAction->setText(tr("&Getting Started"));
    const bool chinese
        = m_language ? m_language->isChinese() : QLocale().language() == QLocale::Chinese;
    m_chineseAction->setChecked(chinese);
    m_englishAction->setChecked(!chinese);
    // QUndoGroup's actions keep the text they had; refresh them for the new language.
    if (QUndoStack *stack = m_undoGroup->activeStack()) {
        m_undoAction->setText(
            stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(
            stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    } else {
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
    }
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_documents->saveSettings(settings);
    m_targets->saveSettings(settings);
    m_statistics->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_documents->restoreSettings(settings);
    m_targets->restoreSettings(settings);
    m_statistics->restoreSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->waitForFinished();
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace policylens
