#pragma once

#include <QSortFilterProxyModel>

namespace policylens {

// Filters StatisticsModel by region (with the regions below it), indicator and year.
class StatisticsFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsFilterProxy)

public:
    explicit StatisticsFilterProxy(QObject *parent = nullptr);
    ~StatisticsFilterProxy() override;

    void setRegionIds(const QList<qint64> &ids);
    void setIndicator(const QString &key);
    void setYear(int year);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<qint64> m_regionIds;
    QString m_indicator;
    int m_year = 0;
};

} // namespace policylens
