#include "models/targetsmodel.h"

#include "extract/targetreason.h"
#include "format/numberformatter.h"
#include "review/reviewservice.h"
#include "review/targetrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

namespace {

std::optional<TargetField> editableField(int column)
{
    switch (column) {
    case TargetsModel::Indicator:
        return TargetField::Indicator;
    case TargetsModel::Kind:
        return TargetField::Kind;
    case TargetsModel::Value:
        return TargetField::Value;
    case TargetsModel::Unit:
        return TargetField::Unit;
    case TargetsModel::Comparator:
        return TargetField::Comparator;
    case TargetsModel::Year:
        return TargetField::Year;
    case TargetsModel::Region:
        return TargetField::Region;
    default:
        return std::nullopt;
    }
}

QVariantList choice(const QVariant &value, const QString &label)
{
    return { value, label };
}

} // namespace

TargetsModel::TargetsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_catalog(catalog)
    , m_review(review)
    , m_chinese(NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese)
{
    if (m_review) {
        connect(m_review, &ReviewService::targetChanged, this, &TargetsModel::onTargetChanged);
        connect(m_review, &ReviewService::targetInserted, this, &TargetsModel::onTargetInserted);
        connect(m_review, &ReviewService::targetRemoved, this, &TargetsModel::onTargetRemoved);
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

QString TargetsModel::orderBy() const
{
    static const char *const columns[ColumnCount] = { "d.title", "t.region_id", "t.indicator_key",
        "t.kind", "t.value", "t.unit", "t.comparator", "t.year", "t.review_status", "t.sentence" };
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return QStringLiteral(" ORDER BY t.id");
    return QStringLiteral(" ORDER BY %1 %2, t.id")
        .arg(QLatin1String(columns[m_sortColumn]),
            m_sortOrder == Qt::AscendingOrder ? QLatin1String("ASC") : QLatin1String("DESC"));
}

QList<TargetsModel::Row> TargetsModel::query(
    const QString &extraWhere, const QVariantList &extraBindings, int limit, qint64 offset) const
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList bindings;
    m_filter.appendSql(where, bindings);
    where += extraWhere;
    bindings += extraBindings;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.id, t.document_id, t.region_id, t.indicator_key, t.kind, "
                  "t.value, t.value_max, t.unit, t.counter, t.comparator, t.year, t.approximate, "
                  "t.sentence, t.start_offset, t.end_offset, t.quote_start, t.quote_end, "
                  "t.confidence, t.review_status, t.origin, d.title, t.reason "
                  "FROM targets t JOIN documents d ON d.id = t.document_id")
        + where + orderBy() + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Row row;
        row.record = TargetRepository::recordFromQuery(q);
        row.documentTitle = q.value(20).toString();
        row.record.reason = q.value(21).toString();
        out.append(std::move(row));
    }
    return out;
}

void TargetsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString where = QStringLiteral(" WHERE 1");
    QVariantList bindings;
    m_filter.appendSql(where, bindings);
    QSqlQuery q(m_db);
    // The join is only needed when the text filter looks at titles.
    q.prepare(QStringLiteral("SELECT count(*) FROM targets t")
        + (m_filter.text.isEmpty() ? QString()
                                   : QStringLiteral(" JOIN documents d ON d.id = t.document_id"))
        + where);
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    m_total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    // The first page comes with the reset, so fetchMore only runs when the reader scrolls.
    m_rows = query({}, {}, PageSize, 0);
    endResetModel();
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

void TargetsModel::setChinese(bool chinese)
{
    if (chinese == m_chinese)
        return;
    m_chinese = chinese;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TargetsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void TargetsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<Row> page = query({}, {}, PageSize, m_rows.size());
    if (page.isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

int TargetsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).record.id == id)
            return i;
    }
    return -1;
}

const TargetRecord *TargetsModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

QVariant TargetsModel::displayValue(const Row &row, int column) const
{
    const TargetRecord &r = row.record;
    const auto language
        = m_chinese ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    switch (column) {
    case Document:
        return row.documentTitle;
    case Region:
        return m_catalog->regionLabel(r.regionId.value_or(0), m_chinese);
    case Indicator:
        return m_catalog->indicatorName(r.indicator, m_chinese);
    case Kind:
        return kindLabel(r.kind);
    case Value:
        return NumberFormatter::target(r.value, r.valueMax,
            r.valueMax ? r.comparator : QStringLiteral("="), r.unit, r.counter, language);
    case Unit:
        return NumberFormatter::unitName(r.unit, language);
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

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TargetRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::EditRole:
        switch (index.column()) {
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
            return displayValue(row, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == Sentence || index.column() == Document)
            return displayValue(row, index.column());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Year)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
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
    case SortRole:
        switch (index.column()) {
        case Value:
            return r.value;
        case Year:
            return r.year.value_or(0);
        default:
            return displayValue(row, index.column());
        }
    case ChoicesRole: {
        QVariantList choices;
        switch (index.column()) {
        case Indicator:
            for (const Catalog::Indicator &i : m_catalog->indicators())
                choices << QVariant(choice(i.key, m_chinese ? i.nameZh : i.nameEn));
            if (!m_catalog->indicator(r.indicator))
                choices << QVariant(choice(r.indicator, r.indicator));
            return choices;
        case Kind:
            for (const TargetKind k : kinds())
                choices << QVariant(choice(toString(k), kindLabel(k)));
            return choices;
        case Region:
            return m_catalog->regionChoices(m_chinese);
        case Comparator:
            for (const QString &c : comparators())
                choices << QVariant(choice(c, NumberFormatter::comparatorSymbol(c)));
            return choices;
        case Unit: {
            const auto language = m_chinese ? NumberFormatter::Language::Chinese
                                            : NumberFormatter::Language::English;
            QStringList all = units();
            if (!all.contains(r.unit))
                all << r.unit;
            for (const QString &u : std::as_const(all))
                choices << QVariant(choice(u, NumberFormatter::unitName(u, language)));
            return choices;
        }
        default:
            return {};
        }
    }
    default:
        break;
    }
    return {};
}

bool TargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_review
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = editableField(index.column());
    if (!field)
        return false;
    // The review service writes, pushes the undo command and signals targetChanged, which
    // refreshes the row (and emits dataChanged) through onTargetChanged.
    return m_review->edit(m_rows.at(index.row()).record.id, *field, value);
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_review && editableField(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

void TargetsModel::onTargetChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // Re-read without the filter: a row that no longer matches stays until the next reload,
    // and the proxy hides it, so the view does not jump under the reviewer's cursor.
    const TargetFilter saved = m_filter;
    m_filter = TargetFilter {};
    const QList<Row> fresh = query(QStringLiteral(" AND t.id = ?"), { id }, 1, 0);
    m_filter = saved;
    if (fresh.isEmpty())
        return;
    m_rows[row] = fresh.constFirst();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TargetsModel::onTargetInserted(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    const QList<Row> fresh = query(QStringLiteral(" AND t.id = ?"), { id }, 1, 0);
    if (fresh.isEmpty())
        return;
    if (m_rows.size() < m_total) {
        // Pages remain: the row arrives in sort order with them.
        ++m_total;
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(fresh.constFirst());
    ++m_total;
    endInsertRows();
}

void TargetsModel::onTargetRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    --m_total;
    endRemoveRows();
}

} // namespace policylens
