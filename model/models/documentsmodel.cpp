#include "models/documentsmodel.h"

#include "format/numberformatter.h"
#include "review/documentfield.h"
#include "review/reviewservice.h"
#include "store/sqlrow.h"

namespace policylens {

DocumentsModel::DocumentsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, PageSize, parent)
    , m_catalog(catalog)
    , m_review(review)
{
    // ReviewService signals documentChanged after an edit and its undo: re-read the row.
    if (m_review)
        connect(m_review, &ReviewService::documentChanged, this, &DocumentsModel::refreshRow);
    reload();
}

DocumentsModel::~DocumentsModel() = default;

PageQuery DocumentsModel::pageQuery() const
{
    PageQuery page;
    page.columns = QStringLiteral(
        "d.id, d.title, d.issuer, d.doc_number, coalesce(d.region_id, 0), "
        "coalesce(d.published, ''), d.format, "
        "(SELECT count(*) FROM targets t WHERE t.document_id = d.id), "
        "d.doc_type, d.doc_status, d.user_fields");
    page.from = QStringLiteral("documents d");
    page.keys = { { QStringLiteral("d.id") } };
    return page;
}

DocumentRow DocumentsModel::readRow(const QSqlQuery &query) const
{
    // Braced initialisers run left to right: the fields take the columns in SELECT order.
    SqlRow c(query);
    return { c.id(), c.text(), c.text(), c.text(), c.id(), c.text(), c.text(), c.integer(),
        c.text(), c.text(), c.list() };
}

QVariant DocumentsModel::displayValue(const DocumentRow &row, int column) const
{
    switch (column) {
    case Title:
        return row.title;
    case Issuer:
        return row.issuer;
    case Region:
        return m_catalog->regionLabel(row.regionId, chinese());
    case Date:
        return NumberFormatter::date(row.published, formatLanguage());
    case Type:
        return documentTypeName(row.type);
    case Status:
        return documentStatusName(row.status);
    case Format:
        return row.format.toUpper();
    case TargetCount:
        return row.targets;
    }
    return {};
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRow &row = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
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

QVariant DocumentsModel::columnTitle(int column) const
{
    switch (column) {
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
        return m_catalog->regionChoices(chinese());
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

bool DocumentsModel::isEditable(int column) const
{
    return m_review && column <= Status;
}

bool DocumentsModel::edit(int row, int column, const QVariant &value)
{
    static const DocumentField fields[] = { DocumentField::Title, DocumentField::Issuer,
        DocumentField::Region, DocumentField::Published, DocumentField::Type,
        DocumentField::Status };
    QVariant stored = value;
    // The region editor hands over a regions.id; the review service takes codes.
    if (column == Region && value.toLongLong() > 0) {
        const Catalog::Region *r = m_catalog->region(value.toLongLong());
        stored = r ? QVariant(r->code) : value;
    }
    return m_review->editDocument(rowAt(row).id, fields[column], stored);
}

void DocumentsModel::refreshTargetCount(qint64 documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM targets WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (q.exec() && q.next()) {
        rowAt(row).targets = q.value(0).toInt();
        emit dataChanged(index(row, TargetCount), index(row, TargetCount));
    }
}

QString DocumentsModel::body(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString DocumentsModel::title(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT title FROM documents WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace policylens
