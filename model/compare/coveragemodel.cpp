#include "compare/coveragemodel.h"

#include <QColor>

namespace policylens {

CoverageModel::CoverageModel(QObject *parent)
    : CompareModel(parent)
{ }

CoverageModel::~CoverageModel() = default;

void CoverageModel::clear()
{
    m_indicators.clear();
    m_counts.clear();
    m_max = 0;
}

Result<void> CoverageModel::load(const CompareRepository &repo)
{
    const Counts counts = repo.targetCounts(requestedCities());
    QStringList found;
    if (requestedCities().isEmpty()) {
        for (const RegionInfo &r : repo.regionsWithData()) {
            if (counts.contains(r.code))
                found << r.code;
        }
    }
    readCities(repo, requestedOr(found));
    readIndicators(repo, counts);
    for (const RegionInfo &city : cities()) {
        QList<int> row;
        row.reserve(m_indicators.size());
        for (const IndicatorInfo &info : std::as_const(m_indicators)) {
            const int n = counts.value(city.code).value(info.key);
            row << n;
            m_max = std::max(m_max, n);
        }
        m_counts << row;
    }
    return outcome(repo);
}

// Indicators in order of how many cities cover them: the widely shared ones first.
void CoverageModel::readIndicators(const CompareRepository &repo, const Counts &counts)
{
    QHash<QString, int> breadth;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (auto k = it.value().cbegin(); k != it.value().cend(); ++k)
            ++breadth[k.key()];
    }
    for (const IndicatorInfo &info : repo.indicatorsWithTargets()) {
        if (breadth.contains(info.key))
            m_indicators << info;
    }
    std::stable_sort(m_indicators.begin(), m_indicators.end(),
        [&breadth](const IndicatorInfo &a, const IndicatorInfo &b) {
            return breadth.value(a.key) > breadth.value(b.key);
        });
}

int CoverageModel::count(int cityRow, int indicatorColumn) const
{
    if (cityRow < 0 || cityRow >= m_counts.size() || indicatorColumn < 0
        || indicatorColumn >= m_indicators.size())
        return 0;
    return m_counts.at(cityRow).at(indicatorColumn);
}

QVariant CoverageModel::cell(const QModelIndex &index, int role) const
{
    const int n = count(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case CountRole:
        return n;
    case HeatRole:
        return m_max > 0 ? double(n) / m_max : 0.0;
    case Qt::BackgroundRole: {
        if (n == 0)
            return QColor(0xf2, 0xf2, 0xf2);
        // Light to dark blue; the faintest covered cell is still clearly not a gap.
        const double heat = m_max > 0 ? double(n) / m_max : 0.0;
        return QColor::fromHslF(0.58, 0.65, 0.85 - 0.5 * heat);
    }
    case Qt::ForegroundRole: {
        const double heat = m_max > 0 ? double(n) / m_max : 0.0;
        return heat > 0.6 ? QColor(Qt::white) : QColor(Qt::black);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case RegionCodeRole:
        return city(index.row()).code;
    case IndicatorKeyRole:
        return m_indicators.at(index.column()).key;
    default:
        return {};
    }
}

QVariant CoverageModel::columnTitle(int section) const
{
    return section >= 0 && section < m_indicators.size()
        ? QVariant(m_indicators.at(section).name(language()))
        : QVariant();
}

QVariant CoverageModel::rowTitle(int section) const
{
    return section >= 0 && section < cityCount() ? QVariant(cityName(section)) : QVariant();
}

} // namespace policylens
