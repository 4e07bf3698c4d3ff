#include "charts/chartbuilder.h"

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

namespace {

constexpr qreal kBarWidth = 0.8;

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

constexpr char kNoLegend[] = "policylensNoLegend";

void hideLegendMarkers(QChart *chart, QAbstractSeries *series)
{
    series->setProperty(kNoLegend, true);
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

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

bool ChartBuilder::reload()
{
    const ChartRequest &r = m_request;
    bool ok = false;
    switch (r.kind) {
    case ChartKind::Compare:
        m_compare->setDatabase(m_db);
        m_compare->setIndicator(r.indicator);
        m_compare->setCities(r.cities);
        m_compare->setYearRange(r.fromYear, r.toYear);
        m_compare->setLanguage(r.language);
        ok = m_compare->reload();
        m_error = m_compare->lastError();
        break;
    case ChartKind::Progress:
        m_progress->setDatabase(m_db);
        m_progress->setIndicator(r.indicator);
        m_progress->setCities(r.cities);
        m_progress->setYearRange(r.fromYear, r.toYear);
        m_progress->setLanguage(r.language);
        ok = m_progress->reload();
        m_error = m_progress->lastError();
        break;
    case ChartKind::Coverage:
        m_coverage->setDatabase(m_db);
        m_coverage->setCities(r.cities);
        m_coverage->setLanguage(r.language);
        ok = m_coverage->reload();
        m_error = m_coverage->lastError();
        break;
    case ChartKind::Timeline:
        m_timeline->setDatabase(m_db);
        m_timeline->setCities(r.cities);
        m_timeline->setYearRange(r.fromYear, r.toYear);
        m_timeline->setLanguage(r.language);
        ok = m_timeline->reload();
        m_error = m_timeline->lastError();
        break;
    case ChartKind::Incentives:
        m_incentives->setDatabase(m_db);
        m_incentives->setCities(r.cities);
        m_incentives->setInstrument(r.indicator);
        m_incentives->setYearRange(r.fromYear, r.toYear);
        m_incentives->setLanguage(r.language);
        ok = m_incentives->reload();
        m_error = m_incentives->lastError();
        break;
    case ChartKind::Instruments:
        ok = reloadInstruments();
        break;
    }
    if (ok && r.kind == ChartKind::Compare)
        m_data->loadComparison(*m_compare);
    else if (ok && r.kind == ChartKind::Progress)
        m_data->loadProgress(*m_progress);
    else if (ok && r.kind == ChartKind::Incentives)
        m_data->loadIncentives(*m_incentives);
    return ok;
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
void ChartBuilder::addPartialYears(QChart *chart, ChartOverlay *overlay, int city,
    const QColor &color, const std::function<void(QAbstractSeries *)> &attach)
{
    ProgressModel *model = m_progress;
    const ProgressModel::Block partial = model->block(city, ProgressModel::PartialStatistic);
    if (partial.count == 0)
        return;
    auto *points = new QScatterSeries;
    points->setName(tr("%1 (part of the year)").arg(model->cities().at(city).name(m_request.language)));
    points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    points->setMarkerSize(11);
    points->setColor(Qt::white);
    points->setBorderColor(color);
    points->setPen(QPen(color, 2));
    for (int r = partial.firstRow; r < partial.firstRow + partial.count; ++r)
        points->append(model->data(model->index(r, ProgressModel::YearColumn)).toDouble(),
            model->data(model->index(r, ProgressModel::ValueColumn)).toDouble());
    attach(points);
    hideLegendMarkers(chart, points);
    const bool labelled = model->rowCount() <= 120;
    for (int r = partial.firstRow; labelled && r < partial.firstRow + partial.count; ++r) {
        const QModelIndex idx = model->index(r, ProgressModel::ValueColumn);
        const QString period = StatisticPeriod::fromKey(
            model->data(model->index(r, ProgressModel::YearColumn)).toInt(),
            model->data(idx, ProgressModel::PeriodRole).toString())
                                   .qualifier(ChartScale::isChineseLanguage(m_request.language));
        overlay->addLabel(period + QLatin1Char(' ')
                + model->data(idx, ProgressModel::ComparatorMarkRole).toString()
                + model->scale().formatNumber(model->data(idx, ProgressModel::BaseValueRole).toDouble()),
            points->at(r - partial.firstRow), points, ChartOverlay::Placement::Right);
    }
    connect(points, &QScatterSeries::hovered, this,
        [this, model, partial](const QPointF &p, bool on) {
            QString text;
            for (int r = partial.firstRow; on && r < partial.firstRow + partial.count; ++r) {
                if (model->data(model->index(r, ProgressModel::YearColumn)).toInt() == qRound(p.x()))
                    text = model->data(model->index(r, 0), Qt::ToolTipRole).toString();
            }
            emit hovered(text, on);
        });
}

void ChartBuilder::buildProgress(QChart *chart, ChartOverlay *overlay)
{
    ProgressModel *model = m_progress;
    auto *xAxis = new QValueAxis;
    const int minYear = model->minYear() > 0 ? model->minYear() : 2020;
    const int maxYear = model->maxYear() > 0 ? model->maxYear() : 2025;
    xAxis->setRange(minYear - 0.5, maxYear + 0.5);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(minYear);
    xAxis->setTickInterval(maxYear - minYear > 12 ? 2 : 1);
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTitleText(tr("Year"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    double maxValue = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        maxValue = std::max(
            maxValue, model->data(model->index(r, ProgressModel::ValueColumn)).toDouble());
    QValueAxis *yAxis = valueAxis(maxValue, model->scale().unitLabel(), overlay);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    const auto rowAt = [model](int city, ProgressModel::Series kind, const QPointF &p) {
        const ProgressModel::Block b = model->block(city, kind);
        for (int r = b.firstRow; r < b.firstRow + b.count; ++r) {
            if (model->data(model->index(r, ProgressModel::YearColumn)).toInt() == qRound(p.x()))
                return r;
        }
        return -1;
    };
    for (int c = 0; c < model->cityCount(); ++c) {
        const QColor color = ChartStyle::seriesColor(c);
        const QString name = model->cities().at(c).name(m_request.language);
        const ProgressModel::Block stats = model->block(c, ProgressModel::Statistic);
        const ProgressModel::Block targets = model->block(c, ProgressModel::Target);
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(QPen(color, 2.5));
        line->setPointsVisible(true);
        if (stats.count > 0) {
            auto *mapper = new QVXYModelMapper(line);
            mapper->setXColumn(ProgressModel::YearColumn);
            mapper->setYColumn(ProgressModel::ValueColumn);
            mapper->setFirstRow(stats.firstRow);
            mapper->setRowCount(stats.count);
            mapper->setSeries(line);
            mapper->setModel(model);
        }
        attach(line);
        connect(
            line, &QLineSeries::hovered, this, [this, model, c, rowAt](const QPointF &p, bool on) {
                const int r = rowAt(c, ProgressModel::Statistic, p);
                emit hovered(on && r >= 0
                        ? model->data(model->index(r, 0), Qt::ToolTipRole).toString()
                        : QString(),
                    on);
            });
        addPartialYears(chart, overlay, c, color, attach);
        if (targets.count == 0)
            continue;
        // The path still to go: from the latest statistic to the first later target.
        if (stats.count > 0) {
            const int last = stats.firstRow + stats.count - 1;
            const QPointF from(
                model->data(model->index(last, ProgressModel::YearColumn)).toDouble(),
                model->data(model->index(last, ProgressModel::ValueColumn)).toDouble());
            for (int r = targets.firstRow; r < targets.firstRow + targets.count; ++r) {
                const QPointF to(model->data(model->index(r, ProgressModel::YearColumn)).toDouble(),
                    model->data(model->index(r, ProgressModel::ValueColumn)).toDouble());
                if (to.x() <= from.x())
                    continue;
                auto *path = new QLineSeries;
                path->setPen(QPen(color, 1.5, Qt::DashLine));
                path->append(from);
                path->append(to);
                attach(path);
                hideLegendMarkers(chart, path);
                break;
            }
        }
        auto *markers = new QScatterSeries;
        markers->setName(name);
        markers->setMarkerShape(QScatterSeries::MarkerShapeStar);
        markers->setMarkerSize(16);
        markers->setColor(color);
        markers->setBorderColor(color.darker(130));
        auto *mapper = new QVXYModelMapper(markers);
        mapper->setXColumn(ProgressModel::YearColumn);
        mapper->setYColumn(ProgressModel::ValueColumn);
        mapper->setFirstRow(targets.firstRow);
        mapper->setRowCount(targets.count);
        mapper->setSeries(markers);
        mapper->setModel(model);
        attach(markers);
        hideLegendMarkers(chart, markers);
        // Labels help with a handful of targets; with hundreds they would bury the lines.
        const bool labelled = model->rowCount() <= 120;
        for (int r = targets.firstRow; labelled && r < targets.firstRow + targets.count; ++r) {
            const QModelIndex idx = model->index(r, ProgressModel::ValueColumn);
            const QString label = model->data(idx, ProgressModel::ComparatorMarkRole).toString()
                + model->scale().formatNumber(
                    model->data(idx, ProgressModel::BaseValueRole).toDouble());
            overlay->addLabel(label,
                QPointF(model->data(model->index(r, ProgressModel::YearColumn)).toDouble(),
                    model->data(idx).toDouble()),
                markers, ChartOverlay::Placement::Right);
        }
        connect(markers, &QScatterSeries::hovered, this,
            [this, model, c, rowAt](const QPointF &p, bool on) {
                const int r = rowAt(c, ProgressModel::Target, p);
                emit hovered(on && r >= 0
                        ? model->data(model->index(r, 0), Qt::ToolTipRole).toString()
                        : QString(),
                    on);
            });
        connect(markers, &QScatterSeries::clicked, this, [this, model, c, rowAt](const QPointF &p) {
            const int r = rowAt(c, ProgressModel::Target, p);
            if (r >= 0)
                emit targetActivated(
                    model->data(model->index(r, 0), ProgressModel::TargetIdRole).toLongLong());
        });
    }
}

void ChartBuilder::buildCoverage(QChart *chart, ChartOverlay *overlay)
{
    // Transposed on screen: indicators down the side (their names are long), cities across.
    CoverageModel *model = m_coverage;
    const int cities = model->rowCount();
    const int indicators = model->columnCount();
    auto *anchor = new QScatterSeries; // invisible; gives the axes a domain
    anchor->setMarkerSize(1);
    anchor->setColor(Qt::transparent);
    anchor->setBorderColor(Qt::transparent);
    for (int c = 0; c < cities; ++c)
        for (int i = 0; i < indicators; ++i)
            anchor->append(c, i);
    chart->addSeries(anchor);
    chart->legend()->setVisible(false);

    auto *xAxis = new QCategoryAxis;
    auto *yAxis = new QCategoryAxis;
    xAxis->setStartValue(-0.5);
    yAxis->setStartValue(-0.5);
    for (int c = 0; c < cities; ++c)
        xAxis->append(model->headerData(c, Qt::Vertical).toString(), c + 0.5);
    for (int i = 0; i < indicators; ++i)
        yAxis->append(model->headerData(i, Qt::Horizontal).toString(), i + 0.5);
    xAxis->setRange(-0.5, std::max(cities, 1) - 0.5);
    yAxis->setRange(-0.5, std::max(indicators, 1) - 0.5);
    yAxis->setReverse(true);
    for (QCategoryAxis *axis : { xAxis, yAxis }) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        axis->setGridLineVisible(false);
    }
    xAxis->setLabelsAngle(cities > 8 ? -45 : 0);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    anchor->attachAxis(xAxis);
    anchor->attachAxis(yAxis);

    for (int c = 0; c < cities; ++c) {
        for (int i = 0; i < indicators; ++i) {
            const QModelIndex idx = model->index(c, i);
            QGraphicsRectItem *cell = overlay->addCell(
                QRectF(QPointF(c - 0.5, i - 0.5), QPointF(c + 0.5, i + 0.5)), anchor);
            cell->setBrush(model->data(idx, Qt::BackgroundRole).value<QColor>());
            const int n = model->data(idx).toInt();
            cell->setToolTip(QStringLiteral("%1 · %2: %3")
                                 .arg(model->headerData(c, Qt::Vertical).toString(),
                                     model->headerData(i, Qt::Horizontal).toString())
                                 .arg(n));
            QGraphicsSimpleTextItem *label = overlay->addLabel(
                QString::number(n), QPointF(c, i), anchor, ChartOverlay::Placement::Centre);
            label->setBrush(model->data(idx, Qt::ForegroundRole).value<QColor>());
        }
    }
}

void ChartBuilder::buildTimeline(QChart *chart, ChartOverlay *overlay)
{
    Q_UNUSED(overlay);
    TimelineModel *model = m_timeline;
    const QList<RegionInfo> cities = model->cities();
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("yyyy-MM"));
    const QDate first = model->firstDate().isValid() ? model->firstDate() : QDate(2020, 1, 1);
    const QDate last = model->lastDate().isValid() ? model->lastDate() : QDate(2025, 1, 1);
    xAxis->setRange(first.addDays(-45).startOfDay(QTimeZone::utc()),
        last.addDays(45).startOfDay(QTimeZone::utc()));
    xAxis->setTickCount(std::clamp(int(first.daysTo(last) / 180) + 2, 3, 9));
    xAxis->setTitleText(tr("Publication date"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = new QCategoryAxis;
    yAxis->setStartValue(-0.5);
    for (int c = 0; c < cities.size(); ++c)
        yAxis->append(cities.at(c).name(m_request.language), c + 0.5);
    yAxis->setRange(-0.5, std::max<int>(int(cities.size()), 1) - 0.5);
    yAxis->setReverse(true);
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->legend()->setVisible(false);

    for (int c = 0; c < cities.size(); ++c) {
        const TimelineModel::Block b = model->block(c);
        auto *series = new QScatterSeries;
        series->setName(cities.at(c).name(m_request.language));
        series->setMarkerSize(11);
        series->setColor(ChartStyle::seriesColor(c));
        series->setBorderColor(ChartStyle::seriesColor(c).darker(130));
        if (b.count > 0) {
            auto *mapper = new QVXYModelMapper(series);
            mapper->setXColumn(TimelineModel::TimeColumn);
            mapper->setYColumn(TimelineModel::LaneColumn);
            mapper->setFirstRow(b.firstRow);
            mapper->setRowCount(b.count);
            mapper->setSeries(series);
            mapper->setModel(model);
        }
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        const auto rowAt = [model, b](const QPointF &p) {
            for (int r = b.firstRow; r < b.firstRow + b.count; ++r) {
                if (model->data(model->index(r, TimelineModel::TimeColumn)).toDouble() == p.x())
                    return r;
            }
            return -1;
        };
        connect(series, &QScatterSeries::hovered, this,
            [this, model, rowAt](const QPointF &p, bool on) {
                const int r = rowAt(p);
                emit hovered(on && r >= 0
                        ? model->data(model->index(r, 0), Qt::ToolTipRole).toString()
                        : QString(),
                    on);
            });
        connect(series, &QScatterSeries::clicked, this, [this, model, rowAt](const QPointF &p) {
            const int r = rowAt(p);
            if (r >= 0)
                emit documentActivated(
                    model->data(model->index(r, 0), TimelineModel::DocumentIdRole).toLongLong());
        });
    }
}

bool ChartBuilder::reloadInstruments()
{
    // Regions chosen by code; the matrix reads every region with coded documents.
    std::optional<InstrumentMatrix> matrix = InstrumentMatrix::load(m_db, {}, &m_error);
    if (!matrix)
        return false;
    if (!m_request.cities.isEmpty()) {
        InstrumentMatrix chosen = *matrix;
        chosen.regions.clear();
        chosen.counts.clear();
        for (const QString &city : m_request.cities) {
            for (qsizetype r = 0; r < matrix->regions.size(); ++r) {
                if (matrix->regions.at(r).code == city) {
                    chosen.regions.append(matrix->regions.at(r));
                    chosen.counts.append(matrix->counts.at(r));
                }
            }
        }
        matrix = chosen;
    }
    m_instruments->setLanguage(m_request.language);
    m_instruments->setMatrix(*matrix);
    m_error.clear();
    return true;
}

} // namespace policylens
