#include "common/formdialog.h"

#include "common/formrows.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace policylens {

FormDialog::FormDialog(QWidget *parent)
    : StandardDialog(parent)
    , m_form(new QFormLayout)
{
    page()->addLayout(m_form);
}

void FormDialog::addFields(std::initializer_list<QWidget *> fields)
{
    addLabelledRows(m_form, fields);
}

void FormDialog::setFieldLabels(const QStringList &labels)
{
    setFormLabels(m_form, labels);
}

QDialogButtonBox *FormDialog::addOkCancel()
{
    return addButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
}

} // namespace policylens
