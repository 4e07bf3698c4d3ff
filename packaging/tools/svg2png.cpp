// Build-time helper: renders the application's SVG icon to one square PNG size for the hicolor
// theme. QSvgRenderer is part of the Qt the project already requires, so packaging needs no
// extra rasteriser; the icon sticks to SVG Tiny features so QtSvg draws it faithfully.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

// The tool also runs inside sanitizer builds; a leak report from Qt's one-time allocations
// must not fail the build.
extern "C" const char *__asan_default_options(); // NOLINT(bugprone-reserved-identifier): ASan hook
extern "C" const char *__asan_default_options() // NOLINT(bugprone-reserved-identifier)
{
    return "detect_leaks=0";
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s ICON.svg SIZE OUT.png\n", argv[0]);
        return 64;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool ok = false;
    const int size = QByteArray(argv[2]).toInt(&ok);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!ok || size < 8 || size > 4096) {
        std::fprintf(stderr, "svg2png: invalid size \"%s\"\n", argv[2]);
        return 64;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svg2png: %s: not a valid SVG file\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "svg2png: %s: cannot write the PNG file\n", argv[3]);
        return 1;
    }
    return 0;
}
