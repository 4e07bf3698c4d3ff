#pragma once

#include "compare/comparerepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

// Cities × indicators: how many (non-rejected) targets each city set for each indicator, so
// the gaps of a heat table stand out. Rows are cities, columns indicators; DisplayRole is the
// count and BackgroundRole a heat colour.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column { FirstIndicatorColumn = 0 };
    enum Role { CountRole = Qt::UserRole, RegionCodeRole, IndicatorKeyRole, HeatRole };

    explicit CoverageModel(QObject *parent = nullptr);
    ~CoverageModel() override;

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    // Empty means every region with targets.
    void setCities(const QStringList &codes) { m_requestedCities = codes; }
    void setLanguage(const QString &language) { m_language = language; }
    bool reload();

    QString language() const { return m_language; }
    QList<RegionInfo> cities() const { return m_cities; }
    QList<IndicatorInfo> indicators() const { return m_indicators; }
    int count(int cityRow, int indicatorColumn) const;
    int maxCount() const { return m_max; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QStringList m_requestedCities;
    QString m_language = QStringLiteral("en");

    QList<RegionInfo> m_cities;
    QList<IndicatorInfo> m_indicators;
    QList<QList<int>> m_counts;
    int m_max = 0;
    QString m_error;
};

} // namespace policylens
