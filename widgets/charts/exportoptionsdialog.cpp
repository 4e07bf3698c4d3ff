#include "charts/exportoptionsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace policylens {

ExportOptionsDialog::ExportOptionsDialog(bool raster, QWidget *parent)
    : QDialog(parent)
    , m_raster(raster)
    , m_form(new QFormLayout(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_width->setRange(100, 10000);
    m_width->setValue(1200);
    m_height->setRange(100, 10000);
    m_height->setValue(750);
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(300);
    // QFormLayout creates no label for an empty text, and retranslateUi() sets the texts
    // through labelForField(): give each row a real label up front.
    m_form->addRow(new QLabel(this), m_width);
    m_form->addRow(new QLabel(this), m_height);
    m_form->addRow(new QLabel(this), m_dpi);
    m_form->addRow(m_summary);
    m_form->addRow(m_buttons);
    m_dpi->setVisible(raster);
    m_form->labelForField(m_dpi)->setVisible(raster);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *box : { m_width, m_height, m_dpi })
        connect(box, &QSpinBox::valueChanged, this, &ExportOptionsDialog::updateSummary);
    retranslateUi();
}

ExportOptionsDialog::~ExportOptionsDialog() = default;

QSize ExportOptionsDialog::logicalSize() const
{
    return { m_width->value(), m_height->value() };
}

int ExportOptionsDialog::dpi() const
{
    return m_raster ? m_dpi->value() : 96;
}

void ExportOptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportOptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Export options"));
    qobject_cast<QLabel *>(m_form->labelForField(m_width))->setText(tr("Width (px at 96 DPI)"));
    qobject_cast<QLabel *>(m_form->labelForField(m_height))->setText(tr("Height (px at 96 DPI)"));
    qobject_cast<QLabel *>(m_form->labelForField(m_dpi))->setText(tr("Resolution (DPI)"));
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
