#include "coding/addcodingcommand.h"

#include "coding/codingservice.h"

#include <QCoreApplication>

namespace policylens {

AddCodingCommand::AddCodingCommand(CodingService *service, CodingRecord record)
    : m_service(service)
    , m_record(std::move(record))
{
    setText(QCoreApplication::translate("CodingService", "Add coding"));
}

void AddCodingCommand::redo()
{
    const qint64 id = m_service->codings().insert(m_record);
    if (id == 0) {
        setObsolete(true);
        m_service->notifyFailed(m_service->codings().lastError());
        return;
    }
    m_record.id = id;
    m_service->notifyInserted(id);
}

void AddCodingCommand::undo()
{
    if (!m_service->codings().remove(m_record.id)) {
        setObsolete(true);
        m_service->notifyFailed(m_service->codings().lastError());
        return;
    }
    m_service->notifyRemoved(m_record.id);
}

} // namespace policylens
