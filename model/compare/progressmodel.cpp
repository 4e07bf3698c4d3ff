#include "compare/progressmodel.h"

#include "compare/targetcomparisonmodel.h"
#include "extract/statisticperiod.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace policylens {

ProgressModel::ProgressModel(QObject *parent)
    : CompareModel(parent, ColumnCount)
{ }

ProgressModel::~ProgressModel() = default;

void ProgressModel::clear()
{
    m_scale = ChartScale();
    m_rows.clear();
    m_growth.clear();
    m_sources.clear();
    m_minYear = m_maxYear = 0;
}

Result<void> ProgressModel::load(const CompareRepository &repo)
{
    readIndicator(repo);
    // Only a dated value has a place on the year axis.
    const auto onAxis = [this](int year) { return year > 0 && inYearRange(year); };
    QList<ComparedTarget> targets;
    for (const ComparedTarget &t :
        repo.targets(TargetKind::Target, indicatorKey(), requestedCities())) {
        if (onAxis(t.year))
            targets << t;
    }
    QList<StatisticRecord> stats;
    for (const StatisticRecord &s : repo.statistics(indicatorKey(), requestedCities())) {
        if (onAxis(s.year))
            stats << s;
    }
    if (Result<void> read = outcome(repo); !read)
        return read;
    // Statistics and targets must share a unit to share an axis; the targets' main unit wins
    // when both exist, since the chart is about reaching them.
    QString unit = dominantUnit(targets);
    if (unit.isEmpty() && !stats.isEmpty())
        unit = stats.constFirst().unit;

    // Without a choice, the cities in the order the data names them: statistics first.
    QStringList found;
    for (const StatisticRecord &s : std::as_const(stats))
        appendOnce(found, s.regionCode);
    for (const ComparedTarget &t : std::as_const(targets))
        appendOnce(found, t.regionCode);
    readCities(repo, requestedOr(found));

    const double maxAbs = std::max(addStatistics(stats, unit), addTargets(targets, unit));
    sortRows();
    m_scale = ChartScale::choose(
        unit, maxAbs, language(), targets.isEmpty() ? QString() : targets.constFirst().counter);
    computeGrowth();
    return {};
}

// The rows of the statistics in the chart's unit (or none); returns their largest magnitude.
double ProgressModel::addStatistics(const QList<StatisticRecord> &stats, const QString &unit)
{
    const QHash<QString, int> cityIndex = cityPositions();
    double maxAbs = 0;
    for (const StatisticRecord &s : stats) {
        if (!cityIndex.contains(s.regionCode) || !(s.unit == unit || s.unit.isEmpty()))
            continue;
        const int city = cityIndex.value(s.regionCode);
        const Series series = s.period.isEmpty() ? Statistic : PartialStatistic;
        // One value per city, year and period: the first source in source order wins.
        const bool duplicate = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
            return r.city == city && r.series == series && r.year == s.year
                && r.period == s.period;
        });
        if (duplicate)
            continue;
        // A quote shows the number where it was read; a table cell has only its source.
        m_rows << Row { series, city, s.year, s.period, s.value, s.comparator,
            s.quote.isEmpty() ? s.source : s.quote, s.source, 0 };
        if (!s.source.isEmpty())
            appendOnce(m_sources, s.source);
        maxAbs = std::max(maxAbs, std::abs(s.value));
    }
    return maxAbs;
}

// The rows of the targets in the chart's unit (or none); returns their largest magnitude.
double ProgressModel::addTargets(const QList<ComparedTarget> &targets, const QString &unit)
{
    const QHash<QString, int> cityIndex = cityPositions();
    double maxAbs = 0;
    for (const ComparedTarget &t : targets) {
        if (!cityIndex.contains(t.regionCode) || !(t.unit == unit || t.unit.isEmpty()))
            continue;
        m_rows << Row { Target, cityIndex.value(t.regionCode), t.year, QString(), t.value,
            t.comparator, t.sentence, t.documentTitle, t.id };
        maxAbs = std::max(maxAbs, std::abs(t.value));
    }
    return maxAbs;
}

// Grouped as block() finds them: by city, series, then year. Stable, so among equal keys the
// order of the sources stays.
void ProgressModel::sortRows()
{
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.city, a.series, a.year, a.period)
            < std::tie(b.city, b.series, b.year, b.period);
    });
    for (const Row &r : std::as_const(m_rows)) {
        m_minYear = m_minYear == 0 ? r.year : std::min(m_minYear, r.year);
        m_maxYear = std::max(m_maxYear, r.year);
    }
}

void ProgressModel::computeGrowth()
{
    // Compound annual rate from a to b over the years between them.
    const auto rate = [](double from, double to, int years) {
        return std::pow(to / from, 1.0 / years) - 1;
    };
    for (int c = 0; c < cityCount(); ++c) {
        Growth g;
        const Block s = block(c, Statistic);
        if (s.count > 0) {
            const Row &first = m_rows.at(s.firstRow);
            const Row &last = m_rows.at(s.firstRow + s.count - 1);
            g.firstYear = first.year;
            g.latestYear = last.year;
            if (last.year > first.year && first.value > 0 && last.value > 0)
                g.achieved = rate(first.value, last.value, last.year - first.year);
            // The next target after the latest statistic is the one still to be reached.
            const Block t = block(c, Target);
            for (int i = t.firstRow; i < t.firstRow + t.count; ++i) {
                const Row &target = m_rows.at(i);
                if (target.year > last.year && target.value > 0 && last.value > 0) {
                    g.targetYear = target.year;
                    g.required = rate(last.value, target.value, target.year - last.year);
                    break;
                }
            }
        }
        m_growth << g;
    }
}

ProgressModel::Block ProgressModel::block(int cityIndex, Series series) const
{
    Block b;
    const auto first = std::find_if(m_rows.cbegin(), m_rows.cend(),
        [&](const Row &r) { return r.city == cityIndex && r.series == series; });
    if (first == m_rows.cend())
        return b;
    b.firstRow = static_cast<int>(first - m_rows.cbegin());
    const auto end = std::find_if(first, m_rows.cend(),
        [&](const Row &r) { return r.city != cityIndex || r.series != series; });
    b.count = static_cast<int>(end - first);
    return b;
}

ProgressModel::Growth ProgressModel::growth(int cityIndex) const
{
    return cityIndex >= 0 && cityIndex < m_growth.size() ? m_growth.at(cityIndex) : Growth {};
}

QString ProgressModel::growthText(int cityIndex) const
{
    const Growth g = growth(cityIndex);
    const bool zh = language() == Language::Chinese;
    const QLocale locale(zh ? QLocale::Chinese : QLocale::English);
    const auto pct = [&locale](double v) {
        return QString(QStringLiteral("%1%2%").arg(
            v >= 0 ? QStringLiteral("+") : QString(), locale.toString(v * 100, 'f', 1)));
    };
    QStringList parts;
    // Chart text follows the chart's language, like unit names, so the wording is chosen here
    // rather than through the UI translation.
    if (!std::isnan(g.achieved))
        parts << (zh ? QStringLiteral("%1–%2年均 %3")
                           .arg(g.firstYear)
                           .arg(g.latestYear)
                           .arg(pct(g.achieved))
                     : QStringLiteral("%1–%2: %3/yr")
                           .arg(g.firstYear)
                           .arg(g.latestYear)
                           .arg(pct(g.achieved)));
    if (!std::isnan(g.required))
        parts << (zh
                ? QStringLiteral("达标需年均 %1（至%2年）").arg(pct(g.required)).arg(g.targetYear)
                : QStringLiteral("needs %1/yr to %2").arg(pct(g.required)).arg(g.targetYear));
    return parts.join(zh ? QStringLiteral("，") : QStringLiteral("; "));
}

QString ProgressModel::periodLabel(const Row &row) const
{
    return StatisticPeriod::fromKey(row.year, row.period).label(language() == Language::Chinese);
}

QVariant ProgressModel::cell(const QModelIndex &index, int role) const
{
    const Row &r = m_rows.at(index.row());
    const QString label = m_scale.formatValue(r.value, r.comparator);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CityColumn:
            return cityName(r.city);
        case SeriesColumn:
            return r.series == Statistic ? tr("Statistic")
                : r.series == Target     ? tr("Target")
                                         : tr("Statistic (part of the year)");
        case YearColumn:
            return r.year;
        case ValueColumn:
            return m_scale.scaled(r.value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2: %3\n%4")
            .arg(cityName(r.city), periodLabel(r), label, r.sentence);
    case PeriodRole:
        return r.period;
    case PeriodLabelRole:
        return periodLabel(r);
    case SourceRole:
        return r.source;
    case UnitRole:
        return m_scale.baseUnit();
    case ComparatorRole:
        return r.comparator;
    case BaseValueRole:
        return r.value;
    case SeriesRole:
        return r.series;
    case ComparatorMarkRole:
        return ChartScale::comparatorMark(r.comparator);
    case LabelRole:
        return label;
    case SentenceRole:
        return r.sentence;
    case TargetIdRole:
        return r.targetId;
    case RegionCodeRole:
        return city(r.city).code;
    case CityIndexRole:
        return r.city;
    default:
        return {};
    }
}

QVariant ProgressModel::columnTitle(int section) const
{
    switch (section) {
    case CityColumn:
        return tr("City");
    case SeriesColumn:
        return tr("Series");
    case YearColumn:
        return tr("Year");
    case ValueColumn:
        return m_scale.unitLabel().isEmpty() ? tr("Value")
                                             : tr("Value (%1)").arg(m_scale.unitLabel());
    default:
        return {};
    }
}

} // namespace policylens
