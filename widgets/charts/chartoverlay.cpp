#include "charts/chartoverlay.h"

#include "charts/chartstyle.h"

#include <QAbstractSeries>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPen>

#include <algorithm>

namespace policylens {

ChartOverlay::ChartOverlay(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartOverlay::relayout);
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartOverlay::relayout);
}

ChartOverlay::~ChartOverlay() = default;

QGraphicsSimpleTextItem *ChartOverlay::addLabel(
    const QString &text, const QPointF &at, QAbstractSeries *series, Placement placement)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setFont(ChartStyle::font(ChartStyle::LabelSize));
    item->setBrush(QColor(0x33, 0x33, 0x33));
    item->setZValue(20);
    item->setAcceptedMouseButtons(Qt::NoButton);
    m_labels << Label { item, at, series, placement };
    return item;
}

QGraphicsRectItem *ChartOverlay::addCell(const QRectF &cell, QAbstractSeries *series)
{
    auto *item = new QGraphicsRectItem(m_chart);
    item->setPen(QPen(Qt::white, 2));
    item->setZValue(10);
    item->setAcceptedMouseButtons(Qt::NoButton);
    m_cells << Cell { item, cell, series };
    return item;
}

void ChartOverlay::setNote(const QString &text)
{
    if (!m_note) {
        m_note = new QGraphicsTextItem(m_chart);
        m_note->setFont(ChartStyle::font(ChartStyle::NoteSize));
        m_note->setDefaultTextColor(QColor(0x55, 0x55, 0x55));
        m_note->setZValue(20);
        m_note->setAcceptedMouseButtons(Qt::NoButton);
    }
    m_note->setPlainText(text);
    relayout();
}

void ChartOverlay::setAxisUnit(const QString &unit)
{
    if (!m_unit) {
        m_unit = new QGraphicsSimpleTextItem(m_chart);
        m_unit->setFont(ChartStyle::font(ChartStyle::AxisTitleSize));
        m_unit->setZValue(20);
    }
    m_unit->setText(unit);
    relayout();
}

QString ChartOverlay::axisUnit() const
{
    return m_unit ? m_unit->text() : QString();
}

void ChartOverlay::relayout()
{
    for (const Cell &c : std::as_const(m_cells)) {
        const QPointF a = m_chart->mapToPosition(c.cell.topLeft(), c.series);
        const QPointF b = m_chart->mapToPosition(c.cell.bottomRight(), c.series);
        c.item->setRect(QRectF(a, b).normalized());
    }
    QList<QRectF> placed;
    for (const Label &l : std::as_const(m_labels)) {
        const QPointF p = m_chart->mapToPosition(l.at, l.series);
        const QRectF box = l.item->boundingRect();
        QPointF pos;
        switch (l.placement) {
        case Placement::Above:
            pos = QPointF(p.x() - box.width() / 2, p.y() - box.height() - 2);
            break;
        case Placement::Centre:
            pos = QPointF(p.x() - box.width() / 2, p.y() - box.height() / 2);
            break;
        case Placement::Right:
            pos = QPointF(p.x() + 11, p.y() - box.height() / 2);
            break;
        }
        QRectF rect(pos, box.size());
        // Greedy: slide past every earlier label it would cover.
        // Bounded: a pathological pile-up stops moving rather than costing O(n³).
        for (int pass = 0, moved = 1; moved && pass < 8; ++pass) {
            moved = 0;
            for (const QRectF &other : std::as_const(placed)) {
                if (rect.intersects(other)) {
                    // Labels above bars climb, so they never land on their own bar.
                    if (l.placement == Placement::Above)
                        rect.moveBottom(other.top() - 1);
                    else
                        rect.moveTop(other.bottom() + 1);
                    moved = 1;
                }
            }
        }
        placed << rect;
        l.item->setPos(rect.topLeft());
    }
    if (m_unit) {
        const QRectF plot = m_chart->plotArea();
        const QRectF box = m_unit->boundingRect();
        m_unit->setPos(plot.left() - box.width() / 2, plot.top() - box.height() - 4);
    }
    if (m_note) {
        // A long note (many sources) wraps at the chart's width instead of running off it;
        // the bottom margin grows to the wrapped height. Setting the same margin again is a
        // no-op, so the relayout this triggers ends here.
        const QRectF area = m_chart->rect();
        // Before the chart has a size, wrap as for a typical chart, not at a sliver.
        m_note->setTextWidth(area.width() > 200 ? area.width() - 24 : 1000);
        const QRectF box = m_note->boundingRect();
        QMargins room = m_chart->margins();
        const int bottom = qRound(box.height() + 6);
        if (room.bottom() != bottom) {
            room.setBottom(bottom);
            m_chart->setMargins(room);
        }
        m_note->setPos(area.left() + 10, area.bottom() - box.height() - 4);
    }
}

} // namespace policylens
