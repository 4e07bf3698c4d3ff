#pragma once

#include "review/reviewservice.h"

#include <QUndoCommand>

namespace policylens {

// The undoable review edits. Each redo()/undo() writes to the workspace and tells the
// service, which tells the item models. A redo that cannot be written marks the command
// obsolete so the stack drops it rather than pretending it happened.

class SetTargetStatusCommand final : public QUndoCommand
{
public:
    SetTargetStatusCommand(
        ReviewService *service, qint64 id, ReviewStatus oldStatus, ReviewStatus newStatus);
    void undo() override;
    void redo() override;

private:
    ReviewService *m_service;
    qint64 m_id;
    ReviewStatus m_old;
    ReviewStatus m_new;
};

class AddTargetCommand final : public QUndoCommand
{
public:
    AddTargetCommand(ReviewService *service, TargetRecord record);
    void undo() override;
    void redo() override;
    qint64 targetId() const { return m_record.id; }

private:
    ReviewService *m_service;
    TargetRecord m_record;
};

// Changes one field of a target, a statistic or a document (Field says which). A field of a
// target or document is marked as set by a person (user_fields), so re-extraction and
// re-detection keep it, and a target becomes 'edited'. Undo restores value, marks and status.
template<typename Field> class EditFieldCommand final : public QUndoCommand
{
public:
    EditFieldCommand(ReviewService *service, qint64 id, Field field, QVariant oldValue,
        QVariant newValue, ReviewStatus oldStatus = ReviewStatus::Unreviewed);
    void undo() override;
    void redo() override;

private:
    ReviewService *m_service;
    qint64 m_id;
    Field m_field;
    QVariant m_old;
    QVariant m_new;
    ReviewStatus m_oldStatus; // targets only
    QString m_oldUserFields; // targets and documents
};

// Each kind of row is written through its own repository (reviewcommands.cpp).
template<> void EditFieldCommand<TargetField>::redo();
template<> void EditFieldCommand<TargetField>::undo();
template<> void EditFieldCommand<StatisticField>::redo();
template<> void EditFieldCommand<StatisticField>::undo();
template<> void EditFieldCommand<DocumentField>::redo();
template<> void EditFieldCommand<DocumentField>::undo();
extern template class EditFieldCommand<TargetField>;
extern template class EditFieldCommand<StatisticField>;
extern template class EditFieldCommand<DocumentField>;

using EditTargetCommand = EditFieldCommand<TargetField>;
using EditStatisticCommand = EditFieldCommand<StatisticField>;
using EditDocumentCommand = EditFieldCommand<DocumentField>;

} // namespace policylens
