#pragma once

#include "compare/chartscale.h"
#include "compare/comparemodel.h"

namespace policylens {

// One indicator's targets, one row per target year and one column per city, each value in a
// single readable unit (ChartScale). Shaped for QVBarModelMapper: rows are the categories
// (years), columns FirstCityColumn.. are the bar sets (cities); DisplayRole of a city cell is
// the scaled number, or nothing when the city set no target for that year.
class TargetComparisonModel final : public CompareModel
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

    const ChartScale &scale() const { return m_scale; }
    // Targets left out because their unit differs from the indicator's main unit.
    int excludedCount() const { return m_excluded; }
    int documentCount() const { return m_documentCount; }
    // Targets shown in the "Region unknown" column (code '').
    int unknownRegionCount() const { return m_unknownRegionCount; }
    // Places and years where more than one value competes.
    int contestedCount() const;

    QHash<int, QByteArray> roleNames() const override;

protected:
    void clear() override;
    Result<void> load(const CompareRepository &repo) override;
    int rows() const override { return static_cast<int>(m_years.size()); }
    int columns() const override { return FirstCityColumn + cityCount(); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;
    QVariant rowTitle(int section) const override;

private:
    Result<QList<ComparedTarget>> readTargets(const CompareRepository &repo) const;
    void keepUnit(const QList<ComparedTarget> &targets, const QString &unit);
    QStringList cityColumns();
    void summarize(const QString &unit);
    void fillCells();
    const ComparedTarget *valueAt(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index, const ComparedTarget &t) const;

    ChartScale m_scale;
    QList<int> m_years;
    QList<ComparedTarget> m_targets;
    // m_cells[row][city] → index into m_targets, or -1.
    QList<QList<int>> m_cells;
    QList<QList<int>> m_others;
    QList<QList<QList<int>>> m_competitors; // [row][city] → indices into m_targets, best first
    int m_unknownRegionCount = 0;
    int m_excluded = 0;
    int m_documentCount = 0;
};

// The unit most targets of a set use; charts show only those so every bar shares one axis.
QString dominantUnit(const QList<ComparedTarget> &targets);
// Among several targets of one city and year, the one to chart: a person's choice, then a
// final document over a draft, a newer over an older, then reviewed and most confident.
bool preferTarget(const ComparedTarget &a, const ComparedTarget &b);

} // namespace policylens
