#include "coding/changecodingcodecommand.h"

#include "coding/codingservice.h"

#include <QCoreApplication>

namespace policylens {

ChangeCodingCodeCommand::ChangeCodingCodeCommand(
    CodingService *service, CodingRecord old, qint64 newCodeId)
    : m_service(service)
    , m_old(std::move(old))
{
    m_new.documentId = m_old.documentId;
    m_new.codeId = newCodeId;
    m_new.start = m_old.start;
    m_new.end = m_old.end;
    m_new.confidence = 1;
    m_new.status = CodingStatus::Accepted;
    m_new.origin = CodingOrigin::Manual;
    setText(QCoreApplication::translate("CodingService", "Change code"));
}

bool ChangeCodingCodeCommand::retire()
{
    CodingRepository &codings = m_service->codings();
    const bool ok = m_old.origin == CodingOrigin::Manual
        ? codings.remove(m_old.id)
        : codings.setStatus(m_old.id, CodingStatus::Rejected);
    if (ok) {
        if (m_old.origin == CodingOrigin::Manual)
            m_service->notifyRemoved(m_old.id);
        else
            m_service->notifyChanged(m_old.id);
    }
    return ok;
}

bool ChangeCodingCodeCommand::restore()
{
    CodingRepository &codings = m_service->codings();
    if (m_old.origin == CodingOrigin::Manual) {
        if (codings.insert(m_old) == 0)
            return false;
        m_service->notifyInserted(m_old.id);
        return true;
    }
    if (!codings.setStatus(m_old.id, m_old.status))
        return false;
    m_service->notifyChanged(m_old.id);
    return true;
}

void ChangeCodingCodeCommand::redo()
{
    const qint64 id = m_service->codings().insert(m_new);
    if (id == 0 || !retire()) {
        if (id != 0)
            m_service->codings().remove(id);
        setObsolete(true);
        m_service->notifyFailed(m_service->codings().lastError());
        return;
    }
    m_new.id = id;
    m_service->notifyInserted(id);
}

void ChangeCodingCodeCommand::undo()
{
    if (!m_service->codings().remove(m_new.id) || !restore()) {
        setObsolete(true);
        m_service->notifyFailed(m_service->codings().lastError());
        return;
    }
    m_service->notifyRemoved(m_new.id);
}

} // namespace policylens
