#pragma once

// Helpers shared by the import and store suites: file writing, whole-workspace snapshots.
#include "store/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace policylens::testing {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every row of every ordinary table, in a stable order: equal snapshots = logically equal
// workspaces.
inline QStringList snapshot(const Workspace &ws)
{
    QStringList out;
    QSqlQuery tables(ws.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(QLatin1String("documents_fts"))
            && name != QLatin1String("documents_fts_data"))
            continue;
        QSqlQuery rows(ws.database());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name));
        while (rows.next()) {
            QStringList cells;
            for (int c = 0; c < rows.record().count(); ++c)
                cells << rows.value(c).toString();
            out << name + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace policylens::testing
