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
#include "charts/chartbuilderdetail.h"

// The progress, coverage, timeline and instrument charts of ChartBuilder (the class is split
// over two files to keep each under 500 lines).
namespace policylens {

using chartdetail::hideLegendMarkers;
using chartdetail::kBarWidth;
using chartdetail::valueAxis;

void ChartBuilder::addPartialYears(QChart *chart, ChartOverlay *overlay, int city,
    const QColor &color, const AttachSeries &attach)
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
                                   .qualifier(m_request.language == Language::Chinese);
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

namespace {

// Feeds a series from one block of the progress model's rows: year across, value up.
void mapBlock(QXYSeries *series, ProgressModel *model, const ProgressModel::Block &block)
{
    auto *mapper = new QVXYModelMapper(series);
    mapper->setXColumn(ProgressModel::YearColumn);
    mapper->setYColumn(ProgressModel::ValueColumn);
    mapper->setFirstRow(block.firstRow);
    mapper->setRowCount(block.count);
    mapper->setSeries(series);
    mapper->setModel(model);
}

QPointF progressPoint(const ProgressModel *model, int row)
{
    return { model->data(model->index(row, ProgressModel::YearColumn)).toDouble(),
        model->data(model->index(row, ProgressModel::ValueColumn)).toDouble() };
}

} // namespace

// Statistics as one line per city, targets as stars, a dashed path from the latest statistic
// to the next target, statistics for part of a year as open circles.
void ChartBuilder::buildProgress(QChart *chart, ChartOverlay *overlay)
{
    ProgressModel *model = m_progress;
    auto *xAxis = new QValueAxis;
    // An empty chart still shows a plausible span of years rather than a single tick.
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
        maxValue = std::max(maxValue, progressPoint(model, r).y());
    QValueAxis *yAxis = valueAxis(maxValue, model->scale().unitLabel(), overlay);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    for (int c = 0; c < model->cityCount(); ++c) {
        const QColor color = ChartStyle::seriesColor(c);
        addStatisticLine(c, color, attach);
        addPartialYears(chart, overlay, c, color, attach);
        if (model->block(c, ProgressModel::Target).count == 0)
            continue;
        addPathToGo(chart, c, color, attach);
        addTargetMarkers(chart, overlay, c, color, attach);
    }
}

// The row of a city's series at the year under the cursor, or -1.
int ChartBuilder::progressRowAt(int city, int series, const QPointF &p) const
{
    const ProgressModel::Block b = m_progress->block(city, ProgressModel::Series(series));
    for (int r = b.firstRow; r < b.firstRow + b.count; ++r) {
        if (qRound(progressPoint(m_progress, r).x()) == qRound(p.x()))
            return r;
    }
    return -1;
}

void ChartBuilder::hoverProgress(int city, int series, const QPointF &p, bool on)
{
    const int r = on ? progressRowAt(city, series, p) : -1;
    emit hovered(
        r >= 0 ? m_progress->data(m_progress->index(r, 0), Qt::ToolTipRole).toString() : QString(),
        on);
}

// The yearly statistics of one city as a line; it names the city in the legend.
void ChartBuilder::addStatisticLine(int city, const QColor &color, const AttachSeries &attach)
{
    ProgressModel *model = m_progress;
    const ProgressModel::Block stats = model->block(city, ProgressModel::Statistic);
    auto *line = new QLineSeries;
    line->setName(model->cities().at(city).name(m_request.language));
    line->setPen(QPen(color, 2.5));
    line->setPointsVisible(true);
    if (stats.count > 0)
        mapBlock(line, model, stats);
    attach(line);
    connect(line, &QLineSeries::hovered, this, [this, city](const QPointF &p, bool on) {
        hoverProgress(city, ProgressModel::Statistic, p, on);
    });
}

// The path still to go: from the latest statistic to the first later target.
void ChartBuilder::addPathToGo(
    QChart *chart, int city, const QColor &color, const AttachSeries &attach)
{
    const ProgressModel::Block stats = m_progress->block(city, ProgressModel::Statistic);
    const ProgressModel::Block targets = m_progress->block(city, ProgressModel::Target);
    if (stats.count == 0)
        return;
    const QPointF from = progressPoint(m_progress, stats.firstRow + stats.count - 1);
    for (int r = targets.firstRow; r < targets.firstRow + targets.count; ++r) {
        const QPointF to = progressPoint(m_progress, r);
        if (to.x() <= from.x())
            continue;
        auto *path = new QLineSeries;
        path->setPen(QPen(color, 1.5, Qt::DashLine));
        path->append(from);
        path->append(to);
        attach(path);
        hideLegendMarkers(chart, path);
        return;
    }
}

// One city's targets as stars with their values; a click opens the target.
void ChartBuilder::addTargetMarkers(QChart *chart, ChartOverlay *overlay, int city,
    const QColor &color, const AttachSeries &attach)
{
    ProgressModel *model = m_progress;
    const ProgressModel::Block targets = model->block(city, ProgressModel::Target);
    auto *markers = new QScatterSeries;
    markers->setName(model->cities().at(city).name(m_request.language));
    markers->setMarkerShape(QScatterSeries::MarkerShapeStar);
    markers->setMarkerSize(16);
    markers->setColor(color);
    markers->setBorderColor(color.darker(130));
    mapBlock(markers, model, targets);
    attach(markers);
    hideLegendMarkers(chart, markers);
    // Labels help with a handful of targets; with hundreds they would bury the lines.
    const bool labelled = model->rowCount() <= 120;
    for (int r = targets.firstRow; labelled && r < targets.firstRow + targets.count; ++r) {
        const QModelIndex idx = model->index(r, ProgressModel::ValueColumn);
        const QString label = model->data(idx, ProgressModel::ComparatorMarkRole).toString()
            + model->scale().formatNumber(
                model->data(idx, ProgressModel::BaseValueRole).toDouble());
        overlay->addLabel(
            label, progressPoint(model, r), markers, ChartOverlay::Placement::Right);
    }
    connect(markers, &QScatterSeries::hovered, this, [this, city](const QPointF &p, bool on) {
        hoverProgress(city, ProgressModel::Target, p, on);
    });
    connect(markers, &QScatterSeries::clicked, this, [this, model, city](const QPointF &p) {
        const int r = progressRowAt(city, ProgressModel::Target, p);
        if (r >= 0)
            emit targetActivated(
                model->data(model->index(r, 0), ProgressModel::TargetIdRole).toLongLong());
    });
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

Result<void> ChartBuilder::reloadInstruments()
{
    // Regions chosen by code; the matrix reads every region with coded documents.
    Result<InstrumentMatrix> matrix = InstrumentMatrix::load(m_db, {});
    if (!matrix)
        return Failure { matrix.error() };
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
    return {};
}

} // namespace policylens
