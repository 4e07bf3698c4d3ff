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
#include "mainwindow/mainwindowactions.h"
#include "models/regiontreemodel.h"
#include "review/reviewservice.h"
#include "sample/sampleworkspace.h"
#include "session/workspacesession.h"
#include "statistics/statisticsview.h"
#include "store/workspace.h"
#include "targets/targetsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>

namespace policylens {

MainWindow::MainWindow(LanguageManager *language, QWidget *parent)
    : Retranslating(parent)
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
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 200, 1080 });
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_statusWorkspace);

    createActions();
    connectViews();
    if (m_language) {
        connect(m_language, &LanguageManager::languageChanged, this, [this](const QString &) {
            if (m_session)
                m_session->setLanguage(uiLanguage());
        });
    }
    resize(1280, 800);
    restoreSettings();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    detachViews();
}

std::array<WorkspaceView *, 4> MainWindow::workspaceViews() const
{
    return { m_documents, m_targets, m_statistics, m_instruments };
}

void MainWindow::detachViews()
{
    // Views hold proxies onto the session's models: detach them before the session goes.
    for (WorkspaceView *view : workspaceViews())
        view->setSession(nullptr);
    m_sidebar->setModel(nullptr);
}

void MainWindow::createActions()
{
    m_export = new ExportActions(this,
        { [this] { return session(); }, [this] { return m_targets->currentFilter(); },
            [this] { return m_language ? m_language->language() : QStringLiteral("en"); } });
    m_actions = new MainWindowActions(this, m_undoGroup, m_export);
    const MainWindowActions *a = m_actions;
    connect(a->newWorkspace(), &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(a->openWorkspace(), &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(a->saveCopy(), &QAction::triggered, this, &MainWindow::saveCopy);
    connect(a->importDocuments(), &QAction::triggered, this,
        [this] { chooseImport(ImportKind::Documents); });
    connect(a->importStatistics(), &QAction::triggered, this,
        [this] { chooseImport(ImportKind::Statistics); });
    connect(a->importFolder(), &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(a->quit(), &QAction::triggered, this, &QWidget::close);
    connect(a->verify(), &QAction::triggered, m_targets, &TargetsView::verifyCurrent);
    connect(a->reject(), &QAction::triggered, m_targets, &TargetsView::rejectCurrent);
    connect(a->about(), &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(a->gettingStarted(), &QAction::triggered, this,
        [this] { GettingStartedDialog(this).exec(); });
    connect(m_actions, &MainWindowActions::languageChosen, this,
        [this](Language language) { setLanguage(toString(language)); });
    connect(m_actions, &MainWindowActions::recentChosen, this,
        [this](const QString &path) { openWorkspaceOrWarn(path, tr("Open workspace")); });
    setImportRunner(nullptr);
}

void MainWindow::connectViews()
{
    connect(
        m_compare, &CompareView::chartRebuilt, m_instrumentMatrix, &InstrumentMatrixView::refresh);
    connect(m_sidebar, &QTreeView::clicked, this, &MainWindow::onSidebarChanged);
    connect(
        m_targets, &TargetsView::showInDocumentRequested, this, &MainWindow::showTargetInDocument);
    connect(m_documents, &DocumentsView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_statistics, &StatisticsView::importRequested, this,
        [this] { chooseImport(ImportKind::Statistics); });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    // A bar or marker of a chart opens the sentence it was read from.
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
}

void MainWindow::setSession(std::unique_ptr<WorkspaceSession> session)
{
    detachViews();
    if (m_session)
        m_undoGroup->removeStack(m_session->undoStack());
    m_session = std::move(session);
    if (m_export)
        m_export->updateEnabled();
    if (m_session) {
        m_session->setLanguage(uiLanguage());
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        m_sidebar->setModel(m_session->regions());
        m_sidebar->expandAll();
        for (WorkspaceView *view : workspaceViews())
            view->setSession(m_session.get());
        m_instrumentMatrix->setDatabase(m_session->workspace().database());
        connect(m_session->review(), &ReviewService::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        // Charts follow the review: a verified, edited or rejected target changes what they show.
        for (auto signal : { &ReviewService::targetChanged, &ReviewService::targetInserted })
            connect(m_session->review(), signal, m_compare, &CompareView::refresh);
        connect(
            m_session->review(), &ReviewService::targetRemoved, m_compare, &CompareView::refresh);
        m_compare->setDatabase(m_session->workspace().database());
    } else {
        m_compare->setDatabase(QSqlDatabase());
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
        m_actions->addRecent(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(QStringLiteral("workspace/last"), QFileInfo(path).absoluteFilePath());
    }
    return true;
}

void MainWindow::setImportRunner(std::shared_ptr<ImportRunner> runner)
{
    const bool available = runner != nullptr;
    m_import->setRunner(std::move(runner));
    m_actions->setImportAvailable(available);
    m_statistics->setImportAvailable(available);
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
    const SidebarFilter filter { region,
        region ? m_session->catalog().regionWithDescendants(region) : QList<qint64> {}, year };
    for (WorkspaceView *view : workspaceViews())
        view->followSidebar(filter);
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
    openWorkspaceOrWarn(path, tr("New workspace"));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
        tr("PolicyLens workspaces (*.policylens);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceOrWarn(path, tr("Open workspace"));
}

void MainWindow::openWorkspaceOrWarn(const QString &path, const QString &title)
{
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, title, error);
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
    m_actions->addRecent(QFileInfo(path).absoluteFilePath());
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

void MainWindow::chooseImportFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import a folder of documents"));
    if (!folder.isEmpty())
        importPaths(ImportKind::Documents, { folder });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportController::droppedFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportController::droppedFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(ImportController::kindOfDrop(paths), paths);
}

QStringList MainWindow::recentFiles() const
{
    return MainWindowActions::recentFiles();
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

void MainWindow::retranslateUi()
{
    updateTitle();
    m_export->retranslateUi();
    m_tabs->setTabText(0, tr("Documents"));
    m_tabs->setTabText(1, tr("Targets"));
    m_tabs->setTabText(2, tr("Statistics"));
    m_tabs->setTabText(3, tr("Compare"));
    m_tabs->setTabText(4, tr("Policy tools"));
    m_actions->retranslateUi(uiLanguage());
}

Language MainWindow::uiLanguage() const
{
    // Without a LanguageManager (some tests) the system locale decides, as Qt's own texts do.
    if (m_language)
        return languageFromString(m_language->language());
    return QLocale().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    for (const WorkspaceView *view : workspaceViews())
        view->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    for (WorkspaceView *view : workspaceViews())
        view->restoreSettings(settings);
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
