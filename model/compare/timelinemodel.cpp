#include "compare/timelinemodel.h"

#include <QTimeZone>

namespace policylens {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TimelineModel::~TimelineModel() = default;

void TimelineModel::setYearRange(int from, int to)
{
    m_fromYear = from;
    m_toYear = to;
}

bool TimelineModel::reload()
{
    beginResetModel();
    m_cities.clear();
    m_documents.clear();
    m_lane.clear();
    m_blocks.clear();
    m_first = m_last = QDate();
    m_undated = 0;
    m_error.clear();

    const CompareRepository repo(m_db);
    const QList<DocumentDate> all = repo.documents(m_requestedCities, &m_undated);
    QStringList codes = m_requestedCities;
    if (codes.isEmpty()) {
        for (const DocumentDate &d : all)
            if (!codes.contains(d.regionCode))
                codes << d.regionCode;
    }
    m_cities = repo.regions(codes);
    QHash<QString, int> lane;
    for (int c = 0; c < m_cities.size(); ++c)
        lane.insert(m_cities.at(c).code, c);
    // Rows grouped by lane in the order of m_cities; the query already sorts by date.
    QList<QList<DocumentDate>> byLane(m_cities.size());
    for (const DocumentDate &d : all) {
        const int year = d.published.year();
        if ((m_fromYear > 0 && year < m_fromYear) || (m_toYear > 0 && year > m_toYear))
            continue;
        const auto it = lane.constFind(d.regionCode);
        if (it != lane.cend())
            byLane[it.value()] << d;
    }
    for (int c = 0; c < byLane.size(); ++c) {
        m_blocks << Block { static_cast<int>(m_documents.size()),
            static_cast<int>(byLane.at(c).size()) };
        for (const DocumentDate &d : byLane.at(c)) {
            m_documents << d;
            m_lane << c;
            if (!m_first.isValid() || d.published < m_first)
                m_first = d.published;
            if (!m_last.isValid() || d.published > m_last)
                m_last = d.published;
        }
    }
    m_error = repo.lastError();
    endResetModel();
    return m_error.isEmpty();
}

TimelineModel::Block TimelineModel::block(int cityIndex) const
{
    return cityIndex >= 0 && cityIndex < m_blocks.size() ? m_blocks.at(cityIndex) : Block {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_documents.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentDate &d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CityColumn:
            return m_cities.at(m_lane.at(index.row())).name(m_language);
        case DateColumn:
            return d.published.toString(Qt::ISODate);
        case TitleColumn:
            return d.title;
        case IssuerColumn:
            return d.issuer;
        case TimeColumn:
            // UTC midnight: the same date gives the same x whatever the machine's zone.
            return double(d.published.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
        case LaneColumn:
            return double(m_lane.at(index.row()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3")
            .arg(d.published.toString(Qt::ISODate), d.issuer, d.title);
    case DocumentIdRole:
        return d.id;
    case RegionCodeRole:
        return d.regionCode;
    case PublishedRole:
        return d.published;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CityColumn:
        return tr("City");
    case DateColumn:
        return tr("Published");
    case TitleColumn:
        return tr("Title");
    case IssuerColumn:
        return tr("Issuer");
    case TimeColumn:
        return tr("Time (ms)");
    case LaneColumn:
        return tr("Lane");
    default:
        return {};
    }
}

} // namespace policylens
