// Keeps a workspace's regions table in step with the built-in region list (regions.json), which
// grows between versions: new places are added, names, aliases, levels, kinds and parents of
// known codes follow the program. Rows are never deleted: documents and targets point at them.
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens {

namespace {

struct RegionRow
{
    QString code, level, kind, parent, zh, en, aliases;
    bool provincial = false;

    bool operator==(const RegionRow &) const = default;
};

QList<RegionRow> builtinRegions(bool *ok)
{
    QFile file(QStringLiteral(":/data/regions.json"));
    *ok = file.open(QIODevice::ReadOnly);
    QList<RegionRow> rows;
    const auto text = [](const QJsonObject &o, const char *key) {
        return QString(QStringLiteral("") + o.value(QLatin1String(key)).toString());
    };
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = value.toObject();
        QStringList aliases;
        for (const QJsonValue &alias : o.value(QLatin1String("aliases")).toArray())
            aliases << alias.toString();
        rows.append({ text(o, "code"), text(o, "level"), text(o, "kind"), text(o, "parent"),
            text(o, "zh"), text(o, "en"), QStringLiteral("") + aliases.join(QLatin1Char('|')),
            o.value(QLatin1String("provincial")).toBool() });
    }
    return rows;
}

QHash<QString, RegionRow> storedRegions(const QSqlDatabase &db)
{
    QHash<QString, RegionRow> stored;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT r.code, r.level, r.kind, coalesce(p.code, ''), r.name_zh, "
                          "r.name_en, r.aliases, r.provincial FROM regions r "
                          "LEFT JOIN regions p ON p.id = r.parent_id"));
    while (q.next()) {
        stored.insert(q.value(0).toString(),
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString(), q.value(7).toBool() });
    }
    return stored;
}

} // namespace

Result<void> Workspace::syncRegions()
{
    bool ok = false;
    const QList<RegionRow> wanted = builtinRegions(&ok);
    if (!ok || wanted.isEmpty()) {
        return Failure { tr("The built-in region list is missing (%1).")
                .arg(QStringLiteral(":/data/regions.json")) };
    }
    const QHash<QString, RegionRow> stored = storedRegions(database());
    QList<RegionRow> changed;
    for (const RegionRow &row : wanted) {
        if (stored.value(row.code) != row)
            changed.append(row);
    }
    // Nothing is written when the rows agree: a workspace on a read-only disk still opens.
    if (changed.isEmpty())
        return {};
    return updateInTransaction([&]() -> Result<void> {
        QSqlQuery upsert(database());
        upsert.prepare(QStringLiteral(
            "INSERT INTO regions (code, level, kind, parent_id, provincial, name_zh, name_en, "
            "aliases) VALUES (?, ?, ?, (SELECT id FROM regions WHERE code = ?), ?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET level = excluded.level, kind = excluded.kind, "
            "parent_id = excluded.parent_id, provincial = excluded.provincial, "
            "name_zh = excluded.name_zh, name_en = excluded.name_en, aliases = excluded.aliases"));
        // regions.json lists parents before children, so each parent id exists when needed.
        for (const RegionRow &row : std::as_const(changed)) {
            for (const QVariant &v : QVariantList { row.code, row.level, row.kind, row.parent,
                     row.provincial ? 1 : 0, row.zh, row.en, row.aliases })
                upsert.addBindValue(v);
            if (!upsert.exec()) {
                const QString reason = upsert.lastError().text();
                upsert.finish();
                return Failure { tr("Cannot store the region list: %1").arg(reason) };
            }
        }
        upsert.finish();
        return {};
    });
}

} // namespace policylens
