#pragma once

#include "compare/chartscale.h"
#include "compare/comparerepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

// One indicator's targets, one row per target year and one column per city, each value in a
// single readable unit (ChartScale). Shaped for QVBarModelMapper: rows are the categories
// (years), columns FirstCityColumn.. are the bar sets (cities); DisplayRole of a city cell is
// the scaled number, or nothing when the city set no target for that year.
class TargetComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetComparisonModel)

public:
    enum Column { YearColumn = 0, FirstCityColumn = 1 };
    enum Role {
        BaseValueRole = Qt::UserRole, // double, in base units (yuan, PFLOPS...)
        ComparatorRole, // as stored: >=, ~, =, range...
        ComparatorMarkRole, // ≥, ~, or empty
        LabelRole, // "≥ 3,000 亿元"
        SentenceRole, // the source sentence
        TargetIdRole, // qint64
        DocumentTitleRole,
        IssuerRole,
        PublishedRole, // QDate
        RegionCodeRole,
        YearRole,
        OtherTargetsRole, // how many more targets share this city and year
        ShortLabelRole, // "≥3,000": mark and number, the unit being on the axis; "*" if contested
        CompetitorsRole, // QVariantList of target ids for this place and year, the counting one first
    };

    explicit TargetComparisonModel(QObject *parent = nullptr);
    ~TargetComparisonModel() override;

    // Setters only record the choice; reload() queries and resets the model once.
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setIndicator(const QString &key) { m_indicator = key; }
    // Region codes in display order; empty means every city with a target for the indicator.
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
    // Targets left out because their unit differs from the indicator's main unit.
    int excludedCount() const { return m_excluded; }
    int documentCount() const { return m_documentCount; }
    // Targets shown in the "Region unknown" column (code '').
    int unknownRegionCount() const { return m_unknownRegionCount; }
    // Places and years where more than one value competes.
    int contestedCount() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const ComparedTarget *cell(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index, const ComparedTarget &t) const;

    QSqlDatabase m_db;
    QString m_indicator;
    QStringList m_requestedCities;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_language = QStringLiteral("en");

    IndicatorInfo m_indicatorInfo;
    ChartScale m_scale;
    QList<RegionInfo> m_cities;
    QList<int> m_years;
    // m_cells[row][city] → index into m_targets, or -1.
    QList<QList<int>> m_cells;
    QList<QList<int>> m_others;
    QList<QList<QList<int>>> m_competitors; // [row][city] → indices into m_targets, best first
    int m_unknownRegionCount = 0;
    QList<ComparedTarget> m_targets;
    int m_excluded = 0;
    int m_documentCount = 0;
    QString m_error;
};

// The unit most targets of a set use; charts show only those so every bar shares one axis.
QString dominantUnit(const QList<ComparedTarget> &targets);
// Among several targets of one city and year, the one to chart: a person's choice, then a
// final document over a draft, a newer over an older, then reviewed and most confident.
bool preferTarget(const ComparedTarget &a, const ComparedTarget &b);

} // namespace policylens
