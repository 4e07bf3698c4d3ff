#pragma once

#include "compare/chartscale.h"
#include "compare/comparemodel.h"

namespace policylens {

// Funding and subsidy amounts (targets of kind 'incentive' in yuan) summed by instrument
// (indicator) and city. Shaped like TargetComparisonModel for QVBarModelMapper: rows are the
// instruments, columns FirstCityColumn.. the cities.
class IncentivesModel final : public CompareModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncentivesModel)

public:
    enum Column { InstrumentColumn = 0, FirstCityColumn = 1 };
    enum Role {
        BaseValueRole = Qt::UserRole, // summed yuan
        TargetCountRole, // how many incentives were summed
        SentenceRole, // their sentences, one a line
        TargetIdRole, // the largest incentive's id
        InstrumentKeyRole,
        RegionCodeRole,
        LabelRole, // "5 亿元"
        ShortLabelRole, // "5", the unit being on the axis
    };

    explicit IncentivesModel(QObject *parent = nullptr);
    ~IncentivesModel() override;

    const ChartScale &scale() const { return m_scale; }
    // Incentives not in yuan (counts, percentages) cannot be summed with money.
    int skippedCount() const { return m_skipped; }

protected:
    // setIndicator() names the one instrument to show; empty shows every instrument.
    void clear() override;
    Result<void> load(const CompareRepository &repo) override;
    int rows() const override { return static_cast<int>(m_instruments.size()); }
    int columns() const override { return FirstCityColumn + cityCount(); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;
    QVariant rowTitle(int section) const override;

private:
    // The incentives of one instrument and city, summed; the largest one stands for them.
    struct Sum
    {
        QStringList sentences;
        double total = 0;
        qint64 largestId = 0;
        double largest = 0;
        int count = 0;
    };
    QList<ComparedTarget> readIncentives(const CompareRepository &repo);
    double addUp(const QList<ComparedTarget> &incentives, const QStringList &keys);

    ChartScale m_scale;
    QList<IndicatorInfo> m_instruments;
    QList<QList<Sum>> m_cells;
    int m_skipped = 0;
};

} // namespace policylens
