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
    : QAbstractTableModel(parent)
{ }

TargetComparisonModel::~TargetComparisonModel() = default;

void TargetComparisonModel::setYearRange(int from, int to)
{
    m_fromYear = from;
    m_toYear = to;
}

bool TargetComparisonModel::reload()
{
    beginResetModel();
    m_cities.clear();
    m_years.clear();
    m_cells.clear();
    m_others.clear();
    m_competitors.clear();
    m_targets.clear();
    m_excluded = 0;
    m_documentCount = 0;
    m_error.clear();

    const CompareRepository repo(m_db);
    m_indicatorInfo = repo.indicator(m_indicator);
    // Targets of unknown region ('') always come along: they get a column of their own.
    QStringList requested = m_requestedCities;
    if (!requested.isEmpty() && !requested.contains(QString()))
        requested << QString();
    QList<ComparedTarget> all
        = repo.targets(TargetKind::Target, m_indicator, requested);
    if (!repo.lastError().isEmpty()) {
        m_error = repo.lastError();
        endResetModel();
        return false;
    }
    all.erase(std::remove_if(all.begin(), all.end(),
                  [this](const ComparedTarget &t) {
                      return t.year == 0 || (m_fromYear > 0 && t.year < m_fromYear)
                          || (m_toYear > 0 && t.year > m_toYear);
                  }),
        all.end());
    const QString unit = dominantUnit(all);
    for (const ComparedTarget &t : std::as_const(all)) {
        if (t.unit == unit)
            m_targets << t;
        else
            ++m_excluded;
    }

    QStringList codes = m_requestedCities;
    m_unknownRegionCount = 0;
    for (const ComparedTarget &t : std::as_const(m_targets)) {
        if (m_requestedCities.isEmpty() && !t.regionCode.isEmpty() && !codes.contains(t.regionCode))
            codes << t.regionCode;
        m_unknownRegionCount += t.regionCode.isEmpty();
    }
    codes.removeAll(QString());
    if (m_unknownRegionCount > 0)
        codes << QString(); // last, after every known place
    m_cities = repo.regions(codes);

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
        unit.isEmpty() ? m_indicatorInfo.unit : unit, maxAbs, m_language, counter);

    QHash<QString, int> cityColumn;
    for (int c = 0; c < m_cities.size(); ++c)
        cityColumn.insert(m_cities.at(c).code, c);
    QHash<int, int> yearRow;
    for (int r = 0; r < m_years.size(); ++r)
        yearRow.insert(m_years.at(r), r);
    m_cells = QList<QList<int>>(m_years.size(), QList<int>(m_cities.size(), -1));
    m_others = QList<QList<int>>(m_years.size(), QList<int>(m_cities.size(), 0));
    m_competitors = QList<QList<QList<int>>>(m_years.size(), QList<QList<int>>(m_cities.size()));
    for (int i = 0; i < m_targets.size(); ++i) {
        const ComparedTarget &t = m_targets.at(i);
        const auto col = cityColumn.constFind(t.regionCode);
        if (col == cityColumn.cend())
            continue;
        m_competitors[yearRow.value(t.year)][col.value()] << i;
    }
    // Each cell shows the value that counts; the others stay listed for tooltip and table.
    for (int r = 0; r < m_years.size(); ++r) {
        for (int c = 0; c < m_cities.size(); ++c) {
            QList<int> &list = m_competitors[r][c];
            std::stable_sort(list.begin(), list.end(),
                [this](int a, int b) { return preferTarget(m_targets.at(a), m_targets.at(b)); });
            m_cells[r][c] = list.isEmpty() ? -1 : list.first();
            m_others[r][c] = list.isEmpty() ? 0 : int(list.size()) - 1;
        }
    }
    endResetModel();
    return true;
}

int TargetComparisonModel::contestedCount() const
{
    int n = 0;
    for (const auto &row : m_others)
        n += int(std::count_if(row.cbegin(), row.cend(), [](int others) { return others > 0; }));
    return n;
}

int TargetComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

int TargetComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCityColumn + static_cast<int>(m_cities.size());
}

const ComparedTarget *TargetComparisonModel::cell(const QModelIndex &index) const
{
    if (index.column() < FirstCityColumn)
        return nullptr;
    const int slot = m_cells.at(index.row()).at(index.column() - FirstCityColumn);
    return slot < 0 ? nullptr : &m_targets.at(slot);
}

QVariant TargetComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int year = m_years.at(index.row());
    if (role == YearRole)
        return year;
    if (index.column() == YearColumn)
        return role == Qt::DisplayRole ? QVariant(QString::number(year)) : QVariant();
    if (role == RegionCodeRole)
        return m_cities.at(index.column() - FirstCityColumn).code;
    const ComparedTarget *t = cell(index);
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

QVariant TargetComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_years.size() ? QVariant(m_years.at(section))
                                                        : QVariant();
    if (section == YearColumn)
        return tr("Year");
    if (section >= FirstCityColumn && section < columnCount())
        return m_cities.at(section - FirstCityColumn).name(m_language);
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
