#pragma once

#include "core/vocabulary.h"
#include "models/catalog.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace policylens {

class DocumentsModel;
class RegionTreeModel;
class ReviewService;
class SearchProvider;
class StatisticsModel;
class TargetsModel;
class Workspace;

// Everything the workbench shows of one open workspace: the connection, the lookup tables,
// the undo stack with the review service, and the item models. Opening another workspace
// replaces the whole session, so no model outlives its database.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    // Builds the search provider for a session; the default is the workspace's FTS5 index
    // (FtsSearchProvider). Tests may install another.
    using SearchProviderFactory = std::function<std::unique_ptr<SearchProvider>(Workspace &)>;

    // Takes over an opened workspace.
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    static void setSearchProviderFactory(SearchProviderFactory factory);

    Workspace &workspace() const { return *m_workspace; }
    QString path() const;
    const Catalog &catalog() const { return m_catalog; }
    QUndoStack *undoStack() const { return m_undo; }
    ReviewService *review() const { return m_review; }
    DocumentsModel *documents() const { return m_documents; }
    TargetsModel *targets() const { return m_targets; }
    // A second targets model for the document viewer, filtered to one document.
    TargetsModel *documentTargets() const { return m_documentTargets; }
    StatisticsModel *statistics() const { return m_statistics; }
    RegionTreeModel *regions() const { return m_regions; }
    const SearchProvider &search() const { return *m_search; }

    void setLanguage(Language language);
    // After an import: re-read lookups and every model.
    void reloadAll();
    // Writes a consistent copy of the workspace to path (VACUUM INTO); false with error set.
    bool saveCopy(const QString &path, QString *error) const;

private:
    std::unique_ptr<Workspace> m_workspace;
    Catalog m_catalog;
    QUndoStack *m_undo;
    ReviewService *m_review;
    DocumentsModel *m_documents;
    TargetsModel *m_targets;
    TargetsModel *m_documentTargets;
    StatisticsModel *m_statistics;
    RegionTreeModel *m_regions;
    std::unique_ptr<SearchProvider> m_search;
};

} // namespace policylens
