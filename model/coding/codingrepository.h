#pragma once

#include "coding/codingtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

class QSqlQuery;

namespace policylens {

// All SQL on the codings table. Every write is immediate (autocommit or one transaction), so
// the workspace on disk holds what the researcher sees.
class CodingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CodingRepository)

public:
    explicit CodingRepository(QSqlDatabase db);

    std::optional<CodingRecord> find(qint64 id) const;
    // In sentence order, then code position.
    QList<CodingRecord> forDocument(qint64 documentId) const;

    // Inserts record; if record.id > 0 that id is reused (redo of an undone insert).
    // Returns the id, or 0 with lastError() set.
    qint64 insert(const CodingRecord &record);
    bool remove(qint64 id);
    bool setStatus(qint64 id, CodingStatus status);

    // Re-coding: deletes the document's automatic codings nobody reviewed, then inserts the fresh
    // ones (codes looked up by key; unknown keys are skipped), except those equal to a kept
    // coding (same sentence span and code, reviewed or manual): a person's decision stands.
    std::optional<RecodeResult> replaceAutoCodings(qint64 documentId, const QList<AutoCoding> &fresh);
    // The same without a transaction of its own (import writes inside the document's). The
    // codes are read on the first call: use a fresh repository after codes changed.
    std::optional<RecodeResult> writeAutoCodings(qint64 documentId, const QList<AutoCoding> &fresh);

    // A record from columns 0-10 of a query selecting, in this order: id, document_id, code_id,
    // start_offset, end_offset, confidence, reason_kind, reason_cue, reason_verb,
    // review_status, origin (what the repository and the codings table model both read).
    static CodingRecord recordFromQuery(const QSqlQuery &q);
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, qint64> m_codeIds; // "codebook/key" and "key" -> codes.id, for writeAutoCodings
};

} // namespace policylens
