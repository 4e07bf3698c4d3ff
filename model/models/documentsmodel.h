#pragma once

#include "models/catalog.h"
#include "models/pagedtablemodel.h"

namespace policylens {

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
};

// The workspace's documents (metadata only; bodies are read on demand), loaded a page at a
// time through fetchMore so ten thousand documents open without a stall.
class DocumentsModel final : public PagedTableModel<DocumentRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsModel)

public:
    enum Column { Title, Issuer, Region, Date, Format, TargetCount, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RegionIdRole,
        YearRole, // year of publication, 0 when unknown
        SortRole, // raw value for sorting (ISO date, count)
        SearchTextRole // title, issuer and number, for the text filter
    };

    explicit DocumentsModel(QSqlDatabase db, const Catalog *catalog, QObject *parent = nullptr);
    ~DocumentsModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // -1 when the document is not loaded yet.
    int rowOf(qint64 id) const;
    void refreshTargetCount(qint64 documentId);

    QString body(qint64 id) const;
    QString title(qint64 id) const;

    static constexpr int PageSize = 1000;

private:
    using Row = DocumentRow;

    PageQuery pageQuery() const override;
    Row readRow(const QSqlQuery &query) const override;

    const Catalog *m_catalog;
};

} // namespace policylens
