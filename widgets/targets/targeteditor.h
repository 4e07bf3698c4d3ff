#pragma once

#include "common/retranslating.h"
#include "common/wraplabel.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace policylens {

class RegionCombo;
class WorkspaceSession;

// The side-panel form for one target's kind, region, indicator, comparator, value, unit and
// year. Apply writes every changed field as one undo step.
class TargetEditor final : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit TargetEditor(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    // Loads the target shown by a TargetsModel index (any column); an invalid index clears.
    void setTarget(const QModelIndex &index);
    qint64 targetId() const { return m_id; }

    // Applies the form; false when a field is invalid (nothing is written then).
    bool apply();

    QLineEdit *valueEdit() const { return m_value; }
    QSpinBox *yearEdit() const { return m_year; }
    QComboBox *indicatorEdit() const { return m_indicator; }
    QComboBox *comparatorEdit() const { return m_comparator; }
    QComboBox *unitEdit() const { return m_unit; }
    QComboBox *kindEdit() const { return m_kind; }
    RegionCombo *regionEdit() const { return m_region; }
    QLabel *reasonLabel() const { return m_reason; }

private:
    void retranslateUi() override;
    void reloadForLanguage() override;
    void showReason();
    void fillChoices();

    WorkspaceSession *m_session = nullptr;
    qint64 m_id = 0;
    QFormLayout *m_form;
    QComboBox *m_kind;
    RegionCombo *m_region;
    QComboBox *m_indicator;
    QComboBox *m_comparator;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QSpinBox *m_year;
    QPushButton *m_apply;
    WrapLabel *m_reason; // why the extractor read the target so; read-only
    QPersistentModelIndex
        m_index; // the target shown, to re-describe its reason on a language change
};

} // namespace policylens
