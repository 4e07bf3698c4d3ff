#include "instruments/instrumentchart.h"

#include "coding/instrumentmatrixmodel.h"
#include "instruments/sidestyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace policylens {

void buildInstrumentShareChart(QChart *chart, QAbstractItemModel *shares)
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    const int rows = shares->rowCount();
    if (rows > 0) {
        auto *mapper = new QVBarModelMapper(series);
        mapper->setFirstBarSetColumn(InstrumentSharesModel::SupplyColumn);
        mapper->setLastBarSetColumn(InstrumentSharesModel::DemandColumn);
        mapper->setFirstRow(0);
        mapper->setRowCount(rows);
        mapper->setSeries(series);
        mapper->setModel(shares);
    }
    chart->addSeries(series);
    const QList<QBarSet *> sets = series->barSets();
    for (int j = 0; j < sets.size(); ++j) {
        const QColor color = sideColor(InstrumentSharesModel::side(InstrumentSharesModel::Column(j)));
        sets.at(j)->setColor(color);
        sets.at(j)->setBorderColor(color.darker(115));
        sets.at(j)->setLabelColor(Qt::white);
    }
    // With more regions than this the labels would run into each other.
    series->setLabelsVisible(rows > 0 && rows <= 16);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsPrecision(3);

    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories << shares->headerData(r, Qt::Vertical).toString();
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    yAxis->setTitleText(InstrumentMatrixModel::tr("Share (%)"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
}

} // namespace policylens
