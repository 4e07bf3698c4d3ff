#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTextBrowser;

namespace policylens {

// Help > Getting Started: a short built-in page that takes a new user from an empty workspace
// to a chart in a few steps. The page is assembled from tr() paragraphs so it is translated like
// the rest of the interface and follows live language switches.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GettingStartedDialog)

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
    ~GettingStartedDialog() override;

    // The page in the current language, as HTML.
    static QString pageHtml();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser;
    QDialogButtonBox *m_buttons;
};

} // namespace policylens
