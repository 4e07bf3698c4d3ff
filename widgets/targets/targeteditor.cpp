#include "targets/targeteditor.h"

#include "common/formrows.h"
#include "common/regioncombo.h"
#include "common/wraplabel.h"
#include "format/numberformatter.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

namespace policylens {

TargetEditor::TargetEditor(QWidget *parent)
    : Retranslating(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_region(new RegionCombo(this))
    , m_indicator(new QComboBox(this))
    , m_comparator(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_apply(new QPushButton(this))
    , m_reason(new WrapLabel(this))
{
    m_reason->setObjectName(QStringLiteral("targetReason"));
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("applyTargetEdit"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(QStringLiteral("—"));
    m_unit->setEditable(true);
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_region->setObjectName(QStringLiteral("targetRegion"));
    addLabelledRows(
        m_form, { m_kind, m_region, m_indicator, m_comparator, m_value, m_unit, m_year });
    m_form->addRow(m_apply);
    addLabelledRows(m_form, { m_reason });
    connect(m_apply, &QPushButton::clicked, this, &TargetEditor::apply);
    connect(m_value, &QLineEdit::returnPressed, this, &TargetEditor::apply);
    retranslateUi();
    setTarget({});
}

void TargetEditor::setSession(WorkspaceSession *session)
{
    m_session = session;
    fillChoices();
    setTarget({});
}

void TargetEditor::fillChoices()
{
    const bool zh = QLocale().language() == QLocale::Chinese;
    const auto language
        = zh ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    const QVariant indicator = m_indicator->currentData();
    const QVariant comparator = m_comparator->currentData();
    const QVariant unit = m_unit->currentData();
    const QVariant kind = m_kind->currentData();
    m_kind->clear();
    for (const TargetKind k : TargetsModel::kinds())
        m_kind->addItem(TargetsModel::kindLabel(k), toString(k));
    m_kind->setCurrentIndex(m_kind->findData(kind));
    if (m_session)
        m_region->fill(m_session->catalog(), zh);
    m_indicator->clear();
    m_comparator->clear();
    m_unit->clear();
    if (m_session) {
        for (const Catalog::Indicator &i : m_session->catalog().indicators())
            m_indicator->addItem(zh ? i.nameZh : i.nameEn, i.key);
    }
    for (const QString &c : TargetsModel::comparators())
        m_comparator->addItem(NumberFormatter::comparatorSymbol(c), c);
    for (const QString &u : TargetsModel::units())
        m_unit->addItem(NumberFormatter::unitName(u, language), u);
    m_indicator->setCurrentIndex(m_indicator->findData(indicator));
    m_comparator->setCurrentIndex(m_comparator->findData(comparator));
    m_unit->setCurrentIndex(m_unit->findData(unit));
}

void TargetEditor::setTarget(const QModelIndex &index)
{
    m_id = index.isValid() ? index.data(TargetsModel::IdRole).toLongLong() : 0;
    m_index = index;
    setEnabled(m_id > 0 && m_session);
    showReason();
    if (!m_id) {
        m_value->clear();
        m_year->setValue(0);
        return;
    }
    const QAbstractItemModel *model = index.model();
    const int row = index.row();
    m_kind->setCurrentIndex(m_kind->findData(toString(index.data(TargetsModel::KindRole).value<TargetKind>())));
    m_region->setRegionId(index.data(TargetsModel::RegionIdRole).toLongLong());
    const QString indicator = index.data(TargetsModel::IndicatorKeyRole).toString();
    if (m_indicator->findData(indicator) < 0)
        m_indicator->addItem(indicator, indicator);
    m_indicator->setCurrentIndex(m_indicator->findData(indicator));
    m_comparator->setCurrentIndex(
        m_comparator->findData(model->index(row, TargetsModel::Comparator).data(Qt::EditRole)));
    const QString unit = model->index(row, TargetsModel::Unit).data(Qt::EditRole).toString();
    if (m_unit->findData(unit) < 0)
        m_unit->addItem(unit, unit);
    m_unit->setCurrentIndex(m_unit->findData(unit));
    // Show the amount as people read it (3000亿元) when that reads back to the same number.
    const double value = index.data(TargetsModel::ValueRole).toDouble();
    const QString readable = model->index(row, TargetsModel::Value).data().toString();
    const auto back = NumberFormatter::parseAmount(readable);
    m_value->setText(back && qFuzzyCompare(*back + 1.0, value + 1.0)
            ? readable
            : QString::number(value, 'g', 15));
    m_year->setValue(index.data(TargetsModel::YearRole).toInt());
}

bool TargetEditor::apply()
{
    if (!m_session || !m_id)
        return false;
    const auto value = NumberFormatter::parseAmount(m_value->text());
    if (!value) {
        m_value->setFocus();
        m_value->selectAll();
        return false;
    }
    const int unitIndex = m_unit->findText(m_unit->currentText());
    const QString unit
        = unitIndex >= 0 ? m_unit->itemData(unitIndex).toString() : m_unit->currentText();
    const qint64 region = m_region->regionId();
    const QList<QPair<TargetField, QVariant>> fields {
        { TargetField::Kind, m_kind->currentData() },
        { TargetField::Region, region > 0 ? QVariant(region) : QVariant() },
        { TargetField::Indicator, m_indicator->currentData() },
        { TargetField::Comparator, m_comparator->currentData() },
        { TargetField::Value, *value },
        { TargetField::Unit, unit },
        { TargetField::Year, m_year->value() > 0 ? QVariant(m_year->value()) : QVariant() },
    };
    // One undo step for the whole form; unchanged fields add no command.
    QUndoStack *stack = m_session->undoStack();
    const qint64 id = m_id;
    stack->beginMacro(tr("Edit target"));
    bool ok = true;
    for (const auto &[field, v] : fields)
        ok = m_session->review()->edit(id, field, v) && ok;
    stack->endMacro();
    return ok;
}

void TargetEditor::showReason()
{
    if (!m_id || !m_index.isValid()) {
        m_reason->setText(QString());
        return;
    }
    const QString reason = m_index.data(TargetsModel::ReasonRole).toString();
    m_reason->setText(reason.isEmpty() ? tr("Added by hand: no extraction cues.") : reason);
}

void TargetEditor::reloadForLanguage()
{
    // Kind, indicator and unit names, and the extractor's reason, are in the UI language.
    fillChoices();
    showReason();
}

void TargetEditor::retranslateUi()
{
    // The empty entry is the Apply button's row.
    setFormLabels(m_form, { tr("Kind:"), tr("Region:"), tr("Indicator:"), tr("Comparator:"),
        tr("Value:"), tr("Unit:"), tr("Year:"), QString(), tr("Why:") });
    m_reason->setToolTip(tr("The words and years that decided kind, year, comparator and "
                            "indicator when the target was extracted."));
    m_value->setToolTip(tr("In base units; 3000亿 and 300 billion are understood."));
    m_apply->setText(tr("Apply changes"));
}

} // namespace policylens
