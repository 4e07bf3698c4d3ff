#pragma once

#include "compare/readonlytable.h"
#include "core/result.h"
#include "core/vocabulary.h"
#include "models/targetfilter.h"
#include "review/targetrecord.h"

#include <QDate>
#include <QSqlDatabase>

namespace policylens {

// The targets a filter selects, as a researcher takes them out of PolicyLens (CSV or XLSX
// through TableExporter): every target with its value as stored and as read, its review state,
// the document it comes from and the sentence. Read in one query, not paged, so the file holds
// every row the Targets tab filters, not only the rows scrolled into view.
class TargetTableModel final : public ReadOnlyTable
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

    // Region and indicator names and the values as read follow the language.
    Result<void> load(const QSqlDatabase &db, const TargetFilter &filter, Language language);

protected:
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QVariant cell(const QModelIndex &index, int role) const override;
    QVariant columnTitle(int section) const override;

private:
    // The stored target, and what the export adds to it from its region, indicator, document.
    struct Row
    {
        TargetRecord target;
        QString regionName;
        QString indicatorName; // the key where the workspace names no indicator
        QString asWritten;
        QString document;
        QString issuer;
        QDate published;
    };

    QList<Row> m_rows;
};

} // namespace policylens
