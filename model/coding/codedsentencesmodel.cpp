#include "coding/codedsentencesmodel.h"

namespace policylens {

CodedSentencesModel::CodedSentencesModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{ }

bool CodedSentencesModel::load(
    const QSqlDatabase &db, const CodedSentenceFilter &filter, const QString &language)
{
    QList<Row> rows;
    CodedCorpus corpus(db);
    const bool ok = corpus.forEachDocument(filter, [&](const QString &, const QList<CodedSentence> &sentences) {
        for (const CodedSentence &s : sentences) {
            Row row { s.documentId, s.start, s.end, s.documentTitle,
                s.regionId == 0 ? tr("Region unknown") : s.regionName.forLanguage(language),
                s.text.simplified(), {}, {}, s.reviewState() };
            for (const StoredCode *code : s.liveCodes()) {
                row.codes << code->code.name.forLanguage(language);
                row.keys << code->code.key;
            }
            rows.append(row);
        }
        return true;
    });
    beginResetModel();
    m_rows = ok ? rows : QList<Row> {};
    endResetModel();
    m_error = ok ? QString() : corpus.lastError();
    return ok;
}

QVariant CodedSentencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return row.documentId;
    case StartRole:
        return row.start;
    case EndRole:
        return row.end;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case DocumentColumn:
        return row.document;
    case RegionColumn:
        return row.region;
    case SentenceColumn:
        return row.sentence;
    case CodesColumn:
        return row.codes.join(QStringLiteral("; "));
    case CodeKeysColumn:
        return row.keys.join(QStringLiteral("; "));
    case ReviewColumn:
        return row.review == CodingStatus::Accepted ? tr("reviewed") : tr("unreviewed");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CodedSentencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DocumentColumn:
        return tr("Document");
    case RegionColumn:
        return tr("Region");
    case SentenceColumn:
        return tr("Sentence");
    case CodesColumn:
        return tr("Codes");
    case CodeKeysColumn:
        return tr("Code keys");
    case ReviewColumn:
        return tr("Review state");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace policylens
