#include "charts/chartbuilder.h"
#include "charts/chartbuilderdetail.h"

#include "charts/chartoverlay.h"
#include "charts/chartstyle.h"
#include "coding/instrumentmatrixmodel.h"
#include "compare/chartdatamodel.h"
#include "compare/coveragemodel.h"
#include "compare/incentivesmodel.h"
#include "compare/progressmodel.h"
#include "compare/targetcomparisonmodel.h"
#include "compare/timelinemodel.h"
#include "instruments/instrumentchart.h"
#include "extract/statisticperiod.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QUrl>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

namespace policylens {

namespace chartdetail {


// A unit of one or two characters (个, 家, %) is written upright above the axis by the
// overlay; longer ones (亿元, billion yuan) are the axis title, along the axis.
QValueAxis *valueAxis(double maxValue, const QString &title, ChartOverlay *overlay)
{
    auto *axis = new QValueAxis;
    // Head-room above the tallest bar for its label.
    axis->setRange(0, maxValue > 0 ? maxValue * 1.18 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(maxValue >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (title.size() <= 2 && overlay) {
        overlay->setAxisUnit(title);
    } else {
        axis->setTitleText(title);
    }
    return axis;
}

inline constexpr char kNoLegend[] = "policylensNoLegend";

void hideLegendMarkers(QChart *chart, QAbstractSeries *series)
{
    series->setProperty(kNoLegend, true);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace chartdetail

using chartdetail::hideLegendMarkers;
using chartdetail::kNoLegend;
using chartdetail::kBarWidth;
using chartdetail::valueAxis;

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Compare:
        return QStringLiteral("compare");
    case ChartKind::Progress:
        return QStringLiteral("progress");
    case ChartKind::Coverage:
        return QStringLiteral("coverage");
    case ChartKind::Timeline:
        return QStringLiteral("timeline");
    case ChartKind::Incentives:
        return QStringLiteral("incentives");
    case ChartKind::Instruments:
        return QStringLiteral("instruments");
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (ChartKind kind : allChartKinds()) {
        if (chartKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QList<ChartKind> allChartKinds()
{
    return { ChartKind::Compare, ChartKind::Progress, ChartKind::Coverage, ChartKind::Timeline,
        ChartKind::Incentives, ChartKind::Instruments };
}

ChartBuilder::ChartBuilder(QObject *parent)
    : QObject(parent)
    , m_compare(new TargetComparisonModel(this))
    , m_progress(new ProgressModel(this))
    , m_coverage(new CoverageModel(this))
    , m_timeline(new TimelineModel(this))
    , m_incentives(new IncentivesModel(this))
    , m_instruments(new InstrumentSharesModel(this))
    , m_data(new ChartDataModel(this))
{ }

ChartBuilder::~ChartBuilder() = default;

Result<void> ChartBuilder::reload()
{
    const ChartRequest &r = m_request;
    CompareModel *model = nullptr;
    switch (r.kind) {
    case ChartKind::Compare:
        model = m_compare;
        break;
    case ChartKind::Progress:
        model = m_progress;
        break;
    case ChartKind::Coverage:
        model = m_coverage;
        break;
    case ChartKind::Timeline:
        model = m_timeline;
        break;
    case ChartKind::Incentives:
        model = m_incentives;
        break;
    case ChartKind::Instruments:
        return reloadInstruments();
    }
    // Every compare model takes the whole request; each ignores what does not apply to it.
    model->setDatabase(m_db);
    model->setIndicator(r.indicator);
    model->setCities(r.cities);
    model->setYearRange(r.fromYear, r.toYear);
    model->setLanguage(r.language);
    if (Result<void> loaded = model->reload(); !loaded)
        return loaded;
    if (r.kind == ChartKind::Compare)
        m_data->loadComparison(*m_compare);
    else if (r.kind == ChartKind::Progress)
        m_data->loadProgress(*m_progress);
    else if (r.kind == ChartKind::Incentives)
        m_data->loadIncentives(*m_incentives);
    return {};
}

QAbstractItemModel *ChartBuilder::dataModel() const
{
    switch (m_request.kind) {
    case ChartKind::Compare:
    case ChartKind::Progress:
        return m_data;
    case ChartKind::Coverage:
        return m_coverage;
    case ChartKind::Timeline:
        return m_timeline;
    case ChartKind::Incentives:
        return m_data;
    case ChartKind::Instruments:
        return m_instruments;
    }
    return nullptr;
}

QAbstractItemModel *ChartBuilder::chartModel() const
{
    switch (m_request.kind) {
    case ChartKind::Compare:
        return m_compare;
    case ChartKind::Progress:
        return m_progress;
    case ChartKind::Coverage:
        return m_coverage;
    case ChartKind::Timeline:
        return m_timeline;
    case ChartKind::Incentives:
        return m_incentives;
    case ChartKind::Instruments:
        return m_instruments;
    }
    return nullptr;
}

bool ChartBuilder::dataHasRowHeaders() const
{
    return m_request.kind == ChartKind::Coverage || m_request.kind == ChartKind::Instruments;
}

bool ChartBuilder::isEmpty() const
{
    const QAbstractItemModel *model = chartModel();
    return !model || model->rowCount() == 0 || model->columnCount() == 0;
}

QString ChartBuilder::title() const
{
    switch (m_request.kind) {
    case ChartKind::Compare:
        return tr("%1: targets by city").arg(m_compare->indicatorName());
    case ChartKind::Progress:
        return tr("%1: progress towards the targets").arg(m_progress->indicatorName());
    case ChartKind::Coverage:
        return tr("Targets set by each city, per indicator");
    case ChartKind::Timeline:
        return tr("Policy documents by publication date");
    case ChartKind::Incentives:
        return tr("Funding and subsidies by city and instrument");
    case ChartKind::Instruments:
        return tr("Policy instruments: supply, environment and demand shares by region");
    }
    return {};
}

// Web addresses shortened to their sites, at most four named: the footnote says where the
// numbers come from; the full addresses are in the chart's data file and the report.
QString ChartBuilder::sourceSummary(const QStringList &sources)
{
    QStringList names;
    for (const QString &source : sources) {
        const QUrl url(source.trimmed());
        QString name = url.isValid() && !url.host().isEmpty() ? url.host() : source.trimmed();
        if (name.startsWith(QLatin1String("www.")))
            name.remove(0, 4);
        if (!names.contains(name))
            names << name;
    }
    constexpr int kNamed = 4;
    if (names.size() <= kNamed)
        return names.join(QStringLiteral("; "));
    return tr("%1 and %n more", nullptr, int(names.size()) - kNamed)
        .arg(names.mid(0, kNamed).join(QStringLiteral("; ")));
}

QString ChartBuilder::sourceNote() const
{
    switch (m_request.kind) {
    case ChartKind::Compare: {
        QString note = tr("Source: %n policy document(s) in the workspace. ≥ at least, ~ about; "
                          "rejected targets left out.",
            nullptr, m_compare->documentCount());
        if (m_compare->excludedCount() > 0)
            note += QLatin1Char(' ')
                + tr("%n target(s) in other units not shown.", nullptr, m_compare->excludedCount());
        if (m_compare->contestedCount() > 0)
            note += QLatin1Char(' ')
                + tr("* several values for that place and year: the one that counts is drawn "
                     "(a final document over a draft, a newer over an older, unless you chose); "
                     "hover to see them all.");
        if (m_compare->unknownRegionCount() > 0)
            note += QLatin1Char(' ')
                + tr("“Region unknown”: %n target(s) from documents without a region; set it "
                     "under Documents › Edit details.",
                    nullptr, m_compare->unknownRegionCount());
        return note;
    }
    case ChartKind::Progress: {
        const QStringList sources = m_progress->statisticSources();
        return tr("Lines: statistics (%1). Stars: targets from policy documents. Circles: "
                  "statistics for part of a year.")
            .arg(sources.isEmpty() ? tr("none") : sourceSummary(sources));
    }
    case ChartKind::Coverage:
        return tr("Number of targets each city set for each indicator; grey cells: none.");
    case ChartKind::Timeline: {
        QString note = tr("Source: publication dates of the policy documents in the workspace.");
        if (m_timeline->undatedCount() > 0)
            note += QLatin1Char(' ')
                + tr("%n document(s) without a date not shown.", nullptr,
                    m_timeline->undatedCount());
        return note;
    }
    case ChartKind::Incentives: {
        QString note = tr("Sum of the funding and subsidy amounts stated in the policy documents.");
        if (m_incentives->skippedCount() > 0)
            note += QLatin1Char(' ')
                + tr("%n incentive(s) not in yuan not shown.", nullptr,
                    m_incentives->skippedCount());
        return note;
    }
    case ChartKind::Instruments:
        return tr("Share of each side among the coded sentences of a region's documents; "
                  "rejected codings left out.");
    }
    return {};
}

// A legend along the bottom shares one row among its entries and cuts the longest ones
// ("Guangdong" and "Guangzhou" both became "Gua…"). When the names would not fit a typical
// chart width, the legend goes to the right, one name a line, nothing cut.
void ChartBuilder::placeLegend(QChart *chart)
{
    constexpr qreal kRowWidth = 760; // a chart of 1000 px less its margins
    constexpr qreal kMarkerWidth = 34; // the colour box and the spacing around it
    const QFontMetricsF metrics(chart->legend()->font());
    qreal width = 0;
    // Markers are not "visible" before the chart is shown; the ones left out of the legend
    // are known by their series' mark.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (!marker->series()->property(kNoLegend).toBool())
            width += metrics.horizontalAdvance(marker->label()) + kMarkerWidth;
    }
    chart->legend()->setAlignment(width > kRowWidth ? Qt::AlignRight : Qt::AlignBottom);
}

QChart *ChartBuilder::createChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title());
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *overlay = new ChartOverlay(chart);
    switch (m_request.kind) {
    case ChartKind::Compare:
        buildCompare(chart, overlay);
        break;
    case ChartKind::Progress:
        buildProgress(chart, overlay);
        break;
    case ChartKind::Coverage:
        buildCoverage(chart, overlay);
        break;
    case ChartKind::Timeline:
        buildTimeline(chart, overlay);
        break;
    case ChartKind::Incentives:
        buildIncentives(chart, overlay);
        break;
    case ChartKind::Instruments:
        buildInstrumentShareChart(chart, m_instruments);
        break;
    }
    ChartStyle::apply(chart);
    placeLegend(chart);
    QString note = sourceNote();
    if (isEmpty())
        note = tr("No data for this selection.") + QLatin1Char(' ') + note;
    if (m_request.kind == ChartKind::Progress) {
        QStringList lines;
        for (int c = 0; c < m_progress->cityCount(); ++c) {
            const QString growth = m_progress->growthText(c);
            if (!growth.isEmpty())
                lines << QStringLiteral("%1: %2").arg(
                    m_progress->cities().at(c).name(m_request.language), growth);
        }
        lines << note;
        note = lines.join(QLatin1Char('\n'));
    }
    overlay->setNote(note);
    return chart;
}

void ChartBuilder::buildBars(QChart *chart, ChartOverlay *overlay, QAbstractItemModel *model,
    int firstSetColumn, int labelRole, int idRole, const QString &axisTitle)
{
    auto *series = new QBarSeries;
    series->setBarWidth(kBarWidth);
    const int sets = model->columnCount() - firstSetColumn;
    const int rows = model->rowCount();
    if (sets > 0 && rows > 0) {
        auto *mapper = new QVBarModelMapper(series);
        mapper->setFirstBarSetColumn(firstSetColumn);
        mapper->setLastBarSetColumn(model->columnCount() - 1);
        mapper->setFirstRow(0);
        mapper->setRowCount(rows);
        mapper->setSeries(series);
        mapper->setModel(model);
    }
    chart->addSeries(series);

    QStringList categories;
    double maxValue = 0;
    for (int r = 0; r < rows; ++r) {
        categories << model->data(model->index(r, 0)).toString();
        for (int c = firstSetColumn; c < model->columnCount(); ++c)
            maxValue = std::max(maxValue, model->data(model->index(r, c)).toDouble());
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    QValueAxis *yAxis = valueAxis(maxValue, axisTitle, overlay);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);

    const QList<QBarSet *> barSets = series->barSets();
    for (int j = 0; j < barSets.size(); ++j) {
        barSets.at(j)->setColor(ChartStyle::seriesColor(j));
        barSets.at(j)->setBorderColor(ChartStyle::seriesColor(j).darker(115));
    }
    // Value labels carry the comparator (≥ 3,000); with too many bars they would collide.
    // (A label is wider than a bar once more than about six cities share a year.)
    if (sets > 0 && sets <= 6 && rows * sets <= 36) {
        for (int r = 0; r < rows; ++r) {
            for (int j = 0; j < sets; ++j) {
                const QModelIndex idx = model->index(r, firstSetColumn + j);
                const QString label = model->data(idx, labelRole).toString();
                if (label.isEmpty())
                    continue;
                const qreal x = r - kBarWidth / 2 + kBarWidth * (j + 0.5) / sets;
                overlay->addLabel(label, QPointF(x, model->data(idx).toDouble()), series);
            }
        }
    }
    connect(series, &QBarSeries::hovered, this,
        [this, model, series, firstSetColumn](bool status, int index, QBarSet *set) {
            const int column = firstSetColumn + int(series->barSets().indexOf(set));
            const QModelIndex idx = model->index(index, column);
            emit hovered(status ? model->data(idx, Qt::ToolTipRole).toString() : QString(), status);
        });
    connect(series, &QBarSeries::clicked, this,
        [this, model, series, firstSetColumn, idRole](int index, QBarSet *set) {
            const int column = firstSetColumn + int(series->barSets().indexOf(set));
            const qint64 id = model->data(model->index(index, column), idRole).toLongLong();
            if (id > 0)
                emit targetActivated(id);
        });
}

void ChartBuilder::buildCompare(QChart *chart, ChartOverlay *overlay)
{
    // The bar label is the comparator and the number; the unit sits once on the axis.
    buildBars(chart, overlay, m_compare, TargetComparisonModel::FirstCityColumn,
        TargetComparisonModel::ShortLabelRole, TargetComparisonModel::TargetIdRole,
        m_compare->scale().unitLabel());
}

void ChartBuilder::buildIncentives(QChart *chart, ChartOverlay *overlay)
{
    buildBars(chart, overlay, m_incentives, IncentivesModel::FirstCityColumn,
        IncentivesModel::ShortLabelRole, IncentivesModel::TargetIdRole,
        m_incentives->scale().unitLabel());
}

// Values for part of a year (2025 H1, as of October) as hollow circles off the yearly line,
// each labelled with its period, so nobody reads a half year as the year's result.
} // namespace policylens
