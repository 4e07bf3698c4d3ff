#pragma once

#include "common/retranslating.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace policylens {

class WorkspaceSession;
class WrapLabel;

// Where several values exist for one region, indicator and year, says so beside the target and
// lets the researcher pick the one that counts (or go back to the default order: final over
// draft, newer over older). The choice is stored and undoable (ReviewService::chooseTarget);
// charts, their tooltips and reports follow it. Hidden for a target without competitors.
class CompetingValues final : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit CompetingValues(QWidget *parent = nullptr);

    void setSession(WorkspaceSession *session);
    void setTarget(qint64 targetId); // 0: none
    void refresh();

    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *defaultButton() const { return m_default; }
    QLabel *stateLabel() const;

private:
    void retranslateUi() override;
    void reloadForLanguage() override;

    WorkspaceSession *m_session = nullptr;
    qint64 m_target = 0;
    WrapLabel *m_state;
    QPushButton *m_choose;
    QPushButton *m_default;
};

} // namespace policylens
