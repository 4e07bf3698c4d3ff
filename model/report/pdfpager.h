#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QTextLayout>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace policylens {

// Lays text out page by page on a paged device (a QPdfWriter) with one painter for the whole
// file. Small, structured parts (title page, charts, tables) are QTextDocuments printed page by
// page; long runs of paragraphs (thousands of targets) are laid out one QTextLayout at a time
// and drawn at once. That costs one shaping pass per paragraph, where QTextDocument::print on
// one huge document shapes every line twice (layout, then drawing), and keeps memory flat.
//
// Text is laid out for the device itself (its resolution, unhinted metrics), as
// QTextDocument::print does; lengths in the interface are points.
class PdfPager final
{
    Q_DISABLE_COPY_MOVE(PdfPager)

public:
    explicit PdfPager(QPagedPaintDevice *device);
    ~PdfPager();

    bool isActive() const { return m_painter.isActive(); }
    // The printable area in device pixels.
    QSizeF pageSize() const { return m_page; }
    QPagedPaintDevice *device() const { return m_device; }
    QPainter *painter() { return &m_painter; }

    // Continues on a fresh page unless the current one is still empty.
    void breakPage();
    // Prints doc from the top of a fresh page (the layout follows pageSize()).
    void printDocument(QTextDocument &doc);

    // One paragraph in the flow: moves to the next page when it does not fit on this one (or
    // when keepWithNext more points of what follows would not fit either: headings).
    void paragraph(const QString &text, const QFont &font,
        const QList<QTextLayout::FormatRange> &formats = {}, qreal spaceAfter = 0,
        qreal keepWithNext = 0, const QColor &color = Qt::black);

    // Ends the last page; the device's file is complete once the pager is destroyed.
    bool finish();

private:
    void newPage();
    void drawPageNumber();

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    qreal m_pointScale; // device pixels per point
    QSizeF m_page; // printable area above the footer, device pixels
    qreal m_y = 0; // next free line on the current page, device pixels
    int m_pageNumber = 1;
    QFont m_footerFont;
};

} // namespace policylens
