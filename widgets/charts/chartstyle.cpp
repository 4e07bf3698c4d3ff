#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace policylens::ChartStyle {

QFont font(Size size, bool bold)
{
    // Noto Sans CJK SC covers Chinese and Latin; the fallbacks keep other systems readable.
    QFont f;
    f.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC"), QStringLiteral("sans-serif") });
    static const int points[] = { 13, 9, 9, 9, 8, 7 };
    f.setPointSize(points[size]);
    f.setBold(bold);
    return f;
}

QColor seriesColor(int index)
{
    // Okabe–Ito: distinguishable with colour-blindness and in greyscale print.
    static const QColor palette[] = { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
        QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
        QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00) };
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    const QColor base = palette[index % n];
    // Beyond the palette, repeat it darker so the 9th city is not the 1st one's twin.
    return index < n ? base : base.darker(100 + 40 * (index / n));
}

void apply(QChart *chart)
{
    chart->setTitleFont(font(TitleSize, true));
    chart->legend()->setFont(font(LegendSize));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font(AxisLabelSize));
        axis->setTitleFont(font(AxisTitleSize));
    }
}

} // namespace policylens::ChartStyle
