#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace policylens {

// Filters the Policy tools list by code, side, region and review state; sorts it.
class CodingsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingsFilterProxy)

public:
    explicit CodingsFilterProxy(QObject *parent = nullptr);

    void setCodeId(std::optional<qint64> codeId);
    void setSide(const QString &sideKey); // empty: any
    void setRegionId(std::optional<qint64> regionId); // 0: region unknown
    void setStatus(const QString &statusKey); // empty: any
    void setDocumentId(std::optional<qint64> documentId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<qint64> m_codeId;
    QString m_side;
    std::optional<qint64> m_regionId;
    QString m_status;
    std::optional<qint64> m_documentId;
};

} // namespace policylens
