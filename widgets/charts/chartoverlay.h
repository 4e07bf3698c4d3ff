#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QRectF>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace policylens {

// Things QtCharts cannot draw itself, kept in place as the chart is laid out: value labels
// with comparator marks above bars, heat-table cells, and the source note under the plot.
// Items are anchored in value coordinates of a series and re-placed on every plotAreaChanged.
class ChartOverlay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartOverlay)

public:
    explicit ChartOverlay(QChart *chart);
    ~ChartOverlay() override;

    enum class Placement { Above, Centre, Right };

    // Text placed relative to value point `at`. Labels that would overlap an earlier one are
    // pushed down below it.
    QGraphicsSimpleTextItem *addLabel(const QString &text, const QPointF &at,
        QAbstractSeries *series, Placement placement = Placement::Above);
    // A rectangle spanning value coordinates `cell`.
    QGraphicsRectItem *addCell(const QRectF &cell, QAbstractSeries *series);
    // One line of small print under the plot area; the chart's bottom margin makes room.
    void setNote(const QString &text);
    // A short unit (个, 家, %) written upright above the value axis: the axis title would turn
    // it on its side.
    void setAxisUnit(const QString &unit);
    QString axisUnit() const;

    void relayout();

private:
    struct Label
    {
        QGraphicsSimpleTextItem *item;
        QPointF at;
        QAbstractSeries *series;
        Placement placement;
    };
    struct Cell
    {
        QGraphicsRectItem *item;
        QRectF cell;
        QAbstractSeries *series;
    };

    QChart *m_chart;
    QList<Label> m_labels;
    QList<Cell> m_cells;
    QGraphicsTextItem *m_note = nullptr; // wraps at the chart's width
    QGraphicsSimpleTextItem *m_unit = nullptr;
};

} // namespace policylens
