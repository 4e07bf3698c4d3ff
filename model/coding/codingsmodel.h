#pragma once

#include "coding/codingtypes.h"
#include "coding/rowtablemodel.h"

#include <QCache>
#include <QHash>
#include <QSqlDatabase>

namespace policylens {

class CodingService;

// One coding as CodingsModel lists it, with its document's title and region.
struct CodingRow
{
    CodingRecord coding;
    QString document;
    qint64 regionId = 0;
};

// Every coding of the workspace, one row per (sentence, code), for the Policy tools view.
// Sentence text is read from the document on demand (a few documents are cached), so a large
// workspace lists quickly. Follows CodingService's signals row by row; sorting and filtering
// happen in CodingsFilterProxy.
class CodingsModel final : public RowTableModel<CodingRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingsModel)

public:
    enum Column { DocumentColumn, SentenceColumn, CodeColumn, SideColumn, ConfidenceColumn,
        ReasonColumn, StatusColumn, OriginColumn, ColumnCount };
    enum Role { CodingIdRole = Qt::UserRole + 1, DocumentIdRole, CodeIdRole, SideRole, RegionIdRole,
        StatusRole, StartRole, EndRole };

    explicit CodingsModel(QObject *parent = nullptr);
    ~CodingsModel() override;

    void setDatabase(const QSqlDatabase &db);
    void setService(CodingService *service);
    void setLanguage(Language language);
    bool reload();
    int rowOf(qint64 codingId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Row = CodingRow;
    std::optional<Row> readRow(qint64 codingId) const;
    QString sentence(const Row &row) const;
    QVariant display(const Row &row, int column) const;
    void codingChanged(qint64 id);
    void codingInserted(qint64 id);
    void codingRemoved(qint64 id);

    QSqlDatabase m_db;
    CodingService *m_service = nullptr;
    Language m_language = Language::English;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, StoredCode> m_codes;
    mutable QCache<qint64, QString> m_bodies;
};

} // namespace policylens
