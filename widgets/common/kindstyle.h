#pragma once

#include "core/vocabulary.h"

#include <QColor>
#include <QString>

namespace policylens {

// One colour per target kind, shared by the viewer highlights and the tables.
struct KindStyle
{
    static QColor background(TargetKind kind)
    {
        switch (kind) {
        case TargetKind::Incentive:
            return QColor(0xC8, 0xEB, 0xC4); // green: money or support promised
        case TargetKind::Baseline:
            return QColor(0xC9, 0xDD, 0xF5); // blue: where things stand
        case TargetKind::Target:
            break;
        }
        return QColor(0xFF, 0xD9, 0xA8); // orange: a goal to reach
    }
    static QColor statusColor(ReviewStatus status)
    {
        switch (status) {
        case ReviewStatus::Verified:
            return QColor(0x2E, 0x7D, 0x32);
        case ReviewStatus::Rejected:
            return QColor(0x9E, 0x9E, 0x9E);
        case ReviewStatus::Edited:
            return QColor(0x15, 0x65, 0xC0);
        case ReviewStatus::Unreviewed:
            break;
        }
        return QColor(0x6D, 0x4C, 0x41);
    }
};

} // namespace policylens
