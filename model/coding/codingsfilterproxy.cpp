#include "coding/codingsfilterproxy.h"

#include "coding/codingsmodel.h"

namespace policylens {

CodingsFilterProxy::CodingsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void CodingsFilterProxy::setCodeId(std::optional<qint64> codeId)
{
    m_codeId = codeId;
    invalidateFilter();
}

void CodingsFilterProxy::setSide(const QString &sideKey)
{
    m_side = sideKey;
    invalidateFilter();
}

void CodingsFilterProxy::setRegionId(std::optional<qint64> regionId)
{
    m_regionId = regionId;
    invalidateFilter();
}

void CodingsFilterProxy::setStatus(const QString &statusKey)
{
    m_status = statusKey;
    invalidateFilter();
}

void CodingsFilterProxy::setDocumentId(std::optional<qint64> documentId)
{
    m_documentId = documentId;
    invalidateFilter();
}

bool CodingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&i](int role) { return i.data(role); };
    return (!m_codeId || value(CodingsModel::CodeIdRole).toLongLong() == *m_codeId)
        && (m_side.isEmpty() || value(CodingsModel::SideRole).toString() == m_side)
        && (!m_regionId || value(CodingsModel::RegionIdRole).toLongLong() == *m_regionId)
        && (m_status.isEmpty() || value(CodingsModel::StatusRole).toString() == m_status)
        && (!m_documentId || value(CodingsModel::DocumentIdRole).toLongLong() == *m_documentId);
}

} // namespace policylens
