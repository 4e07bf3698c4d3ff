#include "report/pdfpager.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace policylens {

namespace {

// Room under the text for the page number, in points.
constexpr qreal kFooterPoints = 16;

} // namespace

PdfPager::PdfPager(QPagedPaintDevice *device)
    : m_device(device)
    , m_pointScale(device->logicalDpiY() / 72.0)
{
    const QSizeF pixels = device->pageLayout().paintRectPixels(device->logicalDpiY()).size();
    m_page = QSizeF(pixels.width(), pixels.height() - kFooterPoints * m_pointScale);
    m_footerFont.setPointSize(8);
    m_painter.begin(device);
}

PdfPager::~PdfPager()
{
    finish();
}

void PdfPager::newPage()
{
    drawPageNumber();
    m_device->newPage();
    ++m_pageNumber;
    m_y = 0;
}

void PdfPager::breakPage()
{
    if (m_y > 0)
        newPage();
}

void PdfPager::drawPageNumber()
{
    m_painter.save();
    m_painter.setFont(m_footerFont);
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    m_painter.drawText(QRectF(0, m_page.height(), m_page.width(), kFooterPoints * m_pointScale),
        Qt::AlignHCenter | Qt::AlignBottom, QString::number(m_pageNumber));
    m_painter.restore();
}

void PdfPager::printDocument(QTextDocument &doc)
{
    breakPage();
    doc.documentLayout()->setPaintDevice(m_device);
    doc.setPageSize(m_page);
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            newPage();
        m_painter.save();
        m_painter.translate(0, -page * m_page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * m_page.height(), m_page.width(), m_page.height());
        m_painter.setClipRect(context.clip);
        layout->draw(&m_painter, context);
        m_painter.restore();
    }
    // What the last page holds, so a flow that follows starts below it.
    const QSizeF used = layout->documentSize();
    m_y = used.height() - (pages - 1) * m_page.height();
    if (m_y >= m_page.height())
        m_y = m_page.height();
}

void PdfPager::paragraph(const QString &text, const QFont &font,
    const QList<QTextLayout::FormatRange> &formats, qreal spaceAfter, qreal keepWithNext,
    const QColor &color)
{
    QTextLayout layout(text, font, m_device);
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_page.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    // A paragraph is never split: the longest (1,000 characters) is a fraction of a page.
    if (m_y > 0 && m_y + height + keepWithNext * m_pointScale > m_page.height())
        newPage();
    m_painter.setPen(color);
    layout.draw(&m_painter, QPointF(0, m_y));
    m_y += height + spaceAfter * m_pointScale;
}

bool PdfPager::finish()
{
    if (!m_painter.isActive())
        return false;
    drawPageNumber();
    return m_painter.end();
}

} // namespace policylens
