#pragma once

#include "coding/codingtypes.h"

#include <QUndoCommand>

namespace policylens {

class CodingService;

// Gives a coded sentence another code: the old automatic coding stays as rejected (re-coding
// then cannot bring it back), an old manual one is removed; the new code is added as a
// person's accepted coding on the same span. Undo restores both.
class ChangeCodingCodeCommand final : public QUndoCommand
{
public:
    ChangeCodingCodeCommand(CodingService *service, CodingRecord old, qint64 newCodeId);
    void undo() override;
    void redo() override;
    qint64 newCodingId() const { return m_new.id; }

private:
    bool retire();
    bool restore();

    CodingService *m_service;
    CodingRecord m_old;
    CodingRecord m_new;
};

} // namespace policylens
