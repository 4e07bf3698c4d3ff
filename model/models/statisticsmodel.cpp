#include "models/statisticsmodel.h"

#include "extract/statisticperiod.h"
#include "format/numberformatter.h"
#include "review/reviewservice.h"

#include <QSqlQuery>

namespace policylens {

namespace {

std::optional<StatisticField> editableField(int column)
{
    switch (column) {
    case StatisticsModel::Indicator:
        return StatisticField::Indicator;
    case StatisticsModel::Quote:
        return StatisticField::Quote;
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
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_catalog(catalog)
    , m_review(review)
    , m_chinese(NumberFormatter::currentLanguage() == NumberFormatter::Language::Chinese)
{
    if (m_review)
        connect(
            m_review, &ReviewService::statisticChanged, this, &StatisticsModel::onStatisticChanged);
    reload();
}

StatisticsModel::~StatisticsModel() = default;

QList<StatisticsModel::Row> StatisticsModel::query(
    const QString &where, const QVariantList &bindings, int limit, qint64 offset) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, region_id, indicator_key, year, value, unit, source, "
                             "period, comparator, approximate, quote, indicator_label "
                             "FROM statistics")
        + where + QStringLiteral(" ORDER BY region_id, indicator_key, year, id LIMIT ? OFFSET ?"));
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Row> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toDouble(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toBool(), q.value(10).toString(), q.value(11).toString() });
    }
    return out;
}

void StatisticsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QSqlQuery q(m_db);
    m_total = q.exec(QStringLiteral("SELECT count(*) FROM statistics")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
    // The first page comes with the reset (as QSqlQueryModel does), so a view shows rows at
    // once and fetchMore only runs when the reader scrolls.
    m_rows = query({}, {}, PageSize, 0);
    endResetModel();
}

void StatisticsModel::setChinese(bool chinese)
{
    if (chinese == m_chinese)
        return;
    m_chinese = chinese;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool StatisticsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void StatisticsModel::fetchMore(const QModelIndex &parent)
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
        case Period:
            return StatisticPeriod::fromKey(row.year, row.period).qualifier(m_chinese);
        case Value: {
            // "> 2,500亿元": a figure reported as "over 2,500" is not 2,500.
            const QString mark = NumberFormatter::comparatorSymbol(row.comparator);
            const QString amount = NumberFormatter::quantity(row.value, row.unit, QString(), language);
            return mark.isEmpty() || mark == QLatin1String("=") ? amount
                                                                : mark + QLatin1Char(' ') + amount;
        }
        case Unit:
            return NumberFormatter::unitName(row.unit, language);
        case Source:
            return row.source;
        case Quote:
            return row.quote;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Quote && !row.quote.isEmpty())
            return row.quote;
        if (index.column() == Indicator && !row.label.isEmpty())
            return tr("As written in the file: %1").arg(row.label);
        if (index.column() == Period && !row.period.isEmpty())
            return tr("Part of the year: not drawn as the year's value.");
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
        case Indicator:
            return row.indicator;
        case Quote:
            return row.quote;
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
    case PeriodRole:
        return row.period;
    case ComparatorRole:
        return row.comparator;
    case ChoicesRole: {
        if (index.column() != Indicator || !m_catalog)
            return {};
        QVariantList choices;
        for (const Catalog::Indicator &i : m_catalog->indicators())
            choices << QVariant(QVariantList { i.key, m_chinese ? i.nameZh : i.nameEn });
        if (!m_catalog->indicator(row.indicator))
            choices << QVariant(QVariantList { row.indicator, row.indicator });
        return choices;
    }
    case SortRole:
        if (index.column() == Value)
            return row.value;
        if (index.column() == Year || index.column() == Period)
            return row.year * 100 + (row.period.isEmpty() ? 99 : 0);
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
    case Period:
        return tr("Period");
    case Value:
        return tr("Value");
    case Unit:
        return tr("Unit");
    case Source:
        return tr("Source");
    case Quote:
        return tr("Quote");
    default:
        return {};
    }
}

void StatisticsModel::onStatisticChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QList<Row> fresh = query(QStringLiteral(" WHERE id = ?"), { id }, 1, 0);
    if (fresh.isEmpty())
        return;
    m_rows[row] = fresh.constFirst();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace policylens
