#include "models/searchresultsmodel.h"

namespace policylens {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

SearchResultsModel::~SearchResultsModel() = default;

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("…%1【%2】%3…").arg(hit.before, hit.match, hit.after);
    case Qt::ToolTipRole:
        return hit.title;
    case DocumentIdRole:
        return hit.documentId;
    case PositionRole:
        return hit.position;
    case LengthRole:
        return hit.length;
    case BeforeRole:
        return hit.before;
    case MatchRole:
        return hit.match;
    case AfterRole:
        return hit.after;
    case TitleRole:
        return hit.title;
    default:
        return {};
    }
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

} // namespace policylens
