#include "compare/incentivesmodel.h"

#include <cmath>

namespace policylens {

IncentivesModel::IncentivesModel(QObject *parent)
    : CompareModel(parent)
{ }

IncentivesModel::~IncentivesModel() = default;

void IncentivesModel::clear()
{
    m_scale = ChartScale();
    m_instruments.clear();
    m_cells.clear();
    m_skipped = 0;
}

Result<void> IncentivesModel::load(const CompareRepository &repo)
{
    const QList<ComparedTarget> incentives = readIncentives(repo);
    QStringList found;
    QStringList keys;
    for (const ComparedTarget &t : incentives) {
        appendOnce(found, t.regionCode);
        appendOnce(keys, t.indicatorKey);
    }
    keys.sort();
    readCities(repo, requestedOr(found));
    for (const QString &key : std::as_const(keys))
        m_instruments << repo.indicator(key);
    m_scale = ChartScale::choose(QStringLiteral("CNY"), addUp(incentives, keys), language());
    return outcome(repo);
}

// The incentives in yuan of the requested years; the others are counted as skipped.
QList<ComparedTarget> IncentivesModel::readIncentives(const CompareRepository &repo)
{
    QList<ComparedTarget> incentives;
    for (const ComparedTarget &t :
        repo.targets(TargetKind::Incentive, indicatorKey(), requestedCities())) {
        // Undated incentives still count: most subsidy clauses name no year.
        if (t.year > 0 && !inYearRange(t.year))
            continue;
        if (t.unit != QLatin1String("CNY")) {
            ++m_skipped;
            continue;
        }
        incentives << t;
    }
    return incentives;
}

// Sums the incentives by instrument (row, in the order of keys) and city; returns the largest
// sum, which the scale is chosen for.
double IncentivesModel::addUp(const QList<ComparedTarget> &incentives, const QStringList &keys)
{
    const QHash<QString, int> col = cityPositions();
    m_cells = QList<QList<Sum>>(m_instruments.size(), QList<Sum>(cityCount()));
    double maxAbs = 0;
    for (const ComparedTarget &t : incentives) {
        const auto c = col.constFind(t.regionCode);
        if (c == col.cend())
            continue;
        Sum &sum = m_cells[keys.indexOf(t.indicatorKey)][c.value()];
        sum.total += t.value;
        ++sum.count;
        if (sum.largestId == 0 || t.value > sum.largest) {
            sum.largest = t.value;
            sum.largestId = t.id;
        }
        sum.sentences << t.sentence;
        maxAbs = std::max(maxAbs, std::abs(sum.total));
    }
    return maxAbs;
}

QVariant IncentivesModel::cell(const QModelIndex &index, int role) const
{
    const IndicatorInfo &instrument = m_instruments.at(index.row());
    if (role == InstrumentKeyRole)
        return instrument.key;
    if (index.column() == InstrumentColumn)
        return role == Qt::DisplayRole ? QVariant(instrument.name(language())) : QVariant();
    if (role == RegionCodeRole)
        return city(index.column() - FirstCityColumn).code;
    const Sum &sum = m_cells.at(index.row()).at(index.column() - FirstCityColumn);
    if (sum.count == 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_scale.scaled(sum.total);
    case BaseValueRole:
        return sum.total;
    case TargetCountRole:
        return sum.count;
    case SentenceRole:
        return sum.sentences.join(QLatin1Char('\n'));
    case TargetIdRole:
        return sum.largestId;
    case LabelRole:
        return m_scale.formatValue(sum.total);
    case ShortLabelRole:
        return m_scale.formatNumber(sum.total);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(
            m_scale.formatValue(sum.total), sum.sentences.join(QLatin1Char('\n')));
    default:
        return {};
    }
}

QVariant IncentivesModel::rowTitle(int section) const
{
    return section >= 0 && section < m_instruments.size()
        ? QVariant(m_instruments.at(section).name(language()))
        : QVariant();
}

QVariant IncentivesModel::columnTitle(int section) const
{
    if (section == InstrumentColumn)
        return tr("Instrument");
    if (section >= FirstCityColumn && section < columns())
        return cityName(section - FirstCityColumn);
    return {};
}

} // namespace policylens
