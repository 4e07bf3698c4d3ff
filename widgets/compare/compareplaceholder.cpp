#include "compare/compareplaceholder.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace policylens {

ComparePlaceholder::ComparePlaceholder(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    retranslateUi();
}

ComparePlaceholder::~ComparePlaceholder() = default;

void ComparePlaceholder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComparePlaceholder::retranslateUi()
{
    m_label->setText(tr("Charts comparing regions' targets and statistics come next."));
}

} // namespace policylens
