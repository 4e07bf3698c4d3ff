#pragma once

#include "compare/readonlytable.h"

#include <QList>
#include <QString>

namespace policylens {

class ChartScale;
class IncentivesModel;
class ProgressModel;
class TargetComparisonModel;

// A chart's numbers as a researcher pastes them into a paper: one row per value, with the
// unit it is shown in, the comparator (≥ 3,000 is not 3,000), the year as a number, the
// period of a statistic (2025 H1), the value in base units (the same in every language) and
// where it comes from. Filled from the chart's own model, so the file matches the picture.
class ChartDataModel final : public ReadOnlyTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartDataModel)

public:
    enum Column {
        City = 0,
        RegionCode,
        Indicator,
        Series,
        Year,
        Period,
        Comparator,
        Value,
        Unit,
        Label,
        BaseValue,
        BaseUnit,
        Source,
        Sentence,
        ColumnCount
    };

    explicit ChartDataModel(QObject *parent = nullptr);
    ~ChartDataModel() override;

    void loadComparison(const TargetComparisonModel &model);
    void loadProgress(const ProgressModel &model);
    void loadIncentives(const IncentivesModel &model);

private:
    struct Row
    {
        QString city;
        QString regionCode;
        QString indicator;
        QString series;
        int year = 0; // 0: none (shown empty)
        QString period;
        QString comparator;
        double value = 0;
        QString unit;
        QString label;
        double baseValue = 0;
        QString baseUnit;
        QString source;
        QString sentence;
    };

    struct ValueRoles;
    static Row valueRow(const QModelIndex &index, const ChartScale &scale, const ValueRoles &roles);

    QList<Row> m_rows;

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;
};

} // namespace policylens
