#pragma once

#include <QColor>
#include <QString>

namespace policylens {

// One colour per target kind, shared by the viewer highlights and the tables.
struct KindStyle
{
    static QColor background(const QString &kind)
    {
        if (kind == QLatin1String("incentive"))
            return QColor(0xC8, 0xEB, 0xC4); // green: money or support promised
        if (kind == QLatin1String("baseline"))
            return QColor(0xC9, 0xDD, 0xF5); // blue: where things stand
        return QColor(0xFF, 0xD9, 0xA8); // orange: a goal to reach
    }
    static QColor statusColor(const QString &status)
    {
        if (status == QLatin1String("verified"))
            return QColor(0x2E, 0x7D, 0x32);
        if (status == QLatin1String("rejected"))
            return QColor(0x9E, 0x9E, 0x9E);
        if (status == QLatin1String("edited"))
            return QColor(0x15, 0x65, 0xC0);
        return QColor(0x6D, 0x4C, 0x41);
    }
};

} // namespace policylens
