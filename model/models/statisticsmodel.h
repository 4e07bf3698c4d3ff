#pragma once

#include "models/catalog.h"
#include "models/pagedtablemodel.h"

namespace policylens {

class ReviewService;

// One published statistic with its qualifiers.
struct StatisticRow
{
    qint64 id;
    qint64 regionId;
    QString indicator;
    int year;
    double value;
    QString unit;
    QString source;
    QString period;
    QString comparator;
    bool approximate;
    QString quote;
    QString label; // the indicator as the file wrote it
};

// Published statistics per region, indicator and year, with their qualifiers: the period
// (2025 H1, as of October), the comparator (> 2,500) and the sentence quoted. Editable,
// including the indicator a row is filed under; every edit goes through ReviewService
// (undoable, saved at once).
class StatisticsModel final : public PagedTableModel<StatisticRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsModel)

public:
    enum Column { Region, Indicator, Year, Period, Value, Unit, Source, Quote, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionIdRole,
        IndicatorKeyRole,
        YearRole,
        SortRole,
        ChoicesRole, // Indicator: [key, name] pairs for ChoiceDelegate
        PeriodRole, // StatisticPeriod key
        ComparatorRole, // as stored: >, >=, =, ~...
    };

    StatisticsModel(
        QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent = nullptr);
    ~StatisticsModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int PageSize = 2000;

private:
    PageQuery pageQuery() const override;
    StatisticRow readRow(const QSqlQuery &query) const override;
    QVariant columnTitle(int column) const override;
    bool isEditable(int column) const override;
    bool edit(int row, int column, const QVariant &value) override;

    // Cells
    QVariant displayValue(const StatisticRow &row, int column) const;
    QVariant editValue(const StatisticRow &row, int column) const;
    QVariant toolTip(const StatisticRow &row, int column) const;
    QVariant indicatorChoices(const StatisticRow &row) const;

    const Catalog *m_catalog;
    ReviewService *m_review;
};

} // namespace policylens
