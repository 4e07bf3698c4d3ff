#include "compare/chartdatamodel.h"

#include "compare/incentivesmodel.h"
#include "compare/progressmodel.h"
#include "compare/targetcomparisonmodel.h"

#include <QDate>

#include <functional>

namespace policylens {

namespace {

// "Title (issuer, 2023-05-01)": enough to find the document again.
QString documentSource(const QString &title, const QString &issuer, const QDate &published)
{
    QStringList details;
    if (!issuer.isEmpty())
        details << issuer;
    if (published.isValid())
        details << published.toString(Qt::ISODate);
    return details.isEmpty() ? title
                             : QStringLiteral("%1 (%2)").arg(title, details.join(QStringLiteral(", ")));
}

// Every city cell with a value of a model whose columns from firstCityColumn on are cities.
void forEachCityValue(const QAbstractItemModel &model, int firstCityColumn,
    const std::function<void(const QModelIndex &)> &take)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = firstCityColumn; c < model.columnCount(); ++c) {
            const QModelIndex idx = model.index(r, c);
            if (model.data(idx).isValid())
                take(idx);
        }
    }
}

} // namespace

// The roles under which a chart model gives what every exported value has; each model numbers
// its roles itself.
struct ChartDataModel::ValueRoles
{
    int regionCode;
    int label;
    int baseValue;
    int sentence;
};

ChartDataModel::ChartDataModel(QObject *parent)
    : ReadOnlyTable(parent, ColumnCount)
{ }

ChartDataModel::~ChartDataModel() = default;

// The parts of a row every chart fills alike: the value as drawn and in base units, its
// region, label and sentence.
ChartDataModel::Row ChartDataModel::valueRow(const QModelIndex &idx, const ChartScale &scale,
    const ValueRoles &roles)
{
    const QAbstractItemModel &model = *idx.model();
    Row row;
    row.regionCode = model.data(idx, roles.regionCode).toString();
    row.value = model.data(idx).toDouble();
    row.unit = scale.unitLabel();
    row.label = model.data(idx, roles.label).toString();
    row.baseValue = model.data(idx, roles.baseValue).toDouble();
    row.baseUnit = scale.baseUnit();
    row.sentence = model.data(idx, roles.sentence).toString();
    return row;
}

void ChartDataModel::loadComparison(const TargetComparisonModel &model)
{
    using M = TargetComparisonModel;
    beginResetModel();
    m_rows.clear();
    const ValueRoles roles { M::RegionCodeRole, M::LabelRole, M::BaseValueRole, M::SentenceRole };
    forEachCityValue(model, M::FirstCityColumn, [&](const QModelIndex &idx) {
        const auto role = [&](int rl) { return model.data(idx, rl); };
        Row row = valueRow(idx, model.scale(), roles);
        row.city = model.headerData(idx.column(), Qt::Horizontal).toString();
        row.indicator = model.indicatorName();
        row.series = tr("Target");
        row.year = role(M::YearRole).toInt();
        row.comparator = role(M::ComparatorMarkRole).toString();
        row.source = documentSource(role(M::DocumentTitleRole).toString(),
            role(M::IssuerRole).toString(), role(M::PublishedRole).toDate());
        m_rows << row;
    });
    endResetModel();
}

void ChartDataModel::loadProgress(const ProgressModel &model)
{
    using M = ProgressModel;
    beginResetModel();
    m_rows.clear();
    const ValueRoles roles { M::RegionCodeRole, M::LabelRole, M::BaseValueRole, M::SentenceRole };
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex idx = model.index(r, M::ValueColumn);
        const auto role = [&](int rl) { return model.data(idx, rl); };
        Row row = valueRow(idx, model.scale(), roles);
        row.city = model.data(model.index(r, M::CityColumn)).toString();
        row.indicator = model.indicatorName();
        row.series = model.data(model.index(r, M::SeriesColumn)).toString();
        row.year = model.data(model.index(r, M::YearColumn)).toInt();
        if (!role(M::PeriodRole).toString().isEmpty())
            row.period = role(M::PeriodLabelRole).toString();
        row.comparator = role(M::ComparatorMarkRole).toString();
        row.source = role(M::SourceRole).toString();
        m_rows << row;
    }
    endResetModel();
}

void ChartDataModel::loadIncentives(const IncentivesModel &model)
{
    using M = IncentivesModel;
    beginResetModel();
    m_rows.clear();
    const ValueRoles roles { M::RegionCodeRole, M::LabelRole, M::BaseValueRole, M::SentenceRole };
    forEachCityValue(model, M::FirstCityColumn, [&](const QModelIndex &idx) {
        Row row = valueRow(idx, model.scale(), roles);
        row.city = model.headerData(idx.column(), Qt::Horizontal).toString();
        row.indicator = model.data(model.index(idx.row(), M::InstrumentColumn)).toString();
        row.series = tr("Sum of %n incentive(s)", nullptr, model.data(idx, M::TargetCountRole).toInt());
        m_rows << row;
    });
    endResetModel();
}

QVariant ChartDataModel::cell(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case City: return r.city;
    case RegionCode: return r.regionCode;
    case Indicator: return r.indicator;
    case Series: return r.series;
    case Year: return r.year > 0 ? QVariant(r.year) : QVariant();
    case Period: return r.period;
    case Comparator: return r.comparator;
    case Value: return r.value;
    case Unit: return r.unit;
    case Label: return r.label;
    case BaseValue: return r.baseValue;
    case BaseUnit: return r.baseUnit;
    case Source: return r.source;
    case Sentence: return r.sentence;
    default: return {};
    }
}

QVariant ChartDataModel::columnTitle(int section) const
{
    switch (section) {
    case City: return tr("City");
    case RegionCode: return tr("Region code");
    case Indicator: return tr("Indicator");
    case Series: return tr("Series");
    case Year: return tr("Year");
    case Period: return tr("Period");
    case Comparator: return tr("Comparator");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Label: return tr("As shown");
    case BaseValue: return tr("Value in base unit");
    case BaseUnit: return tr("Base unit");
    case Source: return tr("Source");
    case Sentence: return tr("Sentence or quote");
    default: return {};
    }
}

} // namespace policylens
