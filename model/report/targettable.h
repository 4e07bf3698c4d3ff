#pragma once

#include "models/targetfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace policylens {

// The targets a filter selects, as a researcher takes them out of PolicyLens (CSV or XLSX
// through TableExporter): every target with its value as stored and as read, its review state,
// the document it comes from and the sentence. Read in one query, not paged, so the file holds
// every row the Targets tab filters, not only the rows scrolled into view.
class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetTableModel)

public:
    enum Column {
        Id = 0,
        Region,
        Indicator,
        Kind,
        Year,
        Comparator,
        Value,
        ValueMax,
        Unit,
        AsWritten,
        ReviewStatus,
        Document,
        Issuer,
        Published,
        Sentence,
        ColumnCount
    };

    explicit TargetTableModel(QObject *parent = nullptr);
    ~TargetTableModel() override;

    // language: "zh..." gives Chinese region and indicator names and values.
    bool load(const QSqlDatabase &db, const TargetFilter &filter, const QString &language);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString region;
        QString indicator;
        QString kind;
        int year = 0;
        QString comparator;
        double value = 0;
        QVariant valueMax;
        QString unit;
        QString asWritten;
        QString status;
        QString document;
        QString issuer;
        QDate published;
        QString sentence;
    };

    QList<Row> m_rows;
    QString m_error;
};

} // namespace policylens
