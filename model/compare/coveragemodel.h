#pragma once

#include "compare/comparemodel.h"

namespace policylens {

// Cities × indicators: how many (non-rejected) targets each city set for each indicator, so
// the gaps of a heat table stand out. Rows are cities, columns indicators; DisplayRole is the
// count and BackgroundRole a heat colour.
class CoverageModel final : public CompareModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column { FirstIndicatorColumn = 0 };
    enum Role { CountRole = Qt::UserRole, RegionCodeRole, IndicatorKeyRole, HeatRole };

    explicit CoverageModel(QObject *parent = nullptr);
    ~CoverageModel() override;

    QList<IndicatorInfo> indicators() const { return m_indicators; }
    int count(int cityRow, int indicatorColumn) const;
    int maxCount() const { return m_max; }

protected:
    // Counts every indicator and every year: the table is about which goals a city set at all.
    void clear() override;
    Result<void> load(const CompareRepository &repo) override;
    int rows() const override { return cityCount(); }
    int columns() const override { return static_cast<int>(m_indicators.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;
    QVariant rowTitle(int section) const override;

private:
    using Counts = QHash<QString, QHash<QString, int>>;
    void readIndicators(const CompareRepository &repo, const Counts &counts);

    QList<IndicatorInfo> m_indicators;
    QList<QList<int>> m_counts;
    int m_max = 0;
};

} // namespace policylens
