#include "report/targettable.h"

#include "format/numberformatter.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

TargetTableModel::TargetTableModel(QObject *parent)
    : ReadOnlyTable(parent, ColumnCount)
{ }

TargetTableModel::~TargetTableModel() = default;

Result<void> TargetTableModel::load(
    const QSqlDatabase &db, const TargetFilter &filter, Language language)
{
    const bool zh = language == Language::Chinese;
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
    if (!q.exec()) {
        endResetModel();
        return Failure { tr("Cannot read the targets: %1").arg(q.lastError().text()) };
    }
    const auto lang = zh ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    while (q.next()) {
        Row r;
        TargetRecord &t = r.target;
        t.id = q.value(0).toLongLong();
        r.regionName = q.value(1).toString();
        t.indicator = q.value(3).toString();
        r.indicatorName = q.value(2).isNull() ? t.indicator : q.value(2).toString();
        // The schema's CHECK constraints keep kind and review state to the known words.
        t.kind = targetKindFromString(q.value(4).toString()).value_or(TargetKind::Target);
        if (!q.value(5).isNull())
            t.year = q.value(5).toInt();
        t.comparator = q.value(6).toString();
        t.value = q.value(7).toDouble();
        if (!q.value(8).isNull())
            t.valueMax = q.value(8).toDouble();
        t.unit = q.value(9).toString();
        t.counter = q.value(10).toString();
        r.asWritten
            = NumberFormatter::target(t.value, t.valueMax, t.comparator, t.unit, t.counter, lang);
        t.reviewStatus = reviewStatusFromString(q.value(11).toString())
                             .value_or(policylens::ReviewStatus::Unreviewed);
        r.document = q.value(12).toString();
        r.issuer = q.value(13).toString();
        r.published = QDate::fromString(q.value(14).toString().left(10), Qt::ISODate);
        t.sentence = q.value(15).toString();
        m_rows << r;
    }
    endResetModel();
    return {};
}

QVariant TargetTableModel::cell(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const Row &r = m_rows.at(index.row());
    const TargetRecord &t = r.target;
    switch (index.column()) {
    case Id: return t.id;
    case Region: return r.regionName;
    case Indicator: return r.indicatorName;
    case Kind: return toString(t.kind);
    case Year: return t.year.value_or(0) > 0 ? QVariant(*t.year) : QVariant();
    case Comparator: return t.comparator;
    case Value: return t.value;
    case ValueMax: return t.valueMax ? QVariant(*t.valueMax) : QVariant();
    case Unit: return t.unit;
    case AsWritten: return r.asWritten;
    case ReviewStatus: return toString(t.reviewStatus);
    case Document: return r.document;
    case Issuer: return r.issuer;
    case Published: return r.published.isValid() ? r.published.toString(Qt::ISODate) : QString();
    case Sentence: return t.sentence;
    default: return {};
    }
}

QVariant TargetTableModel::columnTitle(int section) const
{
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
