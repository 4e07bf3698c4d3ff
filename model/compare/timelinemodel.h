#pragma once

#include "compare/comparerepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

// Documents by publication date, one lane per city. Rows are grouped by city (block()), so a
// QVXYModelMapper per city draws that city's documents: x = TimeColumn (ms since the epoch,
// for QDateTimeAxis), y = LaneColumn (the city's lane number).
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column {
        CityColumn = 0,
        DateColumn,
        TitleColumn,
        IssuerColumn,
        TimeColumn,
        LaneColumn,
        ColumnCount
    };
    enum Role { DocumentIdRole = Qt::UserRole, RegionCodeRole, PublishedRole };

    struct Block
    {
        int firstRow = 0;
        int count = 0;
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setCities(const QStringList &codes) { m_requestedCities = codes; }
    void setYearRange(int from, int to);
    void setLanguage(const QString &language) { m_language = language; }
    bool reload();

    QString language() const { return m_language; }
    QList<RegionInfo> cities() const { return m_cities; }
    Block block(int cityIndex) const;
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    int undatedCount() const { return m_undated; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QStringList m_requestedCities;
    int m_fromYear = 0;
    int m_toYear = 0;
    QString m_language = QStringLiteral("en");

    QList<RegionInfo> m_cities;
    QList<DocumentDate> m_documents;
    QList<int> m_lane;
    QList<Block> m_blocks;
    QDate m_first;
    QDate m_last;
    int m_undated = 0;
    QString m_error;
};

} // namespace policylens
