#include "models/targetsmodel.h"

#include "extract/targetreason.h"
#include "format/numberformatter.h"
#include "models/targetcolumns.h"
#include "review/reviewservice.h"
#include "review/targetrepository.h"

namespace policylens {

namespace {

// The field each column edits; the document, status and sentence are not edited in the table.
const std::optional<TargetField> editableFields[TargetsModel::ColumnCount] = { std::nullopt,
    TargetField::Region, TargetField::Indicator, TargetField::Kind, TargetField::Value,
    TargetField::Unit, TargetField::Comparator, TargetField::Year, std::nullopt, std::nullopt };

QVariant choice(const QVariant &value, const QString &label)
{
    return QVariantList { value, label };
}

// What each column sorts by in SQL. Region and year may be NULL: below every real value, as
// SQLite orders NULLs, so the keyset comparison never meets a NULL.
const char *const sortExpressions[TargetsModel::ColumnCount] = { "d.title",
    "coalesce(t.region_id, -9223372036854775807)", "t.indicator_key", "t.kind", "t.value",
    "t.unit", "t.comparator", "coalesce(t.year, -9223372036854775807)", "t.review_status",
    "t.sentence" };

} // namespace

TargetsModel::TargetsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, PageSize, parent)
    , m_catalog(catalog)
    , m_review(review)
{
    // The review service signals each edit, addition and removal (and their undo).
    if (m_review) {
        connect(m_review, &ReviewService::targetChanged, this, &TargetsModel::refreshRow);
        connect(m_review, &ReviewService::targetInserted, this, &TargetsModel::insertRowById);
        connect(m_review, &ReviewService::targetRemoved, this, &TargetsModel::removeRowById);
    }
    reload();
}

TargetsModel::~TargetsModel() = default;

QString TargetsModel::kindLabel(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Incentive:
        return tr("Incentive");
    case TargetKind::Baseline:
        return tr("Baseline");
    case TargetKind::Target:
        break;
    }
    return tr("Target");
}

QString TargetsModel::statusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Verified:
        return tr("Verified");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    case ReviewStatus::Edited:
        return tr("Edited");
    case ReviewStatus::Unreviewed:
        break;
    }
    return tr("Unreviewed");
}

QList<TargetKind> TargetsModel::kinds()
{
    return { TargetKind::Target, TargetKind::Incentive, TargetKind::Baseline };
}

QList<ReviewStatus> TargetsModel::statuses()
{
    return { ReviewStatus::Unreviewed, ReviewStatus::Verified, ReviewStatus::Edited,
        ReviewStatus::Rejected };
}

QStringList TargetsModel::comparators()
{
    return { QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("="), QStringLiteral("<="),
        QStringLiteral("<"), QStringLiteral("~"), QStringLiteral("range") };
}

QStringList TargetsModel::units()
{
    return { QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("percent"),
        QStringLiteral("percentage_point"), QStringLiteral("PFLOPS"), QStringLiteral("count"),
        QStringLiteral("times") };
}

PageQuery TargetsModel::pageQuery() const
{
    PageQuery page;
    page.columns = targetRecordColumns() + QStringLiteral(", d.title, t.reason");
    page.from = QStringLiteral("targets t JOIN documents d ON d.id = t.document_id");
    // The join is only needed when the text filter looks at titles.
    if (m_filter.text.isEmpty())
        page.countFrom = QStringLiteral("targets t");
    page.filter = QStringLiteral("1");
    m_filter.appendSql(page.filter, page.bindings);
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        page.keys << PageQuery::Key { QLatin1String(sortExpressions[m_sortColumn]), m_sortOrder };
    // Ties keep the id order whichever way the column sorts.
    page.keys << PageQuery::Key { QStringLiteral("t.id") };
    return page;
}

TargetRow TargetsModel::readRow(const QSqlQuery &query) const
{
    TargetRow row;
    row.record = TargetRepository::recordFromQuery(query);
    row.documentTitle = query.value(TargetRecordColumnCount).toString();
    row.record.reason = query.value(TargetRecordColumnCount + 1).toString();
    return row;
}

void TargetsModel::setFilter(const TargetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TargetsModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

const TargetRecord *TargetsModel::record(int row) const
{
    return row >= 0 && row < rowCount() ? &rowAt(row).record : nullptr;
}

QVariant TargetsModel::displayValue(const TargetRow &row, int column) const
{
    const TargetRecord &r = row.record;
    switch (column) {
    case Document:
        return row.documentTitle;
    case Region:
        return m_catalog->regionLabel(r.regionId.value_or(0), chinese());
    case Indicator:
        return m_catalog->indicatorName(r.indicator, chinese());
    case Kind:
        return kindLabel(r.kind);
    case Value:
        return NumberFormatter::target(r.value, r.valueMax,
            r.valueMax ? r.comparator : QStringLiteral("="), r.unit, r.counter, formatLanguage());
    case Unit:
        return NumberFormatter::unitName(r.unit, formatLanguage());
    case Comparator:
        return NumberFormatter::comparatorSymbol(r.comparator);
    case Year:
        return r.year ? QVariant(*r.year) : QVariant();
    case Status:
        return statusLabel(r.reviewStatus);
    case Sentence:
        return r.sentence;
    default:
        return {};
    }
}

QVariant TargetsModel::editValue(const TargetRow &row, int column) const
{
    const TargetRecord &r = row.record;
    switch (column) {
    case Indicator:
        return r.indicator;
    case Kind:
        return toString(r.kind); // the key edits take (see ReviewService::normalise)
    case Value:
        return r.value;
    case Unit:
        return r.unit;
    case Comparator:
        return r.comparator;
    case Year:
        return r.year ? QVariant(*r.year) : QVariant();
    case Region:
        return r.regionId ? QVariant(*r.regionId) : QVariant(QString());
    default:
        return displayValue(row, column);
    }
}

QVariant TargetsModel::sortValue(const TargetRow &row, int column) const
{
    switch (column) {
    case Value:
        return row.record.value;
    case Year:
        return row.record.year.value_or(0);
    default:
        return displayValue(row, column);
    }
}

// The roles that describe the whole target rather than one cell.
QVariant TargetsModel::recordValue(const TargetRow &row, int role) const
{
    const TargetRecord &r = row.record;
    switch (role) {
    case IdRole:
        return r.id;
    case DocumentIdRole:
        return r.documentId;
    case RegionIdRole:
        return r.regionId.value_or(0);
    case IndicatorKeyRole:
        return r.indicator;
    case KindRole:
        return QVariant::fromValue(r.kind);
    case ReasonRole:
        return r.reason.isEmpty()
            ? QString()
            : describeTargetReason(targetReasonFromJson(r.reason), toString(r.kind), r.year);
    case YearRole:
        return r.year.value_or(0);
    case StatusRole:
        return QVariant::fromValue(r.reviewStatus);
    case SentenceRole:
        return r.sentence;
    case DocumentTitleRole:
        return row.documentTitle;
    case StartRole:
        return r.start;
    case EndRole:
        return r.end;
    case QuoteStartRole:
        return r.quoteStart;
    case QuoteEndRole:
        return r.quoteEnd;
    case ValueRole:
        return r.value;
    default:
        return {};
    }
}

QVariant TargetsModel::choices(const TargetRecord &r, int column) const
{
    QVariantList list;
    switch (column) {
    case Indicator:
        for (const Catalog::Indicator &i : m_catalog->indicators())
            list << choice(i.key, chinese() ? i.nameZh : i.nameEn);
        if (!m_catalog->indicator(r.indicator))
            list << choice(r.indicator, r.indicator);
        return list;
    case Kind:
        for (const TargetKind k : kinds())
            list << choice(toString(k), kindLabel(k));
        return list;
    case Region:
        return m_catalog->regionChoices(chinese());
    case Comparator:
        for (const QString &c : comparators())
            list << choice(c, NumberFormatter::comparatorSymbol(c));
        return list;
    case Unit: {
        QStringList all = units();
        if (!all.contains(r.unit))
            all << r.unit;
        for (const QString &u : std::as_const(all))
            list << choice(u, NumberFormatter::unitName(u, formatLanguage()));
        return list;
    }
    default:
        return {};
    }
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TargetRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::ToolTipRole:
        return column == Sentence || column == Document ? displayValue(row, column) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Value || column == Year)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case ChoicesRole:
        return choices(row.record, column);
    default:
        return recordValue(row, role);
    }
}

bool TargetsModel::isEditable(int column) const
{
    return m_review && editableFields[column];
}

bool TargetsModel::edit(int row, int column, const QVariant &value)
{
    // The review service writes, pushes the undo command and signals targetChanged, which
    // re-reads the row (and emits dataChanged).
    return m_review->edit(rowAt(row).record.id, *editableFields[column], value);
}

QVariant TargetsModel::columnTitle(int column) const
{
    switch (column) {
    case Document:
        return tr("Document");
    case Region:
        return tr("Region");
    case Indicator:
        return tr("Indicator");
    case Kind:
        return tr("Kind");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Comparator:
        return tr("Comparator");
    case Year:
        return tr("Year");
    case Status:
        return tr("Review status");
    case Sentence:
        return tr("Source sentence");
    default:
        return {};
    }
}

} // namespace policylens
