#pragma once

#include "compare/chartscale.h"
#include "compare/comparemodel.h"

namespace policylens {

// One indicator's statistics by year (lines) and targets (markers) for each city, in one
// readable unit. Long format so QVXYModelMapper can take each line from a block of rows:
// rows are grouped by city, then by series (statistics first, then targets, then statistics
// for part of a year), then by year; block() gives the first row and row count of one city's
// series. A value for part of a year (2025 H1, as of October) is never on the yearly line nor
// in a growth rate: it is its own series, labelled with its period.
class ProgressModel final : public CompareModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressModel)

public:
    enum Column { CityColumn = 0, SeriesColumn, YearColumn, ValueColumn, ColumnCount };
    enum Series { Statistic = 0, Target = 1, PartialStatistic = 2 };
    enum Role {
        BaseValueRole = Qt::UserRole,
        SeriesRole, // Series
        ComparatorMarkRole, // targets only
        LabelRole, // "≥ 3,000 亿元"
        SentenceRole, // target sentence, or the statistic's source
        TargetIdRole, // qint64, 0 for statistics
        RegionCodeRole,
        CityIndexRole,
        PeriodRole, // StatisticPeriod key; empty for whole years and targets
        PeriodLabelRole, // "2025 H1" / "2025年上半年"
        SourceRole, // statistics: the source; targets: the document title
        UnitRole, // the base unit (CNY, PFLOPS...)
        ComparatorRole, // as stored: >=, >, =, ~...
    };

    // Compound annual growth: achieved between the first and latest statistic, required from
    // the latest statistic to the next target. NaN when there is not enough data.
    struct Growth
    {
        int firstYear = 0;
        int latestYear = 0;
        double achieved = qQNaN(); // 0.12 = 12 % a year
        int targetYear = 0;
        double required = qQNaN();
    };

    explicit ProgressModel(QObject *parent = nullptr);
    ~ProgressModel() override;

    const ChartScale &scale() const { return m_scale; }
    Block block(int cityIndex, Series series) const;
    Growth growth(int cityIndex) const;
    // "+12.3 %/yr achieved, +8.5 %/yr needed" in the model's language, or empty.
    QString growthText(int cityIndex) const;
    int minYear() const { return m_minYear; }
    int maxYear() const { return m_maxYear; }
    QStringList statisticSources() const { return m_sources; }

protected:
    void clear() override;
    Result<void> load(const CompareRepository &repo) override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;

private:
    // One point of a line or one marker: a statistic or a target of one city and year.
    struct Row
    {
        Series series = Statistic;
        int city = 0;
        int year = 0;
        QString period;
        double value = 0;
        QString comparator;
        QString sentence;
        QString source;
        qint64 targetId = 0;
    };
    QString periodLabel(const Row &row) const;
    double addStatistics(const QList<StatisticRecord> &stats, const QString &unit);
    double addTargets(const QList<ComparedTarget> &targets, const QString &unit);
    void sortRows();
    void computeGrowth();

    ChartScale m_scale;
    QList<Row> m_rows;
    QList<Growth> m_growth;
    QStringList m_sources;
    int m_minYear = 0;
    int m_maxYear = 0;
};

} // namespace policylens
