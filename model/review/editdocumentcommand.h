#pragma once

#include "review/documentfield.h"

#include <QUndoCommand>
#include <QVariant>

namespace policylens {

class ReviewService;

// Corrects one metadata field of a document and marks it as set by a person, so re-detection
// and re-extraction keep it. Undo restores the value and the marks as they were.
class EditDocumentCommand final : public QUndoCommand
{
public:
    EditDocumentCommand(ReviewService *service, qint64 id, DocumentField field, QVariant oldValue,
        QVariant newValue);
    void undo() override;
    void redo() override;

private:
    ReviewService *m_service;
    qint64 m_id;
    DocumentField m_field;
    QVariant m_old;
    QVariant m_new;
    QString m_oldUserFields;
};

} // namespace policylens
