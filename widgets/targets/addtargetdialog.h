#pragma once

#include "models/catalog.h"
#include "review/reviewservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace policylens {

// Lets the researcher confirm a target made from a text selection: the guessed value, unit
// and year are prefilled and editable.
class AddTargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTargetDialog)

public:
    AddTargetDialog(const TargetRecord &guess, const QString &quote, const Catalog &catalog,
        bool chinese, QWidget *parent = nullptr);
    ~AddTargetDialog() override;

    // The input with the researcher's corrections; valid after accept().
    TargetRecord input() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    TargetRecord m_input;
    QFormLayout *m_form;
    QLabel *m_quote;
    QComboBox *m_indicator;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QLineEdit *m_counter;
    QComboBox *m_comparator;
    QSpinBox *m_year;
    QDialogButtonBox *m_buttons;
};

} // namespace policylens
