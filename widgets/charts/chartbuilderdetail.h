#pragma once

// Helpers shared by the two files of ChartBuilder (chartbuilder.cpp builds the bar charts,
// chartbuilderseries.cpp the progress, coverage, timeline and instrument charts).
#include <QString>
#include <QtGlobal>

class QAbstractSeries;
class QChart;
class QValueAxis;

namespace policylens {

class ChartOverlay;

namespace chartdetail {

inline constexpr qreal kBarWidth = 0.8;

QValueAxis *valueAxis(double maxValue, const QString &title, ChartOverlay *overlay);
void hideLegendMarkers(QChart *chart, QAbstractSeries *series);

} // namespace chartdetail

} // namespace policylens
