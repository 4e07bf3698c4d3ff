#pragma once

#include "compare/chartscale.h"
#include "compare/comparerepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

// One indicator's statistics by year (lines) and targets (markers) for each city, in one
// readable unit. Long format so QVXYModelMapper can take each line from a block of rows:
// rows are grouped by city, then by series (statistics first, then targets, then statistics
// for part of a year), then by year; block() gives the first row and row count of one city's
// series. A value for part of a year (2025 H1, as of October) is never on the yearly line nor
// in a growth rate: it is its own series, labelled with its period.
class ProgressModel final : public QAbstractTableModel
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

    struct Block
    {
        int firstRow = 0;
        int count = 0;
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

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setIndicator(const QString &key) { m_indicator = key; }
    void setCities(const QStringList &codes) { m_requestedCities = codes; }
    void setYearRange(int from, int to);
    void setLanguage(const QString &language) { m_language = language; }
    bool reload();

    QString indicatorKey() const { return m_indicator; }
    QString indicatorName() const { return m_indicatorInfo.name(m_language); }
    QString language() const { return m_language; }
    const ChartScale &scale() const { return m_scale; }
    QList<RegionInfo> cities() const { return m_cities; }
    int cityCount() const { return static_cast<int>(m_cities.size()); }
    Block block(int cityIndex, Series series) const;
    Growth growth(int cityIndex) const;
    // "+12.3 %/yr achieved, +8.5 %/yr needed" in the model's language, or empty.
    QString growthText(int cityIndex) const;
    int minYear() const { return m_minYear; }
    int maxYear() const { return m_maxYear; }
    QStringList statisticSources() const { return m_sources; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int city = 0;
        Series series = Statistic;
        int year = 0;
        double value = 0;
        QString comparator;
        QString sentence;
        qint64 targetId = 0;
        QString period;
        QString source;
    };
    QString periodLabel(const Row &row) const;

    QSqlDatabase m_db;
    QString m_indicator;
    QStringList m_requestedCities;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_language = QStringLiteral("en");

    IndicatorInfo m_indicatorInfo;
    ChartScale m_scale;
    QList<RegionInfo> m_cities;
    QList<Row> m_rows;
    QList<Growth> m_growth;
    QStringList m_sources;
    int m_minYear = 0;
    int m_maxYear = 0;
    QString m_error;
};

} // namespace policylens
