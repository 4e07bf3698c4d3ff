#include "models/targetfilter.h"

#include <QStringList>

namespace policylens {

bool TargetFilter::isEmpty() const
{
    return *this == TargetFilter {};
}

bool TargetFilter::matches(qint64 regionId_, const QString &indicator_, TargetKind kind_, int year_,
    ReviewStatus status_, const QString &sentence, const QString &title,
    qint64 documentId_) const
{
    if (!regionIds.isEmpty() && !regionIds.contains(regionId_))
        return false;
    if (!indicator.isEmpty() && indicator != indicator_)
        return false;
    if (kind && *kind != kind_)
        return false;
    if (year != 0 && year != year_)
        return false;
    if (status && *status != status_)
        return false;
    if (documentId != 0 && documentId != documentId_)
        return false;
    if (!text.isEmpty() && !sentence.contains(text, Qt::CaseInsensitive)
        && !title.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

void TargetFilter::appendSql(QString &where, QVariantList &bindings) const
{
    if (!regionIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : regionIds) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        where += QStringLiteral(" AND coalesce(t.region_id, 0) IN (%1)")
                     .arg(marks.join(QLatin1Char(',')));
    }
    if (!indicator.isEmpty()) {
        where += QStringLiteral(" AND t.indicator_key = ?");
        bindings << indicator;
    }
    if (kind) {
        where += QStringLiteral(" AND t.kind = ?");
        bindings << toString(*kind);
    }
    if (year != 0) {
        where += QStringLiteral(" AND t.year = ?");
        bindings << year;
    }
    if (status) {
        where += QStringLiteral(" AND t.review_status = ?");
        bindings << toString(*status);
    }
    if (documentId != 0) {
        where += QStringLiteral(" AND t.document_id = ?");
        bindings << documentId;
    }
    if (!text.isEmpty()) {
        // instr() is exact and case-sensitive; lower() covers Latin text, CJK has no case.
        where += QStringLiteral(
            " AND (instr(lower(t.sentence), lower(?)) > 0 OR instr(lower(d.title), lower(?)) > 0)");
        bindings << text << text;
    }
}

} // namespace policylens
