#include "models/statisticsmodel.h"

#include "format/numberformatter.h"
#include "review/reviewservice.h"

#include <QSqlQuery>

namespace policylens {

namespace {

std::optional<StatisticField> editableField(int column)
{
    switch (column) {
    case StatisticsModel::Year:
        return StatisticField::Year;
    case StatisticsModel::Value:
        return StatisticField::Value;
    case StatisticsModel::Unit:
        return StatisticField::Unit;
    case StatisticsModel::Source:
        return StatisticField::Source;
    default:
        return std::nullopt;
    }
}

} // namespace

StatisticsModel::StatisticsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : PagedTableModel(std::move(db), PageSize,
          NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese, parent)
    , m_catalog(catalog)
    , m_review(review)
{
    if (m_review)
        connect(
            m_review, &ReviewService::statisticChanged, this, &StatisticsModel::onStatisticChanged);
    reload();
}

StatisticsModel::~StatisticsModel() = default;

PageQuery StatisticsModel::pageQuery() const
{
    PageQuery page;
    page.columns = QStringLiteral("id, region_id, indicator_key, year, value, unit, source");
    page.from = QStringLiteral("statistics");
    // All NOT NULL in the schema, so they serve as keyset keys as they are.
    page.sortKeys
        = { QStringLiteral("region_id"), QStringLiteral("indicator_key"), QStringLiteral("year") };
    page.id = QStringLiteral("id");
    return page;
}

StatisticsModel::Row StatisticsModel::readRow(const QSqlQuery &q) const
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
        q.value(3).toInt(), q.value(4).toDouble(), q.value(5).toString(), q.value(6).toString() };
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int StatisticsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto language
        = m_chinese ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Region:
            return m_catalog->regionName(row.regionId, m_chinese);
        case Indicator:
            return m_catalog->indicatorName(row.indicator, m_chinese);
        case Year:
            return row.year;
        case Value:
            return NumberFormatter::quantity(row.value, row.unit, QString(), language);
        case Unit:
            return NumberFormatter::unitName(row.unit, language);
        case Source:
            return row.source;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Year:
            return row.year;
        case Value:
            return row.value;
        case Unit:
            return row.unit;
        case Source:
            return row.source;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Year)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case RegionIdRole:
        return row.regionId;
    case IndicatorKeyRole:
        return row.indicator;
    case YearRole:
        return row.year;
    case SortRole:
        if (index.column() == Value)
            return row.value;
        if (index.column() == Year)
            return row.year;
        return data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

bool StatisticsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_review
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = editableField(index.column());
    if (!field)
        return false;
    return m_review->editStatistic(m_rows.at(index.row()).id, *field, value);
}

Qt::ItemFlags StatisticsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_review && editableField(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Indicator:
        return tr("Indicator");
    case Year:
        return tr("Year");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void StatisticsModel::onStatisticChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const std::optional<Row> fresh = readOne(QStringLiteral(" AND id = ?"), { id });
    if (!fresh)
        return;
    m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace policylens
