#pragma once

#include "common/standarddialog.h"

class QLabel;
class QPushButton;

namespace policylens {

// Help > About: what PolicyLens is, its version and licence, and the versions of Qt, ICU and
// SQLite it runs on (what a bug report needs). Follows live language switches.
class AboutDialog final : public StandardDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The plain-text version report shown in the dialog, for "copy to clipboard".
    QString versionReport() const;

private:
    void retranslateUi() override;
    void copyVersionReport();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_license;
    QLabel *m_components;
    QPushButton *m_copy;
};

} // namespace policylens
