#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPicture>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace policylens {

// Renders a QChart that is not shown anywhere (ChartBuilder::createChart) to files. The chart
// is laid out at its logical size (pixels at 96 DPI) and painted scaled, so a 300 DPI PNG is
// drawn from vectors, not blown up from a screen capture. Every file is written atomically.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static constexpr int ScreenDpi = 96;

    // pixelSize: the PNG's size in pixels; dpi: its resolution. The layout happens at
    // pixelSize * 96 / dpi, so fonts keep their physical size when printed at that DPI.
    static QImage renderImage(QChart *chart, const QSize &pixelSize, int dpi = ScreenDpi);
    // The chart laid out at logicalSize (96-DPI pixels) and recorded as vector drawing, to be
    // replayed at any scale (a report's PDF) on any thread.
    static QPicture renderPicture(QChart *chart, const QSize &logicalSize);
    static QByteArray toPng(QChart *chart, const QSize &pixelSize, int dpi = ScreenDpi);
    // logicalSize: in 96-DPI pixels; text stays text.
    static QByteArray toSvg(QChart *chart, const QSize &logicalSize, const QString &title);
    // One page the size of the chart (logicalSize at 96 DPI), vector, fonts embedded.
    static QByteArray toPdf(QChart *chart, const QSize &logicalSize, const QString &title);

    // Chooses PNG / SVG / PDF from the suffix. For PNG, size is in pixels at the given DPI;
    // for SVG and PDF it is the logical size.
    static bool write(
        QChart *chart, const QString &path, const QSize &size, int dpi, QString *error);
    static void copyToClipboard(QChart *chart, const QSize &logicalSize);

    static QStringList imageSuffixes()
    {
        return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") };
    }
};

} // namespace policylens
