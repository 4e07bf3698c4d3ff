#include "models/regiontreemodel.h"

#include "format/numberformatter.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace policylens {

RegionTreeModel::RegionTreeModel(QSqlDatabase db, const Catalog *catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
    , m_catalog(catalog)
    , m_language(NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese
              ? Language::Chinese
              : Language::English)
{
    reload();
}

RegionTreeModel::~RegionTreeModel() = default;

void RegionTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();

    QHash<qint64, int> documentCounts;
    QSet<qint64> used;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT region_id, count(*) FROM documents "
                              "WHERE region_id IS NOT NULL GROUP BY region_id"))) {
        while (q.next()) {
            documentCounts.insert(q.value(0).toLongLong(), q.value(1).toInt());
            used.insert(q.value(0).toLongLong());
        }
    }
    // A target a person moved to a district (or any region no document names) is listed too.
    if (q.exec(QStringLiteral("SELECT DISTINCT region_id FROM statistics UNION SELECT DISTINCT "
                              "region_id FROM targets WHERE region_id IS NOT NULL"))) {
        while (q.next())
            used.insert(q.value(0).toLongLong());
    }
    QSet<int> years;
    if (q.exec(QStringLiteral("SELECT DISTINCT CAST(substr(published, 1, 4) AS INTEGER) "
                              "FROM documents WHERE published IS NOT NULL "
                              "UNION SELECT DISTINCT year FROM targets WHERE year IS NOT NULL "
                              "UNION SELECT DISTINCT year FROM statistics"))) {
        while (q.next()) {
            if (q.value(0).toInt() > 0)
                years.insert(q.value(0).toInt());
        }
    }

    // Ancestors of every used region stay in the tree so cities sit under their province.
    QSet<qint64> shown;
    for (qint64 id : std::as_const(used)) {
        for (const Catalog::Region *r = m_catalog->region(id); r;
             r = m_catalog->region(r->parentId)) {
            if (shown.contains(r->id))
                break;
            shown.insert(r->id);
        }
    }

    m_nodes.append({ SectionNode, 0, 0, 0, -1, {}, 0 });
    m_nodes.append({ SectionNode, 0, 0, 0, -1, {}, 1 });
    m_topLevel = { 0, 1 };
    QHash<qint64, int> nodeOfRegion;
    // The catalog lists parents before children (regions.json order), so one pass builds it.
    for (const Catalog::Region &r : m_catalog->regions()) {
        if (!shown.contains(r.id))
            continue;
        const int parent = nodeOfRegion.value(r.parentId, 0);
        Node node { RegionNode, r.id, 0, documentCounts.value(r.id), parent, {}, 0 };
        node.row = static_cast<int>(m_nodes[parent].children.size());
        m_nodes.append(node);
        const int self = static_cast<int>(m_nodes.size()) - 1;
        m_nodes[parent].children.append(self);
        nodeOfRegion.insert(r.id, self);
    }
    QList<int> sortedYears(years.cbegin(), years.cend());
    std::sort(sortedYears.begin(), sortedYears.end());
    for (int year : std::as_const(sortedYears)) {
        Node node { YearNode, 0, year, 0, 1, {}, 0 };
        node.row = static_cast<int>(m_nodes[1].children.size());
        m_nodes.append(node);
        m_nodes[1].children.append(static_cast<int>(m_nodes.size()) - 1);
    }
    endResetModel();
}

void RegionTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    // Names change but the shape does not; a layout change refreshes every visible cell.
    m_language = language;
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

QList<int> RegionTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_topLevel;
    return m_nodes.at(static_cast<int>(parent.internalId())).children;
}

QModelIndex RegionTreeModel::indexOfNode(int node) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).row, 0, static_cast<quintptr>(node));
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children.at(row)));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes.at(static_cast<int>(child.internalId())).parent);
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(static_cast<int>(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        switch (node.type) {
        case SectionNode:
            return node.row == 0 ? tr("Regions") : tr("Years");
        case RegionNode: {
            const QString name = m_catalog->regionName(node.regionId, m_language == Language::Chinese);
            return node.count > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(node.count) : name;
        }
        case YearNode:
            return m_language == Language::Chinese ? QStringLiteral("%1年").arg(node.year) : QString::number(node.year);
        }
        break;
    case Qt::ToolTipRole:
        if (node.type == RegionNode)
            return tr("%n document(s) issued for this region", nullptr, node.count);
        break;
    case NodeTypeRole:
        return node.type;
    case RegionIdRole:
        return node.regionId;
    case YearRole:
        return node.year;
    case DocumentCountRole:
        return node.count;
    default:
        break;
    }
    return {};
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Browse");
    return {};
}

QModelIndex RegionTreeModel::indexOfRegion(qint64 regionId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).type == RegionNode && m_nodes.at(i).regionId == regionId)
            return indexOfNode(i);
    }
    return {};
}

QModelIndex RegionTreeModel::indexOfYear(int year) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).type == YearNode && m_nodes.at(i).year == year)
            return indexOfNode(i);
    }
    return {};
}

} // namespace policylens
