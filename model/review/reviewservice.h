#pragma once

#include "review/documentrepository.h"
#include "review/statisticsrepository.h"
#include "review/targetchoices.h"
#include "review/targetrepository.h"

#include <QObject>

class QUndoStack;

namespace policylens {

// Every review action as an undoable command on one QUndoStack, written to the workspace at
// once. Item models listen to the change signals to refresh single rows.
class ReviewService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewService)

public:
    ReviewService(QSqlDatabase db, QUndoStack *stack, QObject *parent = nullptr);
    ~ReviewService() override;

    QUndoStack *undoStack() const { return m_stack; }
    TargetRepository &targets() { return m_targets; }
    StatisticsRepository &statistics() { return m_statistics; }
    DocumentRepository &documents() { return m_documents; }
    TargetChoices &choices() { return m_choices; }

    // Each returns false (and emits failed) when the target does not exist or the value is
    // invalid for the field; otherwise the change is applied, saved and on the undo stack.
    bool verify(qint64 id);
    bool reject(qint64 id);
    bool setStatus(qint64 id, ReviewStatus status);
    bool edit(qint64 id, TargetField field, const QVariant &value);
    // A target from text the researcher selected: documentId, the quantity and the spans are
    // read from input; it is stored verified, as manual, in the document's region.
    qint64 addManualTarget(const TargetRecord &input);
    bool editStatistic(qint64 id, StatisticField field, const QVariant &value);
    // Corrects a document's metadata (reviewservicedocuments.cpp). Region takes a code, name
    // or alias ('' for unknown), Published a QDate or ISO date ('' for unknown), Type and
    // Status their keys.
    bool editDocument(qint64 id, DocumentField field, const QVariant &value);
    // Makes targetId the value that counts among its competitors (0 with a key: the default).
    bool chooseTarget(qint64 targetId);
    bool clearChoice(const ChoiceKey &key);

    // Validates and normalises a value for a field (numbers, comparator set, year range).
    static std::optional<QVariant> normalise(TargetField field, const QVariant &value);

    // Used by the undo commands, not by views.
    void notifyTargetChanged(qint64 id) { emit targetChanged(id); }
    void notifyTargetInserted(qint64 id) { emit targetInserted(id); }
    void notifyTargetRemoved(qint64 id, qint64 documentId) { emit targetRemoved(id, documentId); }
    void notifyStatisticChanged(qint64 id) { emit statisticChanged(id); }
    void notifyDocumentChanged(qint64 id) { emit documentChanged(id); }
    void notifyFailed(const QString &message) { emit failed(message); }

signals:
    void targetChanged(qint64 id);
    void targetInserted(qint64 id);
    void targetRemoved(qint64 id, qint64 documentId);
    void statisticChanged(qint64 id);
    void documentChanged(qint64 id);
    void failed(const QString &message);

private:
    QUndoStack *m_stack;
    TargetRepository m_targets;
    StatisticsRepository m_statistics;
    DocumentRepository m_documents;
    TargetChoices m_choices;
};

} // namespace policylens
