#pragma once

#include "models/catalog.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace policylens {

class ReviewService;

// The workspace's documents (metadata only; bodies are read on demand), loaded a page at a
// time through fetchMore so ten thousand documents open without a stall.
class DocumentsModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();
    void setChinese(bool chinese);
    // -1 when the document is not loaded yet.
    int rowOf(qint64 id) const;
    qint64 totalCount() const { return m_total; }
    void refreshTargetCount(qint64 documentId);

    QString body(qint64 id) const;
    QString title(qint64 id) const;

    static constexpr int PageSize = 1000;

private:
    struct Row
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

    QList<Row> loadPage(const QString &where = {}, qint64 id = 0) const;
    void onDocumentChanged(qint64 id);
    QVariant choices(int column) const;

    QSqlDatabase m_db;
    const Catalog *m_catalog;
    ReviewService *m_review;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_chinese = false;
};

} // namespace policylens
