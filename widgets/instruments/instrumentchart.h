#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
QT_END_NAMESPACE

namespace policylens {

// The stacked bar chart of supply / environment / demand shares per region: a QStackedBarSeries
// fed by a QVBarModelMapper from InstrumentSharesModel (rows: regions, columns: the sides).
void buildInstrumentShareChart(QChart *chart, QAbstractItemModel *shares);

} // namespace policylens
