#include "compare/coveragemodel.h"

#include <QColor>

namespace policylens {

CoverageModel::CoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CoverageModel::~CoverageModel() = default;

bool CoverageModel::reload()
{
    beginResetModel();
    m_cities.clear();
    m_indicators.clear();
    m_counts.clear();
    m_max = 0;
    m_error.clear();

    const CompareRepository repo(m_db);
    const auto counts = repo.targetCounts(m_requestedCities);
    QStringList codes = m_requestedCities;
    if (codes.isEmpty()) {
        for (const RegionInfo &r : repo.regionsWithData()) {
            if (counts.contains(r.code))
                codes << r.code;
        }
    }
    m_cities = repo.regions(codes);
    // Indicators in order of how many cities cover them: the widely shared ones first.
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
    for (const RegionInfo &city : std::as_const(m_cities)) {
        QList<int> row;
        row.reserve(m_indicators.size());
        for (const IndicatorInfo &info : std::as_const(m_indicators)) {
            const int n = counts.value(city.code).value(info.key);
            row << n;
            m_max = std::max(m_max, n);
        }
        m_counts << row;
    }
    m_error = repo.lastError();
    endResetModel();
    return m_error.isEmpty();
}

int CoverageModel::count(int cityRow, int indicatorColumn) const
{
    if (cityRow < 0 || cityRow >= m_counts.size() || indicatorColumn < 0
        || indicatorColumn >= m_indicators.size())
        return 0;
    return m_counts.at(cityRow).at(indicatorColumn);
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cities.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_indicators.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
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
        return m_cities.at(index.row()).code;
    case IndicatorKeyRole:
        return m_indicators.at(index.column()).key;
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_indicators.size()
            ? QVariant(m_indicators.at(section).name(m_language))
            : QVariant();
    return section >= 0 && section < m_cities.size()
        ? QVariant(m_cities.at(section).name(m_language))
        : QVariant();
}

} // namespace policylens
