#pragma once

#include "instruments/codebook.h"

#include <QColor>

namespace policylens {

// One colour per side of the instrument frame, shared by the tinted document, the share chart
// and the export: supply green, environment blue, demand orange, no side grey.
inline QColor sideColor(InstrumentSide side)
{
    switch (side) {
    case InstrumentSide::Supply:
        return QColor(0x2E, 0x7D, 0x32);
    case InstrumentSide::Environment:
        return QColor(0x15, 0x65, 0xC0);
    case InstrumentSide::Demand:
        return QColor(0xEF, 0x6C, 0x00);
    case InstrumentSide::None:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// The light background a coded sentence gets in the document pane.
inline QColor sideTint(InstrumentSide side)
{
    QColor c = sideColor(side);
    c.setAlpha(48);
    return c;
}

} // namespace policylens
