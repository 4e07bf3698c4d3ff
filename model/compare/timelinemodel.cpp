#include "compare/timelinemodel.h"

#include <QTimeZone>

namespace policylens {

TimelineModel::TimelineModel(QObject *parent)
    : CompareModel(parent, ColumnCount)
{ }

TimelineModel::~TimelineModel() = default;

void TimelineModel::clear()
{
    m_documents.clear();
    m_lane.clear();
    m_blocks.clear();
    m_first = m_last = QDate();
    m_undated = 0;
}

Result<void> TimelineModel::load(const CompareRepository &repo)
{
    const QList<DocumentDate> all = repo.documents(requestedCities(), &m_undated);
    QStringList found;
    for (const DocumentDate &d : all)
        appendOnce(found, d.regionCode);
    readCities(repo, requestedOr(found));
    const QHash<QString, int> lane = cityPositions();
    // Rows grouped by lane in the order of cities(); the query already sorts by date.
    QList<QList<DocumentDate>> byLane(cityCount());
    for (const DocumentDate &d : all) {
        if (!inYearRange(d.published.year()))
            continue;
        const auto it = lane.constFind(d.regionCode);
        if (it != lane.cend())
            byLane[it.value()] << d;
    }
    addLanes(byLane);
    return outcome(repo);
}

void TimelineModel::addLanes(const QList<QList<DocumentDate>> &byLane)
{
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
}

TimelineModel::Block TimelineModel::block(int cityIndex) const
{
    return cityIndex >= 0 && cityIndex < m_blocks.size() ? m_blocks.at(cityIndex) : Block {};
}

QVariant TimelineModel::cell(const QModelIndex &index, int role) const
{
    const DocumentDate &d = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CityColumn:
            return cityName(m_lane.at(index.row()));
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

QVariant TimelineModel::columnTitle(int section) const
{
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
