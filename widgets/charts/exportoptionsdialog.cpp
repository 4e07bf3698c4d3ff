#include "charts/exportoptionsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace policylens {

ExportOptionsDialog::ExportOptionsDialog(bool raster, QWidget *parent)
    : FormDialog(parent)
    , m_raster(raster)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_width->setRange(100, 10000);
    m_width->setValue(1200);
    m_height->setRange(100, 10000);
    m_height->setValue(750);
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(300);
    addFields({ m_width, m_height, m_dpi });
    form()->addRow(m_summary);
    addOkCancel();
    m_dpi->setVisible(raster);
    form()->labelForField(m_dpi)->setVisible(raster);
    for (QSpinBox *box : { m_width, m_height, m_dpi })
        connect(box, &QSpinBox::valueChanged, this, &ExportOptionsDialog::updateSummary);
    retranslateUi();
}

QSize ExportOptionsDialog::logicalSize() const
{
    return { m_width->value(), m_height->value() };
}

int ExportOptionsDialog::dpi() const
{
    return m_raster ? m_dpi->value() : 96;
}

void ExportOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Export options"));
    setFieldLabels(
        { tr("Width (px at 96 DPI)"), tr("Height (px at 96 DPI)"), tr("Resolution (DPI)") });
    updateSummary();
}

void ExportOptionsDialog::updateSummary()
{
    if (!m_raster) {
        m_summary->setText(tr("Vector output: sharp at any size."));
        return;
    }
    const int w = qRound(m_width->value() * m_dpi->value() / 96.0);
    const int h = qRound(m_height->value() * m_dpi->value() / 96.0);
    m_summary->setText(tr("The image will be %1 × %2 pixels.").arg(w).arg(h));
}

} // namespace policylens
