#include "report/targettable.h"

#include "format/numberformatter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TargetTableModel::~TargetTableModel() = default;

bool TargetTableModel::load(
    const QSqlDatabase &db, const TargetFilter &filter, const QString &language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList bindings;
    filter.appendSql(where, bindings);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, %1, %2, t.indicator_key, t.kind, t.year, t.comparator, t.value,"
        " t.value_max, t.unit, t.counter, t.review_status, d.title, d.issuer, d.published,"
        " t.sentence FROM targets t JOIN documents d ON d.id = t.document_id"
        " LEFT JOIN regions r ON r.id = t.region_id"
        " LEFT JOIN indicators i ON i.key = t.indicator_key")
                  .arg(zh ? QStringLiteral("r.name_zh") : QStringLiteral("r.name_en"),
                      zh ? QStringLiteral("i.name_zh") : QStringLiteral("i.name_en"))
        + where + QStringLiteral(" ORDER BY t.document_id, t.start_offset, t.id"));
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (!q.exec()) {
        m_error = tr("Cannot read the targets: %1").arg(q.lastError().text());
        endResetModel();
        return false;
    }
    const auto lang = zh ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.region = q.value(1).toString();
        r.indicator = q.value(2).isNull() ? q.value(3).toString() : q.value(2).toString();
        r.kind = q.value(4).toString();
        r.year = q.value(5).toInt();
        r.comparator = q.value(6).toString();
        r.value = q.value(7).toDouble();
        r.valueMax = q.value(8).isNull() ? QVariant() : QVariant(q.value(8).toDouble());
        r.unit = q.value(9).toString();
        const std::optional<double> max
            = r.valueMax.isValid() ? std::optional<double>(r.valueMax.toDouble()) : std::nullopt;
        r.asWritten = NumberFormatter::target(r.value, max, r.comparator, r.unit,
            q.value(10).toString(), lang);
        r.status = q.value(11).toString();
        r.document = q.value(12).toString();
        r.issuer = q.value(13).toString();
        r.published = QDate::fromString(q.value(14).toString().left(10), Qt::ISODate);
        r.sentence = q.value(15).toString();
        m_rows << r;
    }
    endResetModel();
    return true;
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Id: return r.id;
    case Region: return r.region;
    case Indicator: return r.indicator;
    case Kind: return r.kind;
    case Year: return r.year > 0 ? QVariant(r.year) : QVariant();
    case Comparator: return r.comparator;
    case Value: return r.value;
    case ValueMax: return r.valueMax;
    case Unit: return r.unit;
    case AsWritten: return r.asWritten;
    case ReviewStatus: return r.status;
    case Document: return r.document;
    case Issuer: return r.issuer;
    case Published: return r.published.isValid() ? r.published.toString(Qt::ISODate) : QString();
    case Sentence: return r.sentence;
    default: return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Region: return tr("Region");
    case Indicator: return tr("Indicator");
    case Kind: return tr("Kind");
    case Year: return tr("Year");
    case Comparator: return tr("Comparator");
    case Value: return tr("Value (base unit)");
    case ValueMax: return tr("Upper value");
    case Unit: return tr("Base unit");
    case AsWritten: return tr("Value as read");
    case ReviewStatus: return tr("Review state");
    case Document: return tr("Document");
    case Issuer: return tr("Issuer");
    case Published: return tr("Published");
    case Sentence: return tr("Sentence");
    default: return {};
    }
}

} // namespace policylens
