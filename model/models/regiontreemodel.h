#pragma once

#include "core/vocabulary.h"
#include "models/catalog.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

namespace policylens {

// The sidebar: a "Regions" branch (national → provinces and municipalities → cities, only
// those the workspace has material for) and a "Years" branch (publication years of documents
// and years named by targets and statistics).
class RegionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionTreeModel)

public:
    enum Column { Name, ColumnCount };
    enum NodeType { SectionNode, RegionNode, YearNode };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1,
        RegionIdRole,
        YearRole,
        DocumentCountRole // documents issued for this region itself
    };

    RegionTreeModel(QSqlDatabase db, const Catalog *catalog, QObject *parent = nullptr);
    ~RegionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void setLanguage(Language language);
    QModelIndex indexOfRegion(qint64 regionId) const;
    QModelIndex indexOfYear(int year) const;

private:
    struct Node
    {
        NodeType type;
        qint64 regionId = 0;
        int year = 0;
        int count = 0;
        int parent = -1; // index into m_nodes, -1 for top level
        QList<int> children;
        int row = 0;
    };

    QModelIndex indexOfNode(int node) const;
    QList<int> childrenOf(const QModelIndex &parent) const;

    QSqlDatabase m_db;
    const Catalog *m_catalog;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    Language m_language = Language::English;
};

} // namespace policylens
