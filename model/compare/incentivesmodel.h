#pragma once

#include "compare/chartscale.h"
#include "compare/comparerepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

// Funding and subsidy amounts (targets of kind 'incentive' in yuan) summed by instrument
// (indicator) and city. Shaped like TargetComparisonModel for QVBarModelMapper: rows are the
// instruments, columns FirstCityColumn.. the cities.
class IncentivesModel final : public QAbstractTableModel
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

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setCities(const QStringList &codes) { m_requestedCities = codes; }
    // Empty means every instrument; otherwise only this indicator key.
    void setInstrument(const QString &key) { m_instrument = key; }
    void setYearRange(int from, int to);
    void setLanguage(const QString &language) { m_language = language; }
    bool reload();

    QString language() const { return m_language; }
    const ChartScale &scale() const { return m_scale; }
    QList<RegionInfo> cities() const { return m_cities; }
    int cityCount() const { return static_cast<int>(m_cities.size()); }
    // Incentives not in yuan (counts, percentages) cannot be summed with money.
    int skippedCount() const { return m_skipped; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        double sum = 0;
        int count = 0;
        double largest = 0;
        qint64 largestId = 0;
        QStringList sentences;
    };

    QSqlDatabase m_db;
    QStringList m_requestedCities;
    QString m_instrument;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_language = QStringLiteral("en");

    ChartScale m_scale;
    QList<RegionInfo> m_cities;
    QList<IndicatorInfo> m_instruments;
    QList<QList<Cell>> m_cells;
    int m_skipped = 0;
    QString m_error;
};

} // namespace policylens
