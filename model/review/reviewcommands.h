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

class EditTargetCommand final : public QUndoCommand
{
public:
    EditTargetCommand(ReviewService *service, qint64 id, TargetField field, QVariant oldValue,
        QVariant newValue, ReviewStatus oldStatus);
    void undo() override;
    void redo() override;

private:
    ReviewService *m_service;
    qint64 m_id;
    TargetField m_field;
    QVariant m_old;
    QVariant m_new;
    ReviewStatus m_oldStatus;
    QString m_oldUserFields;
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

class EditStatisticCommand final : public QUndoCommand
{
public:
    EditStatisticCommand(ReviewService *service, qint64 id, StatisticField field, QVariant oldValue,
        QVariant newValue);
    void undo() override;
    void redo() override;

private:
    ReviewService *m_service;
    qint64 m_id;
    StatisticField m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace policylens
