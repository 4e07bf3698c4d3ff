#include "targets/addtargetdialog.h"

#include "format/numberformatter.h"
#include "models/targetsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace policylens {

AddTargetDialog::AddTargetDialog(const TargetRecord &guess, const QString &quote,
    const Catalog &catalog, bool chinese, QWidget *parent)
    : FormDialog(parent)
    , m_input(guess)
    , m_quote(new QLabel(this))
    , m_indicator(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_counter(new QLineEdit(this))
    , m_comparator(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    setObjectName(QStringLiteral("addTargetDialog"));
    m_quote->setWordWrap(true);
    m_quote->setText(quote);
    for (const Catalog::Indicator &i : catalog.indicators())
        m_indicator->addItem(chinese ? i.nameZh : i.nameEn, i.key);
    if (m_indicator->findData(guess.indicator) < 0)
        m_indicator->addItem(guess.indicator, guess.indicator);
    m_indicator->setCurrentIndex(m_indicator->findData(guess.indicator));
    const auto language
        = chinese ? NumberFormatter::Language::Chinese : NumberFormatter::Language::English;
    for (const QString &unit : TargetsModel::units())
        m_unit->addItem(NumberFormatter::unitName(unit, language), unit);
    m_unit->setEditable(true);
    if (!guess.unit.isEmpty() && m_unit->findData(guess.unit) < 0)
        m_unit->addItem(guess.unit, guess.unit);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(guess.unit)));
    for (const QString &c : TargetsModel::comparators())
        m_comparator->addItem(NumberFormatter::comparatorSymbol(c), c);
    m_comparator->setCurrentIndex(m_comparator->findData(guess.comparator));
    m_value->setText(QString::number(guess.value, 'g', 15));
    m_counter->setText(guess.counter);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(QStringLiteral("—"));
    m_year->setValue(guess.year.value_or(0));
    for (const TargetKind k : TargetsModel::kinds())
        m_kind->addItem(QString(), QVariant::fromValue(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(QVariant::fromValue(guess.kind))));

    addFields({ m_quote, m_indicator, m_kind, m_comparator, m_value, m_unit, m_counter, m_year });
    m_ok = addOkCancel()->button(QDialogButtonBox::Ok);
    connect(m_value, &QLineEdit::textChanged, this, &AddTargetDialog::validate);
    retranslateUi();
    validate();
}

void AddTargetDialog::validate()
{
    m_ok->setEnabled(NumberFormatter::parseAmount(m_value->text()).has_value());
}

TargetRecord AddTargetDialog::input() const
{
    TargetRecord in = m_input;
    in.indicator = m_indicator->currentData().toString();
    in.kind = m_kind->currentData().value<TargetKind>();
    in.value = NumberFormatter::parseAmount(m_value->text()).value_or(0);
    const int unitIndex = m_unit->findText(m_unit->currentText());
    in.unit = unitIndex >= 0 ? m_unit->itemData(unitIndex).toString() : m_unit->currentText();
    in.counter = m_counter->text().trimmed();
    in.comparator = m_comparator->currentData().toString();
    in.year = m_year->value() > 0 ? std::optional<int>(m_year->value()) : std::nullopt;
    return in;
}

void AddTargetDialog::retranslateUi()
{
    setWindowTitle(tr("Add target"));
    setFieldLabels({ tr("Selected text:"), tr("Indicator:"), tr("Kind:"),
        tr("Comparator:"), tr("Value (base unit):"), tr("Unit:"), tr("Counter word:"),
        tr("Year:") });
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, TargetsModel::kindLabel(m_kind->itemData(i).value<TargetKind>()));
    m_value->setToolTip(
        tr("In yuan, percent, PFLOPS or a plain count; 3000亿 and 300 billion are understood."));
}

} // namespace policylens
