#pragma once

#include "models/catalog.h"
#include "models/pagedtablemodel.h"

namespace policylens {

class ReviewService;

// One document's metadata as the table shows it.
struct DocumentRow
{
    qint64 id;
    QString title;
    QString issuer;
    QString number;
    qint64 regionId;
    QString published;
    QString format;
    int targets;
    QString type;
    QString status;
    QStringList userFields;
};

// The workspace's documents (metadata only; bodies are read on demand), loaded a page at a
// time through fetchMore so ten thousand documents open without a stall.
class DocumentsModel final : public PagedTableModel<DocumentRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsModel)

public:
    enum Column { Title, Issuer, Region, Date, Type, Status, Format, TargetCount, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionIdRole,
        YearRole, // year of publication, 0 when unknown
        SortRole, // raw value for sorting (ISO date, count)
        SearchTextRole, // title, issuer and number, for the text filter
        // For editors: a QVariantList of {value, label} QVariantLists the cell may take.
        ChoicesRole,
        UserSetRole // true when a person set this cell's field (kept through re-extraction)
    };

    // Without a review service the table is read-only; with one, title, issuer, region, date,
    // type and status are edited in place through it (undoable, marked as set by a person).
    explicit DocumentsModel(QSqlDatabase db, const Catalog *catalog, ReviewService *review = nullptr,
        QObject *parent = nullptr);
    ~DocumentsModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void refreshTargetCount(qint64 documentId);

    QString body(qint64 id) const;
    QString title(qint64 id) const;

    static constexpr int PageSize = 1000;

private:
    PageQuery pageQuery() const override;
    DocumentRow readRow(const QSqlQuery &query) const override;
    QVariant columnTitle(int column) const override;
    bool isEditable(int column) const override;
    bool edit(int row, int column, const QVariant &value) override;

    // Cells
    QVariant displayValue(const DocumentRow &row, int column) const;
    QVariant choices(int column) const;

    const Catalog *m_catalog;
    ReviewService *m_review;
};

} // namespace policylens
