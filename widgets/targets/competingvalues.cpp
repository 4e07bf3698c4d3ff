#include "targets/competingvalues.h"

#include "common/wraplabel.h"
#include "review/reviewservice.h"
#include "session/workspacesession.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace policylens {

CompetingValues::CompetingValues(QWidget *parent)
    : Retranslating(parent)
    , m_state(new WrapLabel(this))
    , m_choose(new QPushButton(this))
    , m_default(new QPushButton(this))
{
    setObjectName(QStringLiteral("competingValues"));
    m_choose->setObjectName(QStringLiteral("chooseValue"));
    m_default->setObjectName(QStringLiteral("defaultChoice"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_default);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (m_session && m_target > 0)
            m_session->review()->chooseTarget(m_target);
    });
    connect(m_default, &QPushButton::clicked, this, [this] {
        if (m_session && m_target > 0)
            m_session->review()->clearChoice(m_session->review()->choices().keyOf(m_target));
    });
    retranslateUi();
    hide();
}

QLabel *CompetingValues::stateLabel() const
{
    return m_state;
}

void CompetingValues::setSession(WorkspaceSession *session)
{
    m_session = session;
    setTarget(0);
}

void CompetingValues::setTarget(qint64 targetId)
{
    m_target = targetId;
    refresh();
}

void CompetingValues::refresh()
{
    if (!m_session || m_target <= 0) {
        hide();
        return;
    }
    TargetChoices &choices = m_session->review()->choices();
    const ChoiceKey key = choices.keyOf(m_target);
    const QList<qint64> competitors = choices.competitors(key);
    if (competitors.size() < 2 || !competitors.contains(m_target)) {
        hide();
        return;
    }
    const bool counts = choices.counting(key) == m_target;
    const bool personChose = choices.chosen(key) != 0;
    const QString many = tr(
        "%n values exist for this region, indicator and year.", nullptr, int(competitors.size()));
    QString state;
    if (counts && personChose)
        state = tr("This one counts: you chose it.");
    else if (counts)
        state = tr("This one counts by default (final over draft, newer over older).");
    else
        state = tr("Another value counts in charts and reports.");
    m_state->setText(many + QLatin1Char('\n') + state);
    m_choose->setEnabled(!counts);
    m_default->setEnabled(personChose);
    show();
}

void CompetingValues::reloadForLanguage()
{
    refresh(); // the state line is written in the UI language
}

void CompetingValues::retranslateUi()
{
    m_choose->setText(tr("Count this value"));
    m_choose->setToolTip(tr("Use this value in charts and reports instead of the others for "
                            "the same region, indicator and year."));
    m_default->setText(tr("Default choice"));
    m_default->setToolTip(tr("Forget your choice: a final document counts over a draft, a newer "
                             "one over an older."));
}

} // namespace policylens
