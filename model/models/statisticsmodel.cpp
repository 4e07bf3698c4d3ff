#include "models/statisticsmodel.h"

#include "extract/statisticperiod.h"
#include "format/numberformatter.h"
#include "review/reviewservice.h"
#include "store/sqlrow.h"

namespace policylens {

namespace {

// The field each column edits; Region and Period are not edited in the table.
const std::optional<StatisticField> editableFields[StatisticsModel::ColumnCount] = { std::nullopt,
    StatisticField::Indicator, StatisticField::Year, std::nullopt, StatisticField::Value,
    StatisticField::Unit, StatisticField::Source, StatisticField::Quote };

} // namespace

StatisticsModel::StatisticsModel(
    QSqlDatabase db, const Catalog *catalog, ReviewService *review, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, PageSize, parent)
    , m_catalog(catalog)
    , m_review(review)
{
    // ReviewService signals statisticChanged after an edit and its undo: re-read the row.
    if (m_review)
        connect(m_review, &ReviewService::statisticChanged, this, &StatisticsModel::refreshRow);
    reload();
}

StatisticsModel::~StatisticsModel() = default;

PageQuery StatisticsModel::pageQuery() const
{
    PageQuery page;
    page.columns = QStringLiteral("id, region_id, indicator_key, year, value, unit, source, "
                                  "period, comparator, approximate, quote, indicator_label");
    page.from = QStringLiteral("statistics");
    // All NOT NULL; the unique key's index (region_id, indicator_key, year, ...) serves it.
    page.keys = { { QStringLiteral("region_id") }, { QStringLiteral("indicator_key") },
        { QStringLiteral("year") }, { QStringLiteral("id") } };
    return page;
}

StatisticRow StatisticsModel::readRow(const QSqlQuery &query) const
{
    // Braced initialisers run left to right: the fields take the columns in SELECT order.
    SqlRow c(query);
    return { c.id(), c.id(), c.text(), c.integer(), c.real(), c.text(), c.text(), c.text(),
        c.text(), c.flag(), c.text(), c.text() };
}

QVariant StatisticsModel::displayValue(const StatisticRow &row, int column) const
{
    switch (column) {
    case Region:
        return m_catalog->regionName(row.regionId, chinese());
    case Indicator:
        return m_catalog->indicatorName(row.indicator, chinese());
    case Year:
        return row.year;
    case Period:
        return StatisticPeriod::fromKey(row.year, row.period).qualifier(chinese());
    case Value: {
        // "> 2,500亿元": a figure reported as "over 2,500" is not 2,500.
        const QString mark = NumberFormatter::comparatorSymbol(row.comparator);
        const QString amount
            = NumberFormatter::quantity(row.value, row.unit, QString(), formatLanguage());
        return mark.isEmpty() || mark == QLatin1String("=") ? amount
                                                            : mark + QLatin1Char(' ') + amount;
    }
    case Unit:
        return NumberFormatter::unitName(row.unit, formatLanguage());
    case Source:
        return row.source;
    case Quote:
        return row.quote;
    }
    return {};
}

QVariant StatisticsModel::editValue(const StatisticRow &row, int column) const
{
    switch (column) {
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
        return displayValue(row, column);
    }
}

QVariant StatisticsModel::toolTip(const StatisticRow &row, int column) const
{
    if (column == Quote && !row.quote.isEmpty())
        return row.quote;
    if (column == Indicator && !row.label.isEmpty())
        return tr("As written in the file: %1").arg(row.label);
    if (column == Period && !row.period.isEmpty())
        return tr("Part of the year: not drawn as the year's value.");
    return {};
}

QVariant StatisticsModel::indicatorChoices(const StatisticRow &row) const
{
    if (!m_catalog)
        return {};
    QVariantList choices;
    for (const Catalog::Indicator &i : m_catalog->indicators())
        choices << QVariant(QVariantList { i.key, chinese() ? i.nameZh : i.nameEn });
    if (!m_catalog->indicator(row.indicator))
        choices << QVariant(QVariantList { row.indicator, row.indicator });
    return choices;
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::TextAlignmentRole:
        if (column == Value || column == Year)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
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
    case ChoicesRole:
        return column == Indicator ? indicatorChoices(row) : QVariant();
    case SortRole:
        if (column == Value)
            return row.value;
        if (column == Year || column == Period)
            return row.year * 100 + (row.period.isEmpty() ? 99 : 0);
        return displayValue(row, column);
    default:
        return {};
    }
}

bool StatisticsModel::isEditable(int column) const
{
    return m_review && editableFields[column];
}

bool StatisticsModel::edit(int row, int column, const QVariant &value)
{
    return m_review->editStatistic(rowAt(row).id, *editableFields[column], value);
}

QVariant StatisticsModel::columnTitle(int column) const
{
    switch (column) {
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

} // namespace policylens
