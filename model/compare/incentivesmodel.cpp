#include "compare/incentivesmodel.h"

#include <cmath>

namespace policylens {

IncentivesModel::IncentivesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

IncentivesModel::~IncentivesModel() = default;

void IncentivesModel::setYearRange(int from, int to)
{
    m_fromYear = from;
    m_toYear = to;
}

bool IncentivesModel::reload()
{
    beginResetModel();
    m_cities.clear();
    m_instruments.clear();
    m_cells.clear();
    m_skipped = 0;
    m_error.clear();

    const CompareRepository repo(m_db);
    QList<ComparedTarget> incentives;
    for (const ComparedTarget &t :
        repo.targets(TargetKind::Incentive, m_instrument, m_requestedCities)) {
        // Undated incentives still count: most subsidy clauses name no year.
        if (t.year > 0
            && ((m_fromYear > 0 && t.year < m_fromYear) || (m_toYear > 0 && t.year > m_toYear)))
            continue;
        if (t.unit != QLatin1String("CNY")) {
            ++m_skipped;
            continue;
        }
        incentives << t;
    }
    QStringList codes = m_requestedCities;
    QStringList keys;
    for (const ComparedTarget &t : std::as_const(incentives)) {
        if (m_requestedCities.isEmpty() && !codes.contains(t.regionCode))
            codes << t.regionCode;
        if (!keys.contains(t.indicatorKey))
            keys << t.indicatorKey;
    }
    keys.sort();
    m_cities = repo.regions(codes);
    for (const QString &key : std::as_const(keys))
        m_instruments << repo.indicator(key);

    QHash<QString, int> col;
    for (int c = 0; c < m_cities.size(); ++c)
        col.insert(m_cities.at(c).code, c);
    m_cells = QList<QList<Cell>>(m_instruments.size(), QList<Cell>(m_cities.size()));
    double maxAbs = 0;
    for (const ComparedTarget &t : std::as_const(incentives)) {
        const auto c = col.constFind(t.regionCode);
        if (c == col.cend())
            continue;
        Cell &cell = m_cells[keys.indexOf(t.indicatorKey)][c.value()];
        cell.sum += t.value;
        ++cell.count;
        if (cell.largestId == 0 || t.value > cell.largest) {
            cell.largest = t.value;
            cell.largestId = t.id;
        }
        cell.sentences << t.sentence;
        maxAbs = std::max(maxAbs, std::abs(cell.sum));
    }
    m_scale = ChartScale::choose(QStringLiteral("CNY"), maxAbs, m_language);
    m_error = repo.lastError();
    endResetModel();
    return m_error.isEmpty();
}

int IncentivesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_instruments.size());
}

int IncentivesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCityColumn + static_cast<int>(m_cities.size());
}

QVariant IncentivesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorInfo &instrument = m_instruments.at(index.row());
    if (role == InstrumentKeyRole)
        return instrument.key;
    if (index.column() == InstrumentColumn)
        return role == Qt::DisplayRole ? QVariant(instrument.name(m_language)) : QVariant();
    if (role == RegionCodeRole)
        return m_cities.at(index.column() - FirstCityColumn).code;
    const Cell &cell = m_cells.at(index.row()).at(index.column() - FirstCityColumn);
    if (cell.count == 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_scale.scaled(cell.sum);
    case BaseValueRole:
        return cell.sum;
    case TargetCountRole:
        return cell.count;
    case SentenceRole:
        return cell.sentences.join(QLatin1Char('\n'));
    case TargetIdRole:
        return cell.largestId;
    case LabelRole:
        return m_scale.formatValue(cell.sum);
    case ShortLabelRole:
        return m_scale.formatNumber(cell.sum);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(
            m_scale.formatValue(cell.sum), cell.sentences.join(QLatin1Char('\n')));
    default:
        return {};
    }
}

QVariant IncentivesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_instruments.size()
            ? QVariant(m_instruments.at(section).name(m_language))
            : QVariant();
    if (section == InstrumentColumn)
        return tr("Instrument");
    if (section >= FirstCityColumn && section < columnCount())
        return m_cities.at(section - FirstCityColumn).name(m_language);
    return {};
}

} // namespace policylens
