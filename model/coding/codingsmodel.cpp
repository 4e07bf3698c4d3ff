#include "coding/codingsmodel.h"

#include "coding/codebookrepository.h"
#include "coding/codingrepository.h"
#include "coding/codingservice.h"
#include "coding/instrumentmatrixmodel.h"
#include "instruments/codingreason.h"

#include <QLocale>
#include <QSqlQuery>

namespace policylens {

namespace {

const char *const rowQuery
    = "SELECT g.id, g.document_id, g.code_id, g.start_offset, g.end_offset, g.confidence, "
      "g.reason_kind, g.reason_cue, g.reason_verb, g.review_status, g.origin, d.title, "
      "coalesce(d.region_id, 0) FROM codings g JOIN documents d ON d.id = g.document_id ";

} // namespace

CodingsModel::CodingsModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
    , m_bodies(24 * 1024 * 1024) // cost = characters
{ }

CodingsModel::~CodingsModel() = default;

void CodingsModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void CodingsModel::setService(CodingService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!service)
        return;
    connect(service, &CodingService::codingChanged, this, &CodingsModel::codingChanged);
    connect(service, &CodingService::codingInserted, this, &CodingsModel::codingInserted);
    connect(service, &CodingService::codingRemoved, this, &CodingsModel::codingRemoved);
}

void CodingsModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool CodingsModel::reload()
{
    QList<Row> rows;
    QHash<qint64, StoredCode> codes;
    bool ok = true;
    if (m_db.isOpen()) {
        for (const StoredCode &c : CodebookRepository(m_db).codes())
            codes.insert(c.id, c);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        ok = q.exec(QLatin1String(rowQuery) + QStringLiteral("ORDER BY g.document_id, g.start_offset, g.id"));
        while (ok && q.next()) {
            Row row;
            row.coding = CodingRepository::recordFromQuery(q);
            row.document = q.value(11).toString();
            row.regionId = q.value(12).toLongLong();
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_codes = std::move(codes);
    m_bodies.clear();
    m_rowOf.clear();
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).coding.id, int(i));
    endResetModel();
    return ok;
}

std::optional<CodingsModel::Row> CodingsModel::readRow(qint64 codingId) const
{
    const std::optional<CodingRecord> coding = CodingRepository(m_db).find(codingId);
    if (!coding)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, coalesce(region_id, 0) FROM documents WHERE id = ?"));
    q.addBindValue(coding->documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row { *coding, q.value(0).toString(), q.value(1).toLongLong() };
}

int CodingsModel::rowOf(qint64 codingId) const
{
    return m_rowOf.value(codingId, -1);
}

void CodingsModel::codingChanged(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<Row> fresh = readRow(id);
    if (row < 0 || !fresh)
        return;
    m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CodingsModel::codingInserted(qint64 id)
{
    const std::optional<Row> fresh = readRow(id);
    if (!fresh || rowOf(id) >= 0)
        return;
    if (!m_codes.contains(fresh->coding.codeId)) {
        if (const std::optional<StoredCode> code = CodebookRepository(m_db).code(fresh->coding.codeId))
            m_codes.insert(code->id, *code);
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*fresh);
    m_rowOf.insert(id, row);
    endInsertRows();
}

void CodingsModel::codingRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    for (qsizetype i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).coding.id, int(i));
    endRemoveRows();
}

QString CodingsModel::sentence(const Row &row) const
{
    const qint64 doc = row.coding.documentId;
    if (!m_bodies.contains(doc)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
        q.addBindValue(doc);
        auto *body = new QString(q.exec() && q.next() ? q.value(0).toString() : QString());
        m_bodies.insert(doc, body, qMax<qsizetype>(1, body->size()));
    }
    const QString *body = m_bodies.object(doc);
    return body ? body->mid(row.coding.start, row.coding.end - row.coding.start).simplified() : QString();
}

QVariant CodingsModel::display(const Row &row, int column) const
{
    const CodingRecord &r = row.coding;
    const auto code = m_codes.constFind(r.codeId);
    switch (Column(column)) {
    case DocumentColumn:
        return row.document.isEmpty() ? tr("Document %1").arg(r.documentId) : row.document;
    case SentenceColumn:
        return sentence(row);
    case CodeColumn:
        return code == m_codes.cend() ? QString::number(r.codeId) : code->code.name.forLanguage(m_language);
    case SideColumn:
        return code == m_codes.cend() ? QString() : instrumentSideName(code->code.side);
    case ConfidenceColumn:
        return QLocale().toString(r.confidence, 'f', 2);
    case ReasonColumn:
        return r.reason ? describeReason(*r.reason) : tr("added by a person");
    case StatusColumn:
        switch (r.status) {
        case CodingStatus::Accepted:
            return tr("accepted");
        case CodingStatus::Rejected:
            return tr("rejected");
        case CodingStatus::Unreviewed:
            break;
        }
        return tr("unreviewed");
    case OriginColumn:
        return r.origin == CodingOrigin::Manual ? tr("manual") : tr("automatic");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CodingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto code = m_codes.constFind(row.coding.codeId);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == CodeColumn && code != m_codes.cend()
            ? QVariant(QString(code->code.key + QStringLiteral(": ") + code->code.description.forLanguage(m_language)))
            : display(row, index.column());
    case CodingIdRole:
        return row.coding.id;
    case DocumentIdRole:
        return row.coding.documentId;
    case CodeIdRole:
        return row.coding.codeId;
    case SideRole:
        return code == m_codes.cend() ? QString() : sideKey(code->code.side);
    case RegionIdRole:
        return row.regionId;
    case StatusRole:
        return codingStatusKey(row.coding.status);
    case StartRole:
        return row.coding.start;
    case EndRole:
        return row.coding.end;
    default:
        return {};
    }
}

QVariant CodingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DocumentColumn:
        return tr("Document");
    case SentenceColumn:
        return tr("Sentence");
    case CodeColumn:
        return tr("Code");
    case SideColumn:
        return tr("Side");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Review");
    case OriginColumn:
        return tr("Origin");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace policylens
