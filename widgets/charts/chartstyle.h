#pragma once

#include <QColor>
#include <QFont>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace policylens {

// One look for every chart, on screen and in exports: a CJK-capable font family (Latin glyphs
// included), point sizes that stay legible at 300 DPI, and a palette that survives greyscale.
namespace ChartStyle {

enum Size { TitleSize, AxisTitleSize, AxisLabelSize, LegendSize, LabelSize, NoteSize };

QFont font(Size size, bool bold = false);
QColor seriesColor(int index);
// Applies the fonts to the title, legend and every axis of a finished chart.
void apply(QChart *chart);

} // namespace ChartStyle

} // namespace policylens
