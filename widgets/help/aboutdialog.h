#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace policylens {

// Help > About: what PolicyLens is, its version and licence, and the versions of Qt, ICU and
// SQLite it runs on (what a bug report needs). Follows live language switches.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The plain-text version report shown in the dialog, for "copy to clipboard".
    QString versionReport() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyVersionReport();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_license;
    QLabel *m_components;
    QPushButton *m_copy;
    QDialogButtonBox *m_buttons;
};

} // namespace policylens
