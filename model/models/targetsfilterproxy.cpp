#include "models/targetsfilterproxy.h"

#include "models/targetsmodel.h"

namespace policylens {

TargetsFilterProxy::TargetsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TargetsModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

TargetsFilterProxy::~TargetsFilterProxy() = default;

void TargetsFilterProxy::setFilter(const TargetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void TargetsFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() && column >= 0)
        sourceModel()->sort(column, order);
    QSortFilterProxyModel::sort(column, order);
}

bool TargetsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.matches(i.data(TargetsModel::RegionIdRole).toLongLong(),
        i.data(TargetsModel::IndicatorKeyRole).toString(),
        i.data(TargetsModel::KindRole).value<TargetKind>(), i.data(TargetsModel::YearRole).toInt(),
        i.data(TargetsModel::StatusRole).value<ReviewStatus>(), i.data(TargetsModel::SentenceRole).toString(),
        i.data(TargetsModel::DocumentTitleRole).toString(),
        i.data(TargetsModel::DocumentIdRole).toLongLong());
}

} // namespace policylens
