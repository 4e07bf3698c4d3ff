#pragma once

#include "common/formdialog.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace policylens {

// Size (at 96 DPI) and, for PNG, resolution of an exported chart.
class ExportOptionsDialog final : public FormDialog
{
    Q_OBJECT

public:
    explicit ExportOptionsDialog(bool raster, QWidget *parent = nullptr);

    QSize logicalSize() const;
    int dpi() const;

private:
    void retranslateUi() override;
    void updateSummary();

    bool m_raster;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_summary;
};

} // namespace policylens
