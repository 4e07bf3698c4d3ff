#pragma once

#include "coding/codingtypes.h"

#include <QUndoCommand>

namespace policylens {

class CodingService;

// Accept, reject or reset one coding.
class SetCodingStatusCommand final : public QUndoCommand
{
public:
    SetCodingStatusCommand(CodingService *service, qint64 id, CodingStatus from, CodingStatus to);
    void undo() override;
    void redo() override;

private:
    void apply(CodingStatus status);

    CodingService *m_service;
    qint64 m_id;
    CodingStatus m_from;
    CodingStatus m_to;
};

} // namespace policylens
