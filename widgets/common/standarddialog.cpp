#include "common/standarddialog.h"

#include <QVBoxLayout>

namespace policylens {

StandardDialog::StandardDialog(QWidget *parent)
    : Retranslating(parent)
    , m_page(new QVBoxLayout(this))
{ }

QDialogButtonBox *StandardDialog::addButtons(QDialogButtonBox::StandardButtons buttons)
{
    auto *box = new QDialogButtonBox(buttons, this);
    m_page->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject); // Cancel and Close
    return box;
}

} // namespace policylens
