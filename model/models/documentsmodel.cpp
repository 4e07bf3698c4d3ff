#include "models/documentsmodel.h"

#include "format/numberformatter.h"

#include <QSqlQuery>

namespace policylens {

DocumentsModel::DocumentsModel(QSqlDatabase db, const Catalog *catalog, QObject *parent)
    : PagedTableModel(std::move(db), PageSize,
          NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese, parent)
    , m_catalog(catalog)
{
    reload();
}

DocumentsModel::~DocumentsModel() = default;

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PageQuery DocumentsModel::pageQuery() const
{
    PageQuery page;
    page.columns = QStringLiteral(
        "d.id, d.title, d.issuer, d.doc_number, coalesce(d.region_id, 0), "
        "coalesce(d.published, ''), d.format, "
        "(SELECT count(*) FROM targets t WHERE t.document_id = d.id)");
    page.from = QStringLiteral("documents d");
    page.id = QStringLiteral("d.id");
    return page;
}

DocumentsModel::Row DocumentsModel::readRow(const QSqlQuery &q) const
{
    return { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
        q.value(6).toString(), q.value(7).toInt() };
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
            return m_catalog->regionName(row.regionId, m_chinese);
        case Date:
            return NumberFormatter::date(row.published, language);
        case Format:
            return row.format.toUpper();
        case TargetCount:
            return row.targets;
        }
        break;
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
    case Format:
        return tr("Format");
    case TargetCount:
        return tr("Targets");
    default:
        return {};
    }
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
