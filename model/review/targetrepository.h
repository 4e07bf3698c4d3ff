#pragma once

#include "review/targetrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

class QSqlQuery;

namespace policylens {

// All SQL on the targets table that review and re-extraction need. Every write is immediate
// (SQLite autocommit or one transaction), so the workspace on disk always holds what the
// researcher sees.
class TargetRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db);

    std::optional<TargetRecord> find(qint64 id) const;
    QList<TargetRecord> forDocument(qint64 documentId) const;

    // Inserts record; if record.id > 0 that id is reused (redo of an undone insert).
    // Returns the id, or 0 with lastError() set.
    qint64 insert(const TargetRecord &record);
    bool remove(qint64 id);
    bool setStatus(qint64 id, ReviewStatus status);
    bool setField(qint64 id, TargetField field, const QVariant &value);
    QVariant field(qint64 id, TargetField field) const;
    // The '|'-separated fields a person set (targetFieldKey); kept through re-extraction and
    // through a change of the document's region.
    QString userFields(qint64 id) const;
    bool setUserFields(qint64 id, const QString &fields);

    // Re-extraction: deletes only the document's targets that are still unreviewed AND came
    // from the extractor, then inserts fresh ones (their quantity, spans, confidence and
    // reason; stored unreviewed and extracted, in the document's region), skipping any that
    // sits on the same quote span as a kept target (verified, edited, rejected or manual).
    // One transaction.
    std::optional<ReplaceResult> replaceExtractedTargets(
        qint64 documentId, const QList<TargetRecord> &fresh);
    // The same work without a transaction of its own, for a caller that already holds one
    // (import stores a new document's targets inside the document's own transaction).
    std::optional<ReplaceResult> writeExtractedTargets(
        qint64 documentId, const QList<TargetRecord> &fresh);

    static QString columnName(TargetField field);
    // A record from columns 0-19 of a query selecting, in this order: id, document_id,
    // region_id, indicator_key, kind, value, value_max, unit, counter, comparator, year,
    // approximate, sentence, start_offset, end_offset, quote_start, quote_end, confidence,
    // review_status, origin (what the repository and the targets table model both read).
    static TargetRecord recordFromQuery(const QSqlQuery &q);
    QSqlDatabase database() const { return m_db; }
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
