#pragma once

#include "coding/codedcorpus.h"
#include "coding/rowtablemodel.h"

namespace policylens {

// One coded sentence as CodedSentencesModel lists it.
struct CodedSentenceRow
{
    qint64 documentId = 0;
    int start = 0;
    int end = 0;
    QString document;
    QString region;
    QString sentence;
    QStringList codes;
    QStringList keys;
    CodingStatus review = CodingStatus::Unreviewed;
};

// Coded sentences as a table (document, region, sentence, codes, review state): the CSV / XLSX
// export of the coded corpus and the drill-down list behind a cell of the cities x codes matrix.
class CodedSentencesModel final : public RowTableModel<CodedSentenceRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodedSentencesModel)

public:
    enum Column { DocumentColumn, RegionColumn, SentenceColumn, CodesColumn, CodeKeysColumn,
        ReviewColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, StartRole, EndRole };

    explicit CodedSentencesModel(QObject *parent = nullptr);

    // Reads the sentences that match filter; false (lastError()) when the workspace cannot be read.
    bool load(const QSqlDatabase &db, const CodedSentenceFilter &filter, const QString &language);
    QString lastError() const { return m_error; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Row = CodedSentenceRow;
    QString m_error;
};

} // namespace policylens
