#pragma once

#include "common/standarddialog.h"

class QTextBrowser;

namespace policylens {

// Help > Getting Started: a short built-in page that takes a new user from an empty workspace
// to a chart in a few steps. The page is assembled from tr() paragraphs so it is translated like
// the rest of the interface and follows live language switches.
class GettingStartedDialog final : public StandardDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    // The page in the current language, as HTML.
    static QString pageHtml();

private:
    void retranslateUi() override;

    QTextBrowser *m_browser;
};

} // namespace policylens
