#pragma once

#include "models/catalog.h"
#include "models/targetfilter.h"
#include "review/targetrecord.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

class ReviewService;

// Every target of the workspace (or those passing a TargetFilter pushed down to SQL), loaded
// a page at a time. Edits go through ReviewService, so each one is undoable and saved.
class TargetsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsModel)

public:
    enum Column {
        Document,
        Region,
        Indicator,
        Kind,
        Value,
        Unit,
        Comparator,
        Year,
        Status,
        Sentence,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DocumentIdRole,
        RegionIdRole,
        IndicatorKeyRole,
        KindRole,
        YearRole, // 0 when the target names no year
        StatusRole,
        SentenceRole,
        DocumentTitleRole,
        StartRole,
        EndRole,
        QuoteStartRole,
        QuoteEndRole,
        ValueRole,
        SortRole,
        // For editors: a QVariantList of {value, label} QVariantLists the cell may take.
        ChoicesRole,
        // Why the extractor read the target as it did, in the interface language; empty for a
        // target added by hand.
        ReasonRole
    };

    TargetsModel(
        QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent = nullptr);
    ~TargetsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting runs in SQL so pages arrive in order; the proxy keeps them sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TargetFilter &filter);
    const TargetFilter &filter() const { return m_filter; }
    void setChinese(bool chinese);
    void reload();
    qint64 totalCount() const { return m_total; }
    int rowOf(qint64 id) const;
    const TargetRecord *record(int row) const;

    static constexpr int PageSize = 2000;

    // Translated labels shared with the filter widgets.
    static QString kindLabel(TargetKind kind);
    static QString statusLabel(ReviewStatus status);
    static QList<TargetKind> kinds();
    static QList<ReviewStatus> statuses();
    static QStringList comparators();
    static QStringList units();

private:
    struct Row
    {
        TargetRecord record;
        QString documentTitle;
    };

    void onTargetChanged(qint64 id);
    void onTargetInserted(qint64 id);
    void onTargetRemoved(qint64 id);
    QList<Row> query(const QString &extraWhere, const QVariantList &extraBindings, int limit,
        qint64 offset) const;
    QString orderBy() const;
    QVariant displayValue(const Row &row, int column) const;

    QSqlDatabase m_db;
    const Catalog *m_catalog;
    ReviewService *m_review;
    TargetFilter m_filter;
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_chinese = false;
};

} // namespace policylens
