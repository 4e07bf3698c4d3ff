#pragma once

#include "coding/codebookrepository.h"
#include "coding/codingrepository.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace policylens {

// Every review action on codings as an undoable command on one QUndoStack, written to the
// workspace at once. The GUI and the command line both go through it (the command line with a
// stack of its own), so an edit is the same edit wherever it is made.
class CodingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingService)

public:
    CodingService(QSqlDatabase db, QUndoStack *stack, QObject *parent = nullptr);
    ~CodingService() override;

    QUndoStack *undoStack() const { return m_stack; }
    CodingRepository &codings() { return m_codings; }
    CodebookRepository &codebooks() { return m_codebooks; }

    // Each returns false (and emits failed) when the coding or code does not exist; otherwise
    // the change is saved and on the undo stack.
    bool setStatus(qint64 codingId, CodingStatus status);
    // A person's coding (accepted) of [start, end) of a document's text with a code.
    qint64 addCoding(qint64 documentId, int start, int end, qint64 codeId);
    // Replaces a coding's code: the automatic one is kept as rejected (so re-coding does not
    // bring it back), a manual one is removed; the new code is a person's accepted coding.
    // Returns the new coding's id, or 0.
    qint64 changeCode(qint64 codingId, qint64 newCodeId);

    // Used by the undo commands, not by views.
    void notifyChanged(qint64 codingId) { emit codingChanged(codingId); }
    void notifyInserted(qint64 codingId) { emit codingInserted(codingId); }
    void notifyRemoved(qint64 codingId) { emit codingRemoved(codingId); }
    void notifyFailed(const QString &message)
    {
        m_pushFailed = true;
        emit failed(message);
    }

signals:
    void codingChanged(qint64 codingId);
    void codingInserted(qint64 codingId);
    void codingRemoved(qint64 codingId);
    void failed(const QString &message);

private:
    bool pushChecked(QUndoCommand *command);

    QUndoStack *m_stack;
    CodingRepository m_codings;
    CodebookRepository m_codebooks;
    bool m_pushFailed = false;
};

} // namespace policylens
