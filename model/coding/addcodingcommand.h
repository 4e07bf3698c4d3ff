#pragma once

#include "coding/codingtypes.h"

#include <QUndoCommand>

namespace policylens {

class CodingService;

// Adds a person's coding; undo deletes it, redo restores it with the same id.
class AddCodingCommand final : public QUndoCommand
{
public:
    AddCodingCommand(CodingService *service, CodingRecord record);
    void undo() override;
    void redo() override;
    qint64 codingId() const { return m_record.id; }

private:
    CodingService *m_service;
    CodingRecord m_record;
};

} // namespace policylens
