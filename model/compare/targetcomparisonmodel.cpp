#include "compare/targetcomparisonmodel.h"

#include <QSet>

#include <algorithm>

namespace policylens {

QString dominantUnit(const QList<ComparedTarget> &targets)
{
    QHash<QString, int> counts;
    for (const ComparedTarget &t : targets)
        ++counts[t.unit];
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

bool preferTarget(const ComparedTarget &a, const ComparedTarget &b)
{
    // A person's choice counts; otherwise a final document supersedes a draft and a newer one
    // an older (the order TargetChoices keeps), then reviewed values and confidence decide.
    if (a.chosen != b.chosen)
        return a.chosen;
    const bool finalA = a.docStatus != QLatin1String("draft");
    const bool finalB = b.docStatus != QLatin1String("draft");
    if (finalA != finalB)
        return finalA;
    if (a.published != b.published)
        return a.published > b.published;
    const auto reviewed = [](const ComparedTarget &t) {
        return isReviewedValid(t.reviewStatus);
    };
    if (reviewed(a) != reviewed(b))
        return reviewed(a);
    if (a.confidence != b.confidence)
        return a.confidence > b.confidence;
    if (a.published != b.published)
        return a.published > b.published;
    return a.id < b.id;
}

TargetComparisonModel::TargetComparisonModel(QObject *parent)
    : CompareModel(parent)
{ }

TargetComparisonModel::~TargetComparisonModel() = default;

void TargetComparisonModel::clear()
{
    m_scale = ChartScale();
    m_years.clear();
    m_targets.clear();
    m_cells.clear();
    m_others.clear();
    m_competitors.clear();
    m_unknownRegionCount = 0;
    m_excluded = 0;
    m_documentCount = 0;
}

Result<void> TargetComparisonModel::load(const CompareRepository &repo)
{
    readIndicator(repo);
    const Result<QList<ComparedTarget>> targets = readTargets(repo);
    if (!targets)
        return Failure { targets.error() };
    const QString unit = dominantUnit(*targets);
    keepUnit(*targets, unit);
    readCities(repo, cityColumns());
    summarize(unit);
    fillCells();
    return {};
}

// The dated targets in the requested years, of the requested cities and of unknown region.
Result<QList<ComparedTarget>> TargetComparisonModel::readTargets(const CompareRepository &repo) const
{
    // Targets of unknown region ('') always come along: they get a column of their own.
    QStringList requested = requestedCities();
    if (!requested.isEmpty() && !requested.contains(QString()))
        requested << QString();
    QList<ComparedTarget> all = repo.targets(TargetKind::Target, indicatorKey(), requested);
    if (Result<void> read = outcome(repo); !read)
        return Failure { read.error() };
    all.erase(std::remove_if(all.begin(), all.end(),
                  [this](const ComparedTarget &t) { return t.year == 0 || !inYearRange(t.year); }),
        all.end());
    return all;
}

// Bars share one axis, so only the targets in the unit most of them use are shown; the others
// are counted for the note under the chart.
void TargetComparisonModel::keepUnit(const QList<ComparedTarget> &targets, const QString &unit)
{
    for (const ComparedTarget &t : targets) {
        if (t.unit == unit)
            m_targets << t;
        else
            ++m_excluded;
    }
}

// The requested cities, or every city with a target; then the unknown region, last.
QStringList TargetComparisonModel::cityColumns()
{
    QStringList codes = requestedCities();
    for (const ComparedTarget &t : std::as_const(m_targets)) {
        if (requestedCities().isEmpty() && !t.regionCode.isEmpty())
            appendOnce(codes, t.regionCode);
        m_unknownRegionCount += t.regionCode.isEmpty();
    }
    codes.removeAll(QString());
    if (m_unknownRegionCount > 0)
        codes << QString(); // last, after every known place
    return codes;
}

// The years (rows), how many documents the targets come from, and one scale for all values.
void TargetComparisonModel::summarize(const QString &unit)
{
    QSet<int> years;
    QSet<qint64> documents;
    double maxAbs = 0;
    for (const ComparedTarget &t : std::as_const(m_targets)) {
        years.insert(t.year);
        documents.insert(t.documentId);
        maxAbs = std::max({ maxAbs, std::abs(t.value), std::abs(t.valueMax.value_or(0.0)) });
    }
    m_documentCount = static_cast<int>(documents.size());
    m_years = QList<int>(years.cbegin(), years.cend());
    std::sort(m_years.begin(), m_years.end());
    const QString counter = m_targets.isEmpty() ? QString() : m_targets.constFirst().counter;
    m_scale = ChartScale::choose(
        unit.isEmpty() ? indicatorInfo().unit : unit, maxAbs, language(), counter);
}

// Each cell shows the value that counts; the others stay listed for tooltip and table.
void TargetComparisonModel::fillCells()
{
    const QHash<QString, int> cityColumn = cityPositions();
    QHash<int, int> yearRow;
    for (int r = 0; r < m_years.size(); ++r)
        yearRow.insert(m_years.at(r), r);
    const auto cities = static_cast<qsizetype>(cityCount());
    m_cells = QList<QList<int>>(m_years.size(), QList<int>(cities, -1));
    m_others = QList<QList<int>>(m_years.size(), QList<int>(cities, 0));
    m_competitors = QList<QList<QList<int>>>(m_years.size(), QList<QList<int>>(cities));
    for (int i = 0; i < m_targets.size(); ++i) {
        const ComparedTarget &t = m_targets.at(i);
        const auto col = cityColumn.constFind(t.regionCode);
        if (col != cityColumn.cend())
            m_competitors[yearRow.value(t.year)][col.value()] << i;
    }
    for (int r = 0; r < m_years.size(); ++r) {
        for (int c = 0; c < cities; ++c) {
            QList<int> &list = m_competitors[r][c];
            std::stable_sort(list.begin(), list.end(),
                [this](int a, int b) { return preferTarget(m_targets.at(a), m_targets.at(b)); });
            m_cells[r][c] = list.isEmpty() ? -1 : list.first();
            m_others[r][c] = list.isEmpty() ? 0 : int(list.size()) - 1;
        }
    }
}

int TargetComparisonModel::contestedCount() const
{
    int n = 0;
    for (const auto &row : m_others)
        n += int(std::count_if(row.cbegin(), row.cend(), [](int others) { return others > 0; }));
    return n;
}

const ComparedTarget *TargetComparisonModel::valueAt(const QModelIndex &index) const
{
    if (index.column() < FirstCityColumn)
        return nullptr;
    const int slot = m_cells.at(index.row()).at(index.column() - FirstCityColumn);
    return slot < 0 ? nullptr : &m_targets.at(slot);
}

QVariant TargetComparisonModel::cell(const QModelIndex &index, int role) const
{
    const int year = m_years.at(index.row());
    if (role == YearRole)
        return year;
    if (index.column() == YearColumn)
        return role == Qt::DisplayRole ? QVariant(QString::number(year)) : QVariant();
    if (role == RegionCodeRole)
        return city(index.column() - FirstCityColumn).code;
    const ComparedTarget *t = valueAt(index);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_scale.scaled(t->value);
    case Qt::ToolTipRole:
        return toolTip(index, *t);
    case CompetitorsRole: {
        QVariantList ids;
        for (int i : m_competitors.at(index.row()).at(index.column() - FirstCityColumn))
            ids << m_targets.at(i).id;
        return ids;
    }
    case BaseValueRole:
        return t->value;
    case ComparatorRole:
        return t->comparator;
    case ComparatorMarkRole:
        return ChartScale::comparatorMark(t->comparator);
    case LabelRole:
        return m_scale.formatValue(t->value, t->comparator, t->valueMax.value_or(qQNaN()));
    case SentenceRole:
        return t->sentence;
    case TargetIdRole:
        return t->id;
    case DocumentTitleRole:
        return t->documentTitle;
    case IssuerRole:
        return t->issuer;
    case PublishedRole:
        return t->published;
    case ShortLabelRole: {
        // "*": other values compete for this place and year (listed in the tooltip).
        const bool contested = m_others.at(index.row()).at(index.column() - FirstCityColumn) > 0;
        return QString(ChartScale::comparatorMark(t->comparator) + m_scale.formatNumber(t->value)
            + (contested ? QStringLiteral("*") : QString()));
    }
    case OtherTargetsRole:
        return m_others.at(index.row()).at(index.column() - FirstCityColumn);
    default:
        return {};
    }
}

// The value that counts with its sentence; where several compete, every one with its document,
// the counting one first.
QString TargetComparisonModel::toolTip(const QModelIndex &index, const ComparedTarget &t) const
{
    const auto value = [this](const ComparedTarget &c) {
        return m_scale.formatValue(c.value, c.comparator, c.valueMax.value_or(qQNaN()));
    };
    const QList<int> &list = m_competitors.at(index.row()).at(index.column() - FirstCityColumn);
    if (list.size() <= 1)
        return QStringLiteral("%1\n%2").arg(value(t), t.sentence);
    QStringList lines { tr("%n value(s) for this place and year; the first counts:", nullptr,
        int(list.size())) };
    for (int i : list) {
        const ComparedTarget &c = m_targets.at(i);
        const QString date = c.published.isValid() ? c.published.toString(Qt::ISODate) : tr("undated");
        lines << tr("%1 — %2 (%3, %4)")
                     .arg(value(c), c.documentTitle, date,
                         c.docStatus == QLatin1String("draft") ? tr("draft") : tr("final"))
                + (c.chosen ? QLatin1Char(' ') + tr("[chosen]") : QString());
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant TargetComparisonModel::rowTitle(int section) const
{
    return section >= 0 && section < m_years.size() ? QVariant(m_years.at(section)) : QVariant();
}

QVariant TargetComparisonModel::columnTitle(int section) const
{
    if (section == YearColumn)
        return tr("Year");
    if (section >= FirstCityColumn && section < columns())
        return cityName(section - FirstCityColumn);
    return {};
}

QHash<int, QByteArray> TargetComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BaseValueRole, "baseValue");
    names.insert(ComparatorRole, "comparator");
    names.insert(ComparatorMarkRole, "comparatorMark");
    names.insert(LabelRole, "label");
    names.insert(SentenceRole, "sentence");
    names.insert(TargetIdRole, "targetId");
    names.insert(DocumentTitleRole, "documentTitle");
    names.insert(IssuerRole, "issuer");
    names.insert(PublishedRole, "published");
    names.insert(RegionCodeRole, "regionCode");
    names.insert(YearRole, "year");
    names.insert(OtherTargetsRole, "otherTargets");
    names.insert(CompetitorsRole, "competitors");
    names.insert(ShortLabelRole, "shortLabel");
    return names;
}

} // namespace policylens
