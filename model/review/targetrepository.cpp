#include "review/targetrepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace policylens {

namespace {

const char *const selectColumns
    = "SELECT id, document_id, region_id, indicator_key, kind, value, value_max, unit, counter, "
      "comparator, year, approximate, sentence, start_offset, end_offset, quote_start, quote_end, "
      "confidence, review_status, origin, note, reason FROM targets ";

TargetRecord readRecord(const QSqlQuery &q)
{
    TargetRecord r = TargetRepository::recordFromQuery(q);
    r.note = q.value(20).toString();
    r.reason = q.value(21).toString();
    return r;
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

template<typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// How a reviewer-editable field is named in the targets table and in user_fields / on the
// command line (the two differ for the indicator and the region), in one place.
struct FieldNames
{
    const char *column;
    const char *key;
};

FieldNames fieldNames(TargetField field)
{
    switch (field) {
    case TargetField::Indicator:
        return { "indicator_key", "indicator" };
    case TargetField::Kind:
        return { "kind", "kind" };
    case TargetField::Value:
        return { "value", "value" };
    case TargetField::ValueMax:
        return { "value_max", "value_max" };
    case TargetField::Unit:
        return { "unit", "unit" };
    case TargetField::Counter:
        return { "counter", "counter" };
    case TargetField::Comparator:
        return { "comparator", "comparator" };
    case TargetField::Year:
        return { "year", "year" };
    case TargetField::Region:
        break;
    }
    return { "region_id", "region" };
}

} // namespace

TargetRecord TargetRepository::recordFromQuery(const QSqlQuery &q)
{
    TargetRecord r;
    r.id = q.value(0).toLongLong();
    r.documentId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        r.regionId = q.value(2).toLongLong();
    r.indicator = q.value(3).toString();
    r.kind = targetKindFromString(q.value(4).toString()).value_or(TargetKind::Target);
    r.value = q.value(5).toDouble();
    if (!q.value(6).isNull())
        r.valueMax = q.value(6).toDouble();
    r.unit = q.value(7).toString();
    r.counter = q.value(8).toString();
    r.comparator = q.value(9).toString();
    if (!q.value(10).isNull())
        r.year = q.value(10).toInt();
    r.approximate = q.value(11).toBool();
    r.sentence = q.value(12).toString();
    r.start = q.value(13).toInt();
    r.end = q.value(14).toInt();
    r.quoteStart = q.value(15).toInt();
    r.quoteEnd = q.value(16).toInt();
    r.confidence = q.value(17).toDouble();
    r.reviewStatus
        = reviewStatusFromString(q.value(18).toString()).value_or(ReviewStatus::Unreviewed);
    r.origin = targetOriginFromString(q.value(19).toString());
    return r;
}

TargetRepository::TargetRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString TargetRepository::columnName(TargetField field)
{
    return QLatin1String(fieldNames(field).column);
}

std::optional<TargetRecord> TargetRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(selectColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<TargetRecord> TargetRepository::forDocument(qint64 documentId) const
{
    QList<TargetRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(selectColumns)
        + QStringLiteral("WHERE document_id = ? ORDER BY quote_start, id"));
    q.addBindValue(documentId);
    if (q.exec()) {
        while (q.next())
            out << readRecord(q);
    }
    return out;
}

qint64 TargetRepository::insert(const TargetRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO targets (id, document_id, region_id, indicator_key, kind, value, value_max, "
        "unit, counter, comparator, year, approximate, sentence, start_offset, end_offset, "
        "quote_start, quote_end, confidence, review_status, origin, note, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant());
    q.addBindValue(r.documentId);
    q.addBindValue(optionalValue(r.regionId));
    q.addBindValue(text(r.indicator));
    q.addBindValue(toString(r.kind));
    q.addBindValue(r.value);
    q.addBindValue(optionalValue(r.valueMax));
    q.addBindValue(text(r.unit));
    q.addBindValue(text(r.counter));
    q.addBindValue(text(r.comparator));
    q.addBindValue(optionalValue(r.year));
    q.addBindValue(r.approximate ? 1 : 0);
    q.addBindValue(text(r.sentence));
    q.addBindValue(r.start);
    q.addBindValue(r.end);
    q.addBindValue(r.quoteStart);
    q.addBindValue(r.quoteEnd);
    q.addBindValue(r.confidence);
    q.addBindValue(toString(r.reviewStatus));
    q.addBindValue(toString(r.origin));
    q.addBindValue(text(r.note));
    q.addBindValue(text(r.reason));
    if (!q.exec()) {
        m_error = tr("Cannot save the target: %1").arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool TargetRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM targets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("Cannot delete target %1: %2").arg(id).arg(q.lastError().text());
        return false;
    }
    return true;
}

bool TargetRepository::setStatus(qint64 id, ReviewStatus status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE targets SET review_status = ? WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = tr("Cannot set the review status of target %1: %2")
                      .arg(id)
                      .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such target"));
        return false;
    }
    return true;
}

bool TargetRepository::setField(qint64 id, TargetField field, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE targets SET %1 = ? WHERE id = ?").arg(columnName(field)));
    // Only value_max and year may be NULL; text fields store '' instead.
    const bool nullable = field == TargetField::ValueMax || field == TargetField::Year
        || field == TargetField::Region;
    q.addBindValue(!nullable && value.isNull() ? QVariant(QStringLiteral("")) : value);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_error = tr("Cannot change target %1: %2")
                      .arg(id)
                      .arg(q.lastError().isValid() ? q.lastError().text() : tr("no such target"));
        return false;
    }
    return true;
}

QVariant TargetRepository::field(qint64 id, TargetField field) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM targets WHERE id = ?").arg(columnName(field)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

QString TargetRepository::userFields(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT user_fields FROM targets WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool TargetRepository::setUserFields(qint64 id, const QString &fields)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE targets SET user_fields = ? WHERE id = ?"));
    q.addBindValue(QString(QStringLiteral("") + fields));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = tr("Cannot change target %1: %2").arg(id).arg(q.lastError().text());
        return false;
    }
    return true;
}

QString targetFieldKey(TargetField field)
{
    return QLatin1String(fieldNames(field).key);
}

std::optional<ReplaceResult> TargetRepository::replaceExtractedTargets(
    qint64 documentId, const QList<TargetRecord> &fresh)
{
    if (!m_db.transaction()) {
        m_error = tr("Cannot start a transaction: %1").arg(m_db.lastError().text());
        return std::nullopt;
    }
    std::optional<ReplaceResult> result = writeExtractedTargets(documentId, fresh);
    if (!result) {
        m_db.rollback();
        return std::nullopt;
    }
    if (!m_db.commit()) {
        m_error = tr("Cannot save the extracted targets: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return std::nullopt;
    }
    return result;
}

std::optional<ReplaceResult> TargetRepository::writeExtractedTargets(
    qint64 documentId, const QList<TargetRecord> &fresh)
{
    auto fail = [this](const QSqlQuery &q) {
        m_error = tr("Cannot replace the extracted targets: %1").arg(q.lastError().text());
        return std::nullopt;
    };
    ReplaceResult result;
    QSqlQuery q(m_db);
    // A target a person touched in any way stays: a field they set (user_fields) or the value
    // they chose among competing ones (target_choices) counts as reviewed.
    q.prepare(QStringLiteral("DELETE FROM targets WHERE document_id = ? "
                             "AND review_status = 'unreviewed' AND origin = 'extracted' "
                             "AND user_fields = '' "
                             "AND id NOT IN (SELECT target_id FROM target_choices)"));
    q.addBindValue(documentId);
    if (!q.exec())
        return fail(q);
    result.deleted = q.numRowsAffected();

    QSet<QPair<int, int>> kept;
    q.prepare(QStringLiteral("SELECT quote_start, quote_end FROM targets WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return fail(q);
    while (q.next())
        kept.insert({ q.value(0).toInt(), q.value(1).toInt() });

    std::optional<qint64> regionId;
    q.prepare(QStringLiteral("SELECT region_id FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return fail(q);
    if (q.next() && !q.value(0).isNull())
        regionId = q.value(0).toLongLong();
    q.finish();

    for (const TargetRecord &in : fresh) {
        if (kept.contains({ in.quoteStart, in.quoteEnd })) {
            ++result.skipped;
            continue;
        }
        TargetRecord r = in;
        r.id = 0;
        r.documentId = documentId;
        r.regionId = regionId;
        r.reviewStatus = ReviewStatus::Unreviewed;
        r.origin = TargetOrigin::Extracted;
        r.note.clear();
        if (insert(r) == 0)
            return std::nullopt;
        ++result.inserted;
    }
    return result;
}

} // namespace policylens
