#pragma once

#include "common/formdialog.h"
#include "models/catalog.h"
#include "review/reviewservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace policylens {

// Lets the researcher confirm a target made from a text selection: the guessed value, unit
// and year are prefilled and editable.
class AddTargetDialog final : public FormDialog
{
    Q_OBJECT

public:
    AddTargetDialog(const TargetRecord &guess, const QString &quote, const Catalog &catalog,
        bool chinese, QWidget *parent = nullptr);

    // The input with the researcher's corrections; valid after accept().
    TargetRecord input() const;

private:
    void retranslateUi() override;
    void validate();

    TargetRecord m_input;
    QLabel *m_quote;
    QComboBox *m_indicator;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QLineEdit *m_counter;
    QComboBox *m_comparator;
    QSpinBox *m_year;
    QPushButton *m_ok = nullptr;
};

} // namespace policylens
