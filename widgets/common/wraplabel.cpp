#include "common/wraplabel.h"

#include <QResizeEvent>

namespace policylens {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

WrapLabel::~WrapLabel() = default;

void WrapLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fitHeight();
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void WrapLabel::fitHeight()
{
    // The height the text takes at the current width; the layout then makes room for it.
    const int needed = heightForWidth(width());
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

} // namespace policylens
