#pragma once

#include "review/targetchoices.h"

#include <QUndoCommand>

namespace policylens {

class ReviewService;

// Makes one of several competing targets the one that counts for its region, indicator, year
// and kind (0 returns to the default: final over draft, newer over older). Undo restores the
// previous choice.
class ChooseTargetCommand final : public QUndoCommand
{
public:
    ChooseTargetCommand(ReviewService *service, ChoiceKey key, qint64 oldChoice, qint64 newChoice);
    void undo() override;
    void redo() override;

private:
    void apply(qint64 choice);

    ReviewService *m_service;
    ChoiceKey m_key;
    qint64 m_old;
    qint64 m_new;
};

} // namespace policylens
