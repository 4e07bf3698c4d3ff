#pragma once

#include "common/retranslating.h"

#include <QDialog>
#include <QDialogButtonBox>

class QVBoxLayout;

namespace policylens {

// The workbench's dialogs: a page of content above a row of standard buttons (OK and Cancel,
// or Close), with texts that follow the UI language. OK goes through the virtual accept(), so
// a subclass can validate before the dialog closes.
class StandardDialog : public Retranslating<QDialog>
{
public:
    explicit StandardDialog(QWidget *parent = nullptr);

protected:
    // Where the subclass puts its content, top to bottom.
    QVBoxLayout *page() const { return m_page; }
    // Ends the page with the buttons. Called last, so that the content comes first in the tab
    // order and has the focus when the dialog opens.
    QDialogButtonBox *addButtons(QDialogButtonBox::StandardButtons buttons);

private:
    QVBoxLayout *m_page;
};

} // namespace policylens
