#include "coding/setcodingstatuscommand.h"

#include "coding/codingservice.h"

#include <QCoreApplication>

namespace policylens {

SetCodingStatusCommand::SetCodingStatusCommand(
    CodingService *service, qint64 id, CodingStatus from, CodingStatus to)
    : m_service(service)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
    setText(to == CodingStatus::Accepted ? QCoreApplication::translate("CodingService", "Accept coding")
            : to == CodingStatus::Rejected
            ? QCoreApplication::translate("CodingService", "Reject coding")
            : QCoreApplication::translate("CodingService", "Reset coding review"));
}

void SetCodingStatusCommand::apply(CodingStatus status)
{
    if (!m_service->codings().setStatus(m_id, status)) {
        // Not written: drop the command instead of pretending it happened.
        setObsolete(true);
        m_service->notifyFailed(m_service->codings().lastError());
        return;
    }
    m_service->notifyChanged(m_id);
}

void SetCodingStatusCommand::undo()
{
    apply(m_from);
}

void SetCodingStatusCommand::redo()
{
    apply(m_to);
}

} // namespace policylens
