#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace policylens {

// Size (at 96 DPI) and, for PNG, resolution of an exported chart.
class ExportOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportOptionsDialog)

public:
    explicit ExportOptionsDialog(bool raster, QWidget *parent = nullptr);
    ~ExportOptionsDialog() override;

    QSize logicalSize() const;
    int dpi() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    bool m_raster;
    QFormLayout *m_form;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace policylens
