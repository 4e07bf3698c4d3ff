#pragma once

#include "models/catalog.h"
#include "models/pagedtablemodel.h"

namespace policylens {

class ReviewService;

struct StatisticsRowView
{
    qint64 id;
    qint64 regionId;
    QString indicator;
    int year;
    double value;
    QString unit;
    QString source;
};

// Published statistics per region, indicator and year. Editable; every edit goes through
// ReviewService (undoable, saved at once).
class StatisticsModel final : public PagedTableModel<StatisticsRowView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsModel)

public:
    enum Column { Region, Indicator, Year, Value, Unit, Source, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RegionIdRole, IndicatorKeyRole, YearRole, SortRole };

    StatisticsModel(
        QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent = nullptr);
    ~StatisticsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 id) const;

    static constexpr int PageSize = 2000;

private:
    using Row = StatisticsRowView;

    PageQuery pageQuery() const override;
    Row readRow(const QSqlQuery &query) const override;
    void onStatisticChanged(qint64 id);

    const Catalog *m_catalog;
    ReviewService *m_review;
};

} // namespace policylens
