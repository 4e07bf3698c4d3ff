#include "compare/comparemodel.h"

namespace policylens {

CompareModel::CompareModel(QObject *parent, int columns)
    : ReadOnlyTable(parent, columns)
{ }

CompareModel::~CompareModel() = default;

void CompareModel::setYearRange(int from, int to)
{
    m_fromYear = from;
    m_toYear = to;
}

Result<void> CompareModel::reload()
{
    beginResetModel();
    m_indicatorInfo = IndicatorInfo();
    m_cities.clear();
    clear();
    const CompareRepository repo(m_db);
    Result<void> loaded = load(repo);
    // Half a model would chart a part of the data as if it were all of it.
    if (!loaded) {
        m_cities.clear();
        clear();
    }
    endResetModel();
    return loaded;
}

Result<void> CompareModel::outcome(const CompareRepository &repo)
{
    if (repo.lastError().isEmpty())
        return {};
    return Failure { repo.lastError() };
}

void CompareModel::appendOnce(QStringList &codes, const QString &code)
{
    if (!codes.contains(code))
        codes << code;
}

bool CompareModel::inYearRange(int year) const
{
    return (m_fromYear <= 0 || year >= m_fromYear)
        && (m_toYear <= 0 || year <= m_toYear);
}

void CompareModel::readIndicator(const CompareRepository &repo)
{
    m_indicatorInfo = repo.indicator(m_indicator);
}

QStringList CompareModel::requestedOr(const QStringList &found) const
{
    return m_requestedCities.isEmpty() ? found : m_requestedCities;
}

void CompareModel::readCities(const CompareRepository &repo, const QStringList &codes)
{
    m_cities = repo.regions(codes);
}

QHash<QString, int> CompareModel::cityPositions() const
{
    QHash<QString, int> positions;
    for (int c = 0; c < m_cities.size(); ++c)
        positions.insert(m_cities.at(c).code, c);
    return positions;
}

} // namespace policylens
