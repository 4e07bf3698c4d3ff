#include "session/workspacesession.h"

#include "models/documentsmodel.h"
#include "models/regiontreemodel.h"
#include "models/statisticsmodel.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "search/ftssearchprovider.h"
#include "search/likesearchprovider.h"
#include "store/workspace.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

namespace policylens {

namespace {

WorkspaceSession::SearchProviderFactory &searchFactory()
{
    static WorkspaceSession::SearchProviderFactory factory;
    return factory;
}

} // namespace

void WorkspaceSession::setSearchProviderFactory(SearchProviderFactory factory)
{
    searchFactory() = std::move(factory);
}

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_catalog(m_workspace->database())
    , m_undo(new QUndoStack(this))
    , m_review(new ReviewService(m_workspace->database(), m_undo, this))
    , m_documents(new DocumentsModel(m_workspace->database(), &m_catalog, m_review, this))
    , m_targets(new TargetsModel(m_workspace->database(), &m_catalog, m_review, this))
    , m_documentTargets(new TargetsModel(m_workspace->database(), &m_catalog, m_review, this))
    , m_statistics(new StatisticsModel(m_workspace->database(), &m_catalog, m_review, this))
    , m_regions(new RegionTreeModel(m_workspace->database(), &m_catalog, this))
{
    // Shows nothing until the viewer opens a document.
    TargetFilter none;
    none.documentId = -1;
    m_documentTargets->setFilter(none);

    if (searchFactory())
        m_search = searchFactory()(*m_workspace);
    if (!m_search)
        m_search = std::make_unique<FtsSearchProvider>(m_workspace->database());

    // The document table's target counts follow manual additions and their undo.
    auto recount = [this](qint64 targetId) {
        if (const auto record = m_review->targets().find(targetId))
            m_documents->refreshTargetCount(record->documentId);
    };
    connect(m_review, &ReviewService::targetInserted, this, recount);
    // A document's new region moves its targets and changes the region tree's counts.
    connect(m_review, &ReviewService::documentChanged, this, [this] {
        m_targets->reload();
        m_documentTargets->reload();
        m_regions->reload();
    });
    connect(m_review, &ReviewService::targetRemoved, this,
        [this](qint64, qint64 documentId) { m_documents->refreshTargetCount(documentId); });
}

WorkspaceSession::~WorkspaceSession()
{
    // Models hold QSqlDatabase handles; destroy them before the connection goes away.
    delete m_regions;
    delete m_statistics;
    delete m_targets;
    delete m_documentTargets;
    delete m_documents;
    delete m_review;
    delete m_undo;
    m_search.reset();
    m_workspace.reset();
}

QString WorkspaceSession::path() const
{
    return m_workspace->path();
}

void WorkspaceSession::setLanguage(Language language)
{
    m_documents->setLanguage(language);
    m_targets->setLanguage(language);
    m_documentTargets->setLanguage(language);
    m_statistics->setLanguage(language);
    m_regions->setLanguage(language);
}

void WorkspaceSession::reloadAll()
{
    m_catalog.reload(m_workspace->database());
    m_documents->reload();
    m_targets->reload();
    m_documentTargets->reload();
    m_statistics->reload();
    m_regions->reload();
}

bool WorkspaceSession::saveCopy(const QString &path, QString *error) const
{
    // VACUUM INTO refuses to overwrite; the file dialog already asked the user.
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Cannot replace %1: the file cannot be removed.").arg(path);
        return false;
    }
    QSqlQuery q(m_workspace->database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save a copy to %1: %2").arg(path, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace policylens
