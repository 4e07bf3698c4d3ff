#include "charts/chartexporter.h"

#include "report/atomicfile.h"
#include "report/pdftounicode.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace policylens {

namespace {

// Puts the chart in a private scene at the given size for as long as it lives, then hands the
// chart back untouched (scene-less) to its owner.
class Stage final
{
    Q_DISABLE_COPY_MOVE(Stage)

public:
    Stage(QChart *chart, const QSizeF &size)
        : m_chart(chart)
    {
        m_scene.addItem(chart);
        chart->setPos(0, 0);
        chart->resize(size);
        // QChart lays itself out on posted LayoutRequest events; without a view or event loop
        // the plot area would still be empty when painted.
        // Twice: the overlay sizes the bottom margin to the wrapped note once the width is
        // known, and that margin needs one more layout pass.
        for (int pass = 0; pass < 2; ++pass) {
            QCoreApplication::sendPostedEvents();
            if (chart->layout())
                chart->layout()->activate();
            QCoreApplication::sendPostedEvents();
        }
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
    }
    ~Stage() { m_scene.removeItem(m_chart); }

    void render(QPainter *painter, const QRectF &target)
    {
        m_scene.render(painter, target, m_scene.sceneRect());
    }

private:
    QGraphicsScene m_scene;
    QChart *m_chart;
};

// Lays the chart out at logicalSize and paints it onto device as vectors (SVG, PDF, picture).
void paintVector(QChart *chart, QPaintDevice *device, const QSize &logicalSize)
{
    Stage stage(chart, logicalSize);
    QPainter painter(device);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    stage.render(&painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
}

} // namespace

QImage ChartExporter::renderImage(QChart *chart, const QSize &pixelSize, int dpi)
{
    dpi = std::max(dpi, 24);
    const QSizeF logical(
        pixelSize.width() * qreal(ScreenDpi) / dpi, pixelSize.height() * qreal(ScreenDpi) / dpi);
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    Stage stage(chart, logical);
    QPainter painter(&image);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    stage.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    return image;
}

QPicture ChartExporter::renderPicture(QChart *chart, const QSize &logicalSize)
{
    QPicture picture;
    picture.setBoundingRect(QRect(QPoint(0, 0), logicalSize));
    paintVector(chart, &picture, logicalSize);
    return picture;
}

QByteArray ChartExporter::toPng(QChart *chart, const QSize &pixelSize, int dpi)
{
    const QImage image = renderImage(chart, pixelSize, dpi);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Charts are flat colour: light zlib compression is nearly as small and several times
    // faster than the default.
    image.save(&buffer, "PNG", 80);
    return bytes;
}

QByteArray ChartExporter::toSvg(QChart *chart, const QSize &logicalSize, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(logicalSize);
    svg.setViewBox(QRect(QPoint(0, 0), logicalSize));
    svg.setResolution(ScreenDpi);
    svg.setTitle(title);
    svg.setDescription(tr("Chart exported by PolicyLens"));
    paintVector(chart, &svg, logicalSize);
    // Chinese axis titles and labels must copy and search as 人工智能, not as radicals.
    PdfToUnicode::fixRadicals(&bytes);
    return bytes;
}

QByteArray ChartExporter::toPdf(QChart *chart, const QSize &logicalSize, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("PolicyLens"));
        pdf.setResolution(ScreenDpi);
        // The page is the chart: 96 logical pixels to the inch, so 1 px = 0.75 pt.
        pdf.setPageSize(QPageSize(
            QSizeF(logicalSize.width() * 72.0 / ScreenDpi, logicalSize.height() * 72.0 / ScreenDpi),
            QPageSize::Point, title, QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        paintVector(chart, &pdf, logicalSize);
    }
    // Chinese axis titles and labels must copy and search as 人工智能, not as radicals.
    PdfToUnicode::fixRadicals(&bytes);
    return bytes;
}

bool ChartExporter::write(
    QChart *chart, const QString &path, const QSize &size, int dpi, QString *error)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000) {
        if (error)
            *error = tr("Cannot write %1: the size %2×%3 is out of range (16 to 20000 pixels).")
                         .arg(path)
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("png"))
        data = toPng(chart, size, dpi);
    else if (suffix == QLatin1String("svg"))
        data = toSvg(chart, size, chart->title());
    else if (suffix == QLatin1String("pdf"))
        data = toPdf(chart, size, chart->title());
    else {
        if (error)
            *error = tr("Cannot write %1: unknown image format \"%2\" (use .png, .svg or .pdf).")
                         .arg(path, suffix);
        return false;
    }
    if (data.isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: the chart could not be rendered.").arg(path);
        return false;
    }
    const Result<void> written = AtomicFile::write(path, data);
    if (!written && error)
        *error = written.error();
    return bool(written);
}

void ChartExporter::copyToClipboard(QChart *chart, const QSize &logicalSize)
{
    // Twice the screen resolution: sharp when pasted into a document and scaled down.
    const QImage image = renderImage(chart, logicalSize * 2, ScreenDpi * 2);
    QApplication::clipboard()->setImage(image);
}

} // namespace policylens
