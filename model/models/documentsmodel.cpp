#include "models/documentsmodel.h"

#include "format/numberformatter.h"
#include "review/documentfield.h"
#include "review/reviewservice.h"

#include <QSqlQuery>

namespace policylens {

DocumentsModel::DocumentsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_catalog(catalog)
    , m_review(review)
    , m_chinese(NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese)
{
    if (m_review)
        connect(m_review, &ReviewService::documentChanged, this, &DocumentsModel::onDocumentChanged);
    reload();
}

DocumentsModel::~DocumentsModel() = default;

void DocumentsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q(m_db);
    m_total = q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
    // The first page comes with the reset (as QSqlQueryModel does), so a view shows rows at
    // once and fetchMore only runs when the reader scrolls.
    m_rows = loadPage();
    endResetModel();
}

void DocumentsModel::setChinese(bool chinese)
{
    if (chinese == m_chinese)
        return;
    m_chinese = chinese;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DocumentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void DocumentsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Row> page = loadPage();
    if (page.isEmpty()) {
        // The table shrank under us: stop asking.
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QList<DocumentsModel::Row> DocumentsModel::loadPage(const QString &where, qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, d.title, d.issuer, d.doc_number, coalesce(d.region_id, 0), "
                       "coalesce(d.published, ''), d.format, "
                       "(SELECT count(*) FROM targets t WHERE t.document_id = d.id), "
                       "d.doc_type, d.doc_status, d.user_fields "
                       "FROM documents d %1 ORDER BY d.id LIMIT ? OFFSET ?")
            .arg(where));
    if (!where.isEmpty())
        q.addBindValue(id);
    q.addBindValue(PageSize);
    q.addBindValue(where.isEmpty() ? static_cast<qint64>(m_rows.size()) : 0);
    QList<Row> page;
    if (!q.exec())
        return page;
    page.reserve(PageSize);
    while (q.next()) {
        page.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toInt(), q.value(8).toString(),
            q.value(9).toString(),
            q.value(10).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts) });
    }
    return page;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto language
        = m_chinese ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return row.title;
        case Issuer:
            return row.issuer;
        case Region:
            return m_catalog->regionLabel(row.regionId, m_chinese);
        case Date:
            return NumberFormatter::date(row.published, language);
        case Type:
            return documentTypeName(row.type);
        case Status:
            return documentStatusName(row.status);
        case Format:
            return row.format.toUpper();
        case TargetCount:
            return row.targets;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Region:
            return row.regionId > 0 ? QVariant(row.regionId) : QVariant(QString());
        case Date:
            return row.published;
        case Type:
            return row.type;
        case Status:
            return row.status;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ChoicesRole:
        return choices(index.column());
    case UserSetRole: {
        static const QStringList keys { QStringLiteral("title"), QStringLiteral("issuer"),
            QStringLiteral("region"), QStringLiteral("published"), QStringLiteral("type"),
            QStringLiteral("status") };
        return index.column() <= Status && row.userFields.contains(keys.at(index.column()));
    }
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return row.number.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.number;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TargetCount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case RegionIdRole:
        return row.regionId;
    case YearRole:
        return row.published.left(4).toInt();
    case SortRole:
        if (index.column() == Date)
            return row.published;
        if (index.column() == TargetCount)
            return row.targets;
        return data(index, Qt::DisplayRole);
    case SearchTextRole:
        return QString(row.title + QLatin1Char(' ') + row.issuer + QLatin1Char(' ') + row.number);
    default:
        break;
    }
    return {};
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Issuer:
        return tr("Issuer");
    case Region:
        return tr("Region");
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Format:
        return tr("Format");
    case TargetCount:
        return tr("Targets");
    default:
        return {};
    }
}

QVariant DocumentsModel::choices(int column) const
{
    const auto choice = [](const QVariant &value, const QString &label) {
        return QVariant(QVariantList { value, label });
    };
    QVariantList list;
    if (column == Region) {
        return m_catalog->regionChoices(m_chinese);
    } else if (column == Type) {
        for (const QString &key : documentTypeKeys())
            list << choice(key, documentTypeName(key));
    } else if (column == Status) {
        for (const QString &key : documentStatusKeys())
            list << choice(key, documentStatusName(key));
    } else {
        return {};
    }
    return list;
}

bool DocumentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_review || !(flags(index) & Qt::ItemIsEditable))
        return false;
    static const DocumentField fields[] = { DocumentField::Title, DocumentField::Issuer,
        DocumentField::Region, DocumentField::Published, DocumentField::Type,
        DocumentField::Status };
    QVariant stored = value;
    // The region editor hands over a regions.id; the review service takes codes.
    if (index.column() == Region && value.toLongLong() > 0) {
        const Catalog::Region *r = m_catalog->region(value.toLongLong());
        stored = r ? QVariant(r->code) : value;
    }
    // ReviewService signals documentChanged, which reloads the row.
    return m_review->editDocument(m_rows.at(index.row()).id, fields[index.column()], stored);
}

Qt::ItemFlags DocumentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_review
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && index.column() <= Status)
        f |= Qt::ItemIsEditable;
    return f;
}

void DocumentsModel::onDocumentChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QList<Row> fresh = loadPage(QStringLiteral("WHERE d.id = ?"), id);
    if (fresh.isEmpty())
        return;
    m_rows[row] = fresh.first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DocumentsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void DocumentsModel::refreshTargetCount(qint64 documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM targets WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (q.exec() && q.next()) {
        m_rows[row].targets = q.value(0).toInt();
        emit dataChanged(index(row, TargetCount), index(row, TargetCount));
    }
}

QString DocumentsModel::body(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString DocumentsModel::title(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title FROM documents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace policylens
