#include "coding/codingservice.h"

#include "coding/addcodingcommand.h"
#include "coding/changecodingcodecommand.h"
#include "coding/setcodingstatuscommand.h"

#include <QUndoStack>

namespace policylens {

CodingService::CodingService(QSqlDatabase db, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_codings(db)
    , m_codebooks(db)
{ }

CodingService::~CodingService() = default;

bool CodingService::pushChecked(QUndoCommand *command)
{
    // push() runs redo(); a redo that could not write reports failure and marks itself
    // obsolete, so the stack deletes it: the command must not be touched after a failure.
    m_pushFailed = false;
    m_stack->push(command);
    return !m_pushFailed;
}

bool CodingService::setStatus(qint64 codingId, CodingStatus status)
{
    const std::optional<CodingRecord> coding = m_codings.find(codingId);
    if (!coding) {
        emit failed(tr("There is no coding %1.").arg(codingId));
        return false;
    }
    if (coding->status == status)
        return true;
    return pushChecked(new SetCodingStatusCommand(this, codingId, coding->status, status));
}

qint64 CodingService::addCoding(qint64 documentId, int start, int end, qint64 codeId)
{
    if (!m_codebooks.code(codeId)) {
        emit failed(tr("There is no code %1.").arg(codeId));
        return 0;
    }
    CodingRecord record;
    record.documentId = documentId;
    record.codeId = codeId;
    record.start = start;
    record.end = end;
    record.confidence = 1;
    record.status = CodingStatus::Accepted;
    record.origin = CodingOrigin::Manual;
    auto *command = new AddCodingCommand(this, record);
    if (!pushChecked(command))
        return 0;
    return command->codingId();
}

qint64 CodingService::changeCode(qint64 codingId, qint64 newCodeId)
{
    const std::optional<CodingRecord> coding = m_codings.find(codingId);
    if (!coding || !m_codebooks.code(newCodeId)) {
        emit failed(coding ? tr("There is no code %1.").arg(newCodeId)
                           : tr("There is no coding %1.").arg(codingId));
        return 0;
    }
    if (coding->codeId == newCodeId)
        return codingId;
    auto *command = new ChangeCodingCodeCommand(this, *coding, newCodeId);
    if (!pushChecked(command))
        return 0;
    return command->newCodingId();
}

} // namespace policylens
