#include "coding/codingrepository.h"

#include "coding/savepoint.h"
#include "instruments/codingreason.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <set>
#include <tuple>

namespace policylens {

namespace {

const char *const codingColumns
    = "SELECT id, document_id, code_id, start_offset, end_offset, confidence, reason_kind, "
      "reason_cue, reason_verb, review_status, origin FROM codings ";

} // namespace

CodingRecord CodingRepository::recordFromQuery(const QSqlQuery &q)
{
    CodingRecord r;
    r.id = q.value(0).toLongLong();
    r.documentId = q.value(1).toLongLong();
    r.codeId = q.value(2).toLongLong();
    r.start = q.value(3).toInt();
    r.end = q.value(4).toInt();
    r.confidence = q.value(5).toDouble();
    if (const auto kind = reasonKindFromKey(q.value(6).toString()))
        r.reason = CodingReason { *kind, q.value(7).toString(), q.value(8).toString() };
    r.status = codingStatusFromKey(q.value(9).toString()).value_or(CodingStatus::Unreviewed);
    r.origin = codingOriginFromKey(q.value(10).toString()).value_or(CodingOrigin::Auto);
    return r;
}

namespace {

using SpanCode = std::tuple<int, int, qint64>;

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

CodingRepository::CodingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool CodingRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<CodingRecord> CodingRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(codingColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFromQuery(q);
}

QList<CodingRecord> CodingRepository::forDocument(qint64 documentId) const
{
    QList<CodingRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT g.id, g.document_id, g.code_id, g.start_offset, g.end_offset, g.confidence, "
        "g.reason_kind, g.reason_cue, g.reason_verb, g.review_status, g.origin FROM codings g "
        "JOIN codes c ON c.id = g.code_id "
        "WHERE g.document_id = ? ORDER BY g.start_offset, c.codebook_id, c.position, g.id"));
    q.addBindValue(documentId);
    if (q.exec()) {
        while (q.next())
            out << recordFromQuery(q);
    }
    return out;
}

qint64 CodingRepository::insert(const CodingRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO codings (id, document_id, code_id, start_offset, end_offset, confidence, "
        "reason_kind, reason_cue, reason_verb, review_status, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant());
    q.addBindValue(r.documentId);
    q.addBindValue(r.codeId);
    q.addBindValue(r.start);
    q.addBindValue(r.end);
    q.addBindValue(r.confidence);
    q.addBindValue(r.reason ? reasonKindKey(r.reason->kind) : QStringLiteral(""));
    q.addBindValue(r.reason ? text(r.reason->cue) : QStringLiteral(""));
    q.addBindValue(r.reason ? text(r.reason->verb) : QStringLiteral(""));
    q.addBindValue(codingStatusKey(r.status));
    q.addBindValue(codingOriginKey(r.origin));
    if (r.end <= r.start || !q.exec()) {
        fail(tr("Cannot save the coding: %1")
                 .arg(r.end <= r.start ? tr("the selection is empty") : q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool CodingRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM codings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Cannot delete coding %1: %2")
                        .arg(id)
                        .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such coding")));
    return true;
}

bool CodingRepository::setStatus(qint64 id, CodingStatus status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE codings SET review_status = ? WHERE id = ?"));
    q.addBindValue(codingStatusKey(status));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(tr("Cannot set the review state of coding %1: %2")
                        .arg(id)
                        .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such coding")));
    return true;
}

std::optional<RecodeResult> CodingRepository::replaceAutoCodings(
    qint64 documentId, const QList<AutoCoding> &fresh)
{
    Savepoint savepoint(m_db);
    if (!savepoint.isOpen()) {
        fail(tr("Cannot re-code document %1: %2").arg(documentId).arg(savepoint.error()));
        return std::nullopt;
    }
    const std::optional<RecodeResult> result = writeAutoCodings(documentId, fresh);
    if (result && !savepoint.release()) {
        fail(tr("Cannot re-code document %1: %2").arg(documentId).arg(savepoint.error()));
        return std::nullopt;
    }
    return result;
}

std::optional<RecodeResult> CodingRepository::writeAutoCodings(
    qint64 documentId, const QList<AutoCoding> &fresh)
{
    RecodeResult result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto error = [&]() -> std::optional<RecodeResult> {
        fail(tr("Cannot store the codings of document %1: %2").arg(documentId).arg(q.lastError().text()));
        return std::nullopt;
    };
    q.prepare(QStringLiteral("DELETE FROM codings WHERE document_id = ? AND origin = 'auto' AND "
                             "review_status = 'unreviewed'"));
    q.addBindValue(documentId);
    if (!q.exec())
        return error();
    result.deleted = q.numRowsAffected();
    std::set<SpanCode> kept;
    q.prepare(QStringLiteral("SELECT start_offset, end_offset, code_id FROM codings WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return error();
    while (q.next())
        kept.insert({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toLongLong() });
    if (m_codeIds.isEmpty()) {
        // Read once per repository: an import writes thousands of documents with one.
        if (!q.exec(QStringLiteral("SELECT c.key, c.id, b.key FROM codes c JOIN codebooks b ON "
                                   "b.id = c.codebook_id ORDER BY c.codebook_id DESC")))
            return error();
        while (q.next()) {
            m_codeIds.insert(q.value(0).toString(), q.value(1).toLongLong()); // first codebook wins
            m_codeIds.insert(q.value(2).toString() + QLatin1Char('/') + q.value(0).toString(),
                q.value(1).toLongLong());
        }
    }
    const QHash<QString, qint64> &codeIds = m_codeIds;
    q.prepare(QStringLiteral("INSERT INTO codings (document_id, code_id, start_offset, end_offset, "
                             "confidence, reason_kind, reason_cue, reason_verb) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AutoCoding &c : fresh) {
        const qint64 codeId = codeIds.value(
            c.codebookKey.isEmpty() ? c.codeKey : c.codebookKey + QLatin1Char('/') + c.codeKey);
        if (codeId == 0 || c.end <= c.start)
            continue;
        if (kept.count({ c.start, c.end, codeId }) > 0) {
            ++result.skipped;
            continue;
        }
        for (const QVariant &v : { QVariant(documentId), QVariant(codeId), QVariant(c.start),
                 QVariant(c.end), QVariant(c.confidence), QVariant(reasonKindKey(c.reason.kind)),
                 QVariant(text(c.reason.cue)), QVariant(text(c.reason.verb)) })
            q.addBindValue(v);
        if (!q.exec())
            return error();
        ++result.inserted;
    }
    return result;
}

} // namespace policylens
