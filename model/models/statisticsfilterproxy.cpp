#include "models/statisticsfilterproxy.h"

#include "models/statisticsmodel.h"

namespace policylens {

StatisticsFilterProxy::StatisticsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StatisticsModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

StatisticsFilterProxy::~StatisticsFilterProxy() = default;

void StatisticsFilterProxy::setRegionIds(const QList<qint64> &ids)
{
    if (ids == m_regionIds)
        return;
    m_regionIds = ids;
    invalidateFilter();
}

void StatisticsFilterProxy::setIndicator(const QString &key)
{
    if (key == m_indicator)
        return;
    m_indicator = key;
    invalidateFilter();
}

void StatisticsFilterProxy::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateFilter();
}

bool StatisticsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_regionIds.isEmpty()
        && !m_regionIds.contains(i.data(StatisticsModel::RegionIdRole).toLongLong()))
        return false;
    if (!m_indicator.isEmpty()
        && i.data(StatisticsModel::IndicatorKeyRole).toString() != m_indicator)
        return false;
    if (m_year != 0 && i.data(StatisticsModel::YearRole).toInt() != m_year)
        return false;
    return true;
}

} // namespace policylens
