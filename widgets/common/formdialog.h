#pragma once

#include "common/standarddialog.h"

#include <initializer_list>

class QFormLayout;

namespace policylens {

// A dialog whose page opens with a form of labelled fields, over OK and Cancel (add target,
// document details, chart export options).
class FormDialog : public StandardDialog
{
public:
    explicit FormDialog(QWidget *parent = nullptr);

protected:
    QFormLayout *form() const { return m_form; }
    // Rows with a label each; setFieldLabels (in retranslateUi) sets their texts.
    void addFields(std::initializer_list<QWidget *> fields);
    void setFieldLabels(const QStringList &labels);
    // Called last, as StandardDialog::addButtons.
    QDialogButtonBox *addOkCancel();

private:
    QFormLayout *m_form;
};

} // namespace policylens
