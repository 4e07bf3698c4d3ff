#pragma once

#include "models/catalog.h"
#include "models/pagedtablemodel.h"
#include "models/targetfilter.h"
#include "review/targetrecord.h"

namespace policylens {

class ReviewService;

// One target as the table holds it: the record and its document's title.
struct TargetRow
{
    TargetRecord record;
    QString documentTitle;
};

inline qint64 idOf(const TargetRow &row)
{
    return row.record.id;
}

// Every target of the workspace (or those passing a TargetFilter pushed down to SQL), loaded
// a page at a time. Edits go through ReviewService, so each one is undoable and saved.
class TargetsModel final : public PagedTableModel<TargetRow>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Sorting runs in SQL so pages arrive in order; the proxy keeps them sorted. A column
    // without an index (all but the default order) makes SQLite read and sort the filtered
    // rows for every page, though it keeps only the page's worth after the last row.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TargetFilter &filter);
    const TargetFilter &filter() const { return m_filter; }
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
    PageQuery pageQuery() const override;
    TargetRow readRow(const QSqlQuery &query) const override;
    QVariant columnTitle(int column) const override;
    bool isEditable(int column) const override;
    bool edit(int row, int column, const QVariant &value) override;

    // Cells
    QVariant displayValue(const TargetRow &row, int column) const;
    QVariant editValue(const TargetRow &row, int column) const;
    QVariant sortValue(const TargetRow &row, int column) const;
    QVariant recordValue(const TargetRow &row, int role) const;
    QVariant choices(const TargetRecord &record, int column) const;

    const Catalog *m_catalog;
    ReviewService *m_review;
    TargetFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace policylens
