#include "compare/progressmodel.h"

#include "compare/targetcomparisonmodel.h"
#include "extract/statisticperiod.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace policylens {

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProgressModel::~ProgressModel() = default;

void ProgressModel::setYearRange(int from, int to)
{
    m_fromYear = from;
    m_toYear = to;
}

bool ProgressModel::reload()
{
    beginResetModel();
    m_cities.clear();
    m_rows.clear();
    m_growth.clear();
    m_sources.clear();
    m_minYear = m_maxYear = 0;
    m_error.clear();

    const CompareRepository repo(m_db);
    m_indicatorInfo = repo.indicator(m_indicator);
    const auto inRange = [this](int year) {
        return year > 0 && (m_fromYear <= 0 || year >= m_fromYear)
            && (m_toYear <= 0 || year <= m_toYear);
    };
    QList<ComparedTarget> targets;
    for (const ComparedTarget &t :
        repo.targets(TargetKind::Target, m_indicator, m_requestedCities)) {
        if (inRange(t.year))
            targets << t;
    }
    QList<StatisticRecord> stats;
    for (const StatisticRecord &s : repo.statistics(m_indicator, m_requestedCities)) {
        if (inRange(s.year))
            stats << s;
    }
    if (!repo.lastError().isEmpty()) {
        m_error = repo.lastError();
        endResetModel();
        return false;
    }
    // Statistics and targets must share a unit to share an axis; the targets' main unit wins
    // when both exist, since the chart is about reaching them.
    QString unit = dominantUnit(targets);
    if (unit.isEmpty() && !stats.isEmpty())
        unit = stats.constFirst().unit;
    const auto sameUnit = [&unit](const QString &u) { return u == unit || u.isEmpty(); };

    QStringList codes = m_requestedCities;
    if (codes.isEmpty()) {
        for (const StatisticRecord &s : std::as_const(stats))
            if (!codes.contains(s.regionCode))
                codes << s.regionCode;
        for (const ComparedTarget &t : std::as_const(targets))
            if (!codes.contains(t.regionCode))
                codes << t.regionCode;
    }
    m_cities = repo.regions(codes);
    QHash<QString, int> cityIndex;
    for (int c = 0; c < m_cities.size(); ++c)
        cityIndex.insert(m_cities.at(c).code, c);

    double maxAbs = 0;
    for (const StatisticRecord &s : std::as_const(stats)) {
        if (!cityIndex.contains(s.regionCode) || !sameUnit(s.unit))
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
        m_rows << Row { city, series, s.year, s.value, s.comparator,
            s.quote.isEmpty() ? s.source : s.quote, 0, s.period, s.source };
        if (!s.source.isEmpty() && !m_sources.contains(s.source))
            m_sources << s.source;
        maxAbs = std::max(maxAbs, std::abs(s.value));
    }
    for (const ComparedTarget &t : std::as_const(targets)) {
        if (!cityIndex.contains(t.regionCode) || !sameUnit(t.unit))
            continue;
        m_rows << Row { cityIndex.value(t.regionCode), Target, t.year, t.value, t.comparator,
            t.sentence, t.id, QString(), t.documentTitle };
        maxAbs = std::max(maxAbs, std::abs(t.value));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.city, a.series, a.year, a.period)
            < std::tie(b.city, b.series, b.year, b.period);
    });
    for (const Row &r : std::as_const(m_rows)) {
        m_minYear = m_minYear == 0 ? r.year : std::min(m_minYear, r.year);
        m_maxYear = std::max(m_maxYear, r.year);
    }
    m_scale = ChartScale::choose(
        unit, maxAbs, m_language, targets.isEmpty() ? QString() : targets.constFirst().counter);

    for (int c = 0; c < m_cities.size(); ++c) {
        Growth g;
        const Block s = block(c, Statistic);
        if (s.count > 0) {
            const Row &first = m_rows.at(s.firstRow);
            const Row &last = m_rows.at(s.firstRow + s.count - 1);
            g.firstYear = first.year;
            g.latestYear = last.year;
            if (last.year > first.year && first.value > 0 && last.value > 0)
                g.achieved = std::pow(last.value / first.value, 1.0 / (last.year - first.year)) - 1;
            const Block t = block(c, Target);
            for (int i = t.firstRow; i < t.firstRow + t.count; ++i) {
                const Row &target = m_rows.at(i);
                if (target.year > last.year && target.value > 0 && last.value > 0) {
                    g.targetYear = target.year;
                    g.required
                        = std::pow(target.value / last.value, 1.0 / (target.year - last.year)) - 1;
                    break;
                }
            }
        }
        m_growth << g;
    }
    endResetModel();
    return true;
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
    const bool zh = ChartScale::isChineseLanguage(m_language);
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
    return StatisticPeriod::fromKey(row.year, row.period)
        .label(ChartScale::isChineseLanguage(m_language));
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QString label = m_scale.formatValue(r.value, r.comparator);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CityColumn:
            return m_cities.at(r.city).name(m_language);
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
            .arg(m_cities.at(r.city).name(m_language), periodLabel(r), label, r.sentence);
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
        return m_cities.at(r.city).code;
    case CityIndexRole:
        return r.city;
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
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
