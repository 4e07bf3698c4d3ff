#pragma once

#include "models/catalog.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

class ReviewService;

// Published statistics per region, indicator and year, with their qualifiers: the period
// (2025 H1, as of October), the comparator (> 2,500) and the sentence quoted. Editable,
// including the indicator a row is filed under; every edit goes through ReviewService
// (undoable, saved at once).
class StatisticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsModel)

public:
    enum Column { Region, Indicator, Year, Period, Value, Unit, Source, Quote, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionIdRole,
        IndicatorKeyRole,
        YearRole,
        SortRole,
        ChoicesRole, // Indicator: [key, name] pairs for ChoiceDelegate
        PeriodRole, // StatisticPeriod key
        ComparatorRole, // as stored: >, >=, =, ~...
    };

    StatisticsModel(
        QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent = nullptr);
    ~StatisticsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    void setChinese(bool chinese);
    int rowOf(qint64 id) const;

    static constexpr int PageSize = 2000;

private:
    struct Row
    {
        qint64 id;
        qint64 regionId;
        QString indicator;
        int year;
        double value;
        QString unit;
        QString source;
        QString period;
        QString comparator;
        bool approximate;
        QString quote;
        QString label; // the indicator as the file wrote it
    };

    void onStatisticChanged(qint64 id);
    QList<Row> query(
        const QString &where, const QVariantList &bindings, int limit, qint64 offset) const;

    QSqlDatabase m_db;
    const Catalog *m_catalog;
    ReviewService *m_review;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_chinese = false;
};

} // namespace policylens
