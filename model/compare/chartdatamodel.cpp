#include "compare/chartdatamodel.h"

#include "compare/incentivesmodel.h"
#include "compare/progressmodel.h"
#include "compare/targetcomparisonmodel.h"

#include <QDate>

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

} // namespace

ChartDataModel::ChartDataModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ChartDataModel::~ChartDataModel() = default;

void ChartDataModel::loadComparison(const TargetComparisonModel &model)
{
    beginResetModel();
    m_rows.clear();
    const ChartScale &scale = model.scale();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = TargetComparisonModel::FirstCityColumn; c < model.columnCount(); ++c) {
            const QModelIndex idx = model.index(r, c);
            if (!model.data(idx).isValid())
                continue;
            const auto role = [&](int rl) { return model.data(idx, rl); };
            Row row;
            row.city = model.headerData(c, Qt::Horizontal).toString();
            row.regionCode = role(TargetComparisonModel::RegionCodeRole).toString();
            row.indicator = model.indicatorName();
            row.series = tr("Target");
            row.year = role(TargetComparisonModel::YearRole).toInt();
            row.comparator = role(TargetComparisonModel::ComparatorMarkRole).toString();
            row.value = model.data(idx).toDouble();
            row.unit = scale.unitLabel();
            row.label = role(TargetComparisonModel::LabelRole).toString();
            row.baseValue = role(TargetComparisonModel::BaseValueRole).toDouble();
            row.baseUnit = scale.baseUnit();
            row.source = documentSource(role(TargetComparisonModel::DocumentTitleRole).toString(),
                role(TargetComparisonModel::IssuerRole).toString(),
                role(TargetComparisonModel::PublishedRole).toDate());
            row.sentence = role(TargetComparisonModel::SentenceRole).toString();
            m_rows << row;
        }
    }
    endResetModel();
}

void ChartDataModel::loadProgress(const ProgressModel &model)
{
    beginResetModel();
    m_rows.clear();
    const ChartScale &scale = model.scale();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex idx = model.index(r, ProgressModel::ValueColumn);
        const auto role = [&](int rl) { return model.data(idx, rl); };
        Row row;
        row.city = model.data(model.index(r, ProgressModel::CityColumn)).toString();
        row.regionCode = role(ProgressModel::RegionCodeRole).toString();
        row.indicator = model.indicatorName();
        row.series = model.data(model.index(r, ProgressModel::SeriesColumn)).toString();
        row.year = model.data(model.index(r, ProgressModel::YearColumn)).toInt();
        if (!role(ProgressModel::PeriodRole).toString().isEmpty())
            row.period = role(ProgressModel::PeriodLabelRole).toString();
        row.comparator = role(ProgressModel::ComparatorMarkRole).toString();
        row.value = model.data(idx).toDouble();
        row.unit = scale.unitLabel();
        row.label = role(ProgressModel::LabelRole).toString();
        row.baseValue = role(ProgressModel::BaseValueRole).toDouble();
        row.baseUnit = scale.baseUnit();
        row.source = role(ProgressModel::SourceRole).toString();
        row.sentence = role(ProgressModel::SentenceRole).toString();
        m_rows << row;
    }
    endResetModel();
}

void ChartDataModel::loadIncentives(const IncentivesModel &model)
{
    beginResetModel();
    m_rows.clear();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = IncentivesModel::FirstCityColumn; c < model.columnCount(); ++c) {
            const QModelIndex idx = model.index(r, c);
            if (!model.data(idx).isValid())
                continue;
            const auto role = [&](int rl) { return model.data(idx, rl); };
            Row row;
            row.city = model.headerData(c, Qt::Horizontal).toString();
            row.regionCode = role(IncentivesModel::RegionCodeRole).toString();
            row.indicator = model.data(model.index(r, IncentivesModel::InstrumentColumn)).toString();
            row.series = tr("Sum of %n incentive(s)", nullptr,
                role(IncentivesModel::TargetCountRole).toInt());
            row.value = model.data(idx).toDouble();
            row.unit = model.scale().unitLabel();
            row.label = role(IncentivesModel::LabelRole).toString();
            row.baseValue = role(IncentivesModel::BaseValueRole).toDouble();
            row.baseUnit = model.scale().baseUnit();
            row.sentence = role(IncentivesModel::SentenceRole).toString();
            m_rows << row;
        }
    }
    endResetModel();
}

int ChartDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
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
