#include "models/targetlisting.h"

#include "models/targetcolumns.h"
#include "review/targetchoices.h"
#include "review/targetrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

TargetListing::TargetListing(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ListedTarget> TargetListing::list(const TargetFilter &filter) const
{
    QString where = QStringLiteral(" WHERE 1");
    QVariantList bindings;
    filter.appendSql(where, bindings);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + targetRecordColumns()
        + QStringLiteral(", d.title, coalesce(r.code, ''), t.user_fields "
                         "FROM targets t JOIN documents d ON d.id = t.document_id "
                         "LEFT JOIN regions r ON r.id = t.region_id")
        + where + QStringLiteral(" ORDER BY t.id"));
    for (const QVariant &b : std::as_const(bindings))
        q.addBindValue(b);
    QList<ListedTarget> out;
    if (!q.exec()) {
        m_error = tr("Cannot read the targets: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        ListedTarget t;
        t.record = TargetRepository::recordFromQuery(q);
        t.documentTitle = q.value(TargetRecordColumnCount).toString();
        t.regionCode = q.value(TargetRecordColumnCount + 1).toString();
        t.userFields = q.value(TargetRecordColumnCount + 2)
                           .toString()
                           .split(QLatin1Char('|'), Qt::SkipEmptyParts);
        out << t;
    }
    q.finish();
    // Competition is per region, indicator, year and kind; each key is asked once.
    const TargetChoices choices(m_db);
    QHash<QString, QList<qint64>> byKey;
    for (ListedTarget &t : out) {
        const TargetRecord &r = t.record;
        if (r.reviewStatus == ReviewStatus::Rejected)
            t.counts = false;
        if (!r.regionId || !r.year || r.reviewStatus == ReviewStatus::Rejected)
            continue;
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(*r.regionId)
                                .arg(r.indicator)
                                .arg(*r.year)
                                .arg(int(r.kind));
        if (!byKey.contains(key))
            byKey.insert(key, choices.competitors({ *r.regionId, r.indicator, *r.year, r.kind }));
        const QList<qint64> &ids = byKey[key];
        t.competitors = int(ids.size());
        t.counts = !ids.isEmpty() && ids.first() == r.id;
    }
    return out;
}

} // namespace policylens
