#include "review/choosetargetcommand.h"

#include "review/reviewservice.h"

#include <QCoreApplication>

namespace policylens {

ChooseTargetCommand::ChooseTargetCommand(
    ReviewService *service, ChoiceKey key, qint64 oldChoice, qint64 newChoice)
    : m_service(service)
    , m_key(std::move(key))
    , m_old(oldChoice)
    , m_new(newChoice)
{
    setText(QCoreApplication::translate("ReviewCommands", "Choose which value counts"));
}

void ChooseTargetCommand::apply(qint64 choice)
{
    TargetChoices &choices = m_service->choices();
    const QList<qint64> before = choices.competitors(m_key);
    if (!choices.setChosen(m_key, choice)) {
        m_service->notifyFailed(choices.lastError());
        return;
    }
    // Every competitor's "counts" mark may have changed.
    for (qint64 id : before)
        m_service->notifyTargetChanged(id);
}

void ChooseTargetCommand::redo()
{
    apply(m_new);
}

void ChooseTargetCommand::undo()
{
    apply(m_old);
}

} // namespace policylens
