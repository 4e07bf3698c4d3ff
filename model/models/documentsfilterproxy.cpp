#include "models/documentsfilterproxy.h"

#include "models/documentsmodel.h"

namespace policylens {

DocumentsFilterProxy::DocumentsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentsModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

DocumentsFilterProxy::~DocumentsFilterProxy() = default;

void DocumentsFilterProxy::setRegionIds(const QList<qint64> &ids)
{
    if (ids == m_regionIds)
        return;
    m_regionIds = ids;
    invalidateFilter();
}

void DocumentsFilterProxy::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateFilter();
}

void DocumentsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool DocumentsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_regionIds.isEmpty()
        && !m_regionIds.contains(index.data(DocumentsModel::RegionIdRole).toLongLong()))
        return false;
    if (m_year != 0 && index.data(DocumentsModel::YearRole).toInt() != m_year)
        return false;
    if (!m_text.isEmpty()
        && !index.data(DocumentsModel::SearchTextRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace policylens
