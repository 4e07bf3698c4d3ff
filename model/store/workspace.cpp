#include "store/workspace.h"

#include "store/schema.h"
#include "store/searchindex.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace policylens {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("policylens-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// One built-in indicator as stored: every field bound as text, never as SQL NULL.
struct IndicatorRow
{
    QString key, zh, en, unit, keywords;

    bool operator==(const IndicatorRow &) const = default;
};

QList<IndicatorRow> builtinIndicators(bool *ok)
{
    QFile file(QStringLiteral(":/data/indicators.json"));
    *ok = file.open(QIODevice::ReadOnly);
    const auto text = [](const QJsonObject &o, const char *key) {
        return QString(QStringLiteral("") + o.value(QLatin1String(key)).toString());
    };
    QList<IndicatorRow> rows;
    const QJsonArray indicators = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("indicators"))
                                      .toArray();
    for (const QJsonValue &value : indicators) {
        const QJsonObject o = value.toObject();
        QStringList keywords;
        for (const char *list : { "keywords_zh", "keywords_en" }) {
            for (const QJsonValue &keyword : o.value(QLatin1String(list)).toArray())
                keywords << keyword.toString();
        }
        rows.append({ text(o, "key"), text(o, "name_zh"), text(o, "name_en"), text(o, "unit"),
            QStringLiteral("") + keywords.join(QLatin1Char('|')) });
    }
    return rows;
}

QHash<QString, IndicatorRow> storedIndicators(const QSqlDatabase &db)
{
    QHash<QString, IndicatorRow> stored;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT key, name_zh, name_en, unit, keywords FROM indicators WHERE builtin = 1"));
    while (q.next()) {
        stored.insert(q.value(0).toString(),
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString() });
    }
    return stored;
}

} // namespace

Workspace::Workspace()
    : m_connectionName(nextConnectionName())
{
}

Workspace::~Workspace()
{
    close();
}

Result<void> Workspace::open(const QString &path)
{
    close();
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        if (Result<void> writable = checkWritable(path); !writable)
            return writable;
    }
    if (Result<void> connected = connect(path); !connected)
        return connected;
    m_path = path;
    if (Result<void> version = checkVersion(inMemory); !version) {
        close();
        return version;
    }

    QSqlQuery pragma(database());
    // (statements are finished before each step that commits: an open one would block COMMIT)
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A 32 MB page cache keeps full-text index merges during bulk imports off the disk.
    pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));

    // WAL is switched on only once the file has proved to be a workspace we can migrate and
    // update, so a refused file keeps its journal mode (and its bytes) as they were.
    Result<void> ready = migrate();
    if (ready)
        ready = syncIndicators();
    if (ready)
        ready = syncRegions();
    if (!ready) {
        pragma.finish();
        close();
        return ready;
    }
    if (!inMemory)
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.finish();
    return {};
}

Result<void> Workspace::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Failure { tr("Cannot open workspace %1: it is not a file.").arg(path) };
    // SQLite would fall back to read-only mode and fail later, on the first write, with a
    // message about SQL; say what is wrong before anything is opened. The folder matters too:
    // the write-ahead log lives beside the file.
    const QFileInfo folder(info.absolutePath());
    if ((info.exists() && !info.isWritable()) || !folder.isWritable()) {
        return Failure { tr("Cannot open workspace %1: %2 is read-only. Copy the workspace to a "
                            "folder you can write to. It was not modified.")
                .arg(path,
                    info.exists() && !info.isWritable()
                        ? tr("the file")
                        : tr("its folder %1").arg(folder.absoluteFilePath())) };
    }
    return {};
}

Result<void> Workspace::connect(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open())
        return {};
    const QString reason = db.lastError().text();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return Failure { tr("Cannot open workspace %1: %2").arg(path, reason) };
}

Result<void> Workspace::checkVersion(bool inMemory)
{
    // Read the version before anything writes: a workspace from a newer PolicyLens, or a file
    // that is not a workspace at all, must be refused without a single byte changed.
    QSqlQuery probe(database());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        return Failure { tr("Cannot open workspace %1: it is not a PolicyLens workspace (%2).")
                .arg(m_path, probe.lastError().text()) };
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version < 0) {
        return Failure { tr("Cannot open workspace %1: its format number (%2) is not one "
                            "PolicyLens writes. It was not modified.")
                .arg(m_path)
                .arg(version) };
    }
    if (version > Schema::latestVersion()) {
        return Failure { tr("Cannot open workspace %1: it was written by a newer PolicyLens "
                            "(format %2; this version reads up to %3). It was not modified.")
                .arg(m_path)
                .arg(version)
                .arg(Schema::latestVersion()) };
    }
    return version == 0 && !inMemory ? checkForeignFile() : Result<void>();
}

Result<void> Workspace::checkForeignFile()
{
    // A damaged file may fail even this read: refuse it rather than write a schema into it.
    QSqlQuery tables(database());
    const bool readable
        = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && tables.next();
    const bool foreign = readable && tables.value(0).toInt() > 0;
    const QString reason = tables.lastError().text();
    tables.finish();
    if (!readable) {
        return Failure {
            tr("Cannot open workspace %1: the file is damaged (%2). It was not modified.")
                .arg(m_path, reason) };
    }
    if (foreign) {
        return Failure { tr("Cannot open workspace %1: it is an SQLite database but not a "
                            "PolicyLens workspace. It was not modified.")
                .arg(m_path) };
    }
    return {};
}

void Workspace::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Workspace::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Workspace::migrate()
{
    const int steps = static_cast<int>(Schema::migrations().size());
    for (int version = schemaVersion(); version < steps; ++version) {
        if (Result<void> step = migrateStep(version); !step)
            return step;
    }
    return {};
}

Result<void> Workspace::migrateStep(int version)
{
    // Each step is one transaction: a crash mid-migration leaves the previous version intact.
    QSqlDatabase db = database();
    if (!db.transaction())
        return Failure { tr("Cannot upgrade workspace %1: %2").arg(m_path, db.lastError().text()) };
    QSqlQuery q(db);
    const auto abandon = [&](Result<void> why) {
        q.finish();
        db.rollback();
        return why;
    };
    const auto failure = [&](const QString &reason) {
        return Failure { tr("Cannot upgrade workspace %1 to format %2: %3")
                .arg(m_path)
                .arg(version + 1)
                .arg(reason) };
    };
    for (const QString &statement : Schema::migrations().at(version)) {
        if (!q.exec(statement))
            return abandon(failure(q.lastError().text()));
    }
    if (version == 0) {
        if (Result<void> seeded = seedRegions(); !seeded)
            return abandon(seeded);
    }
    // Search text written by an older SearchText is rebuilt (Schema::searchTextVersion).
    if (version + 1 == Schema::searchTextVersion()) {
        if (Result<void> rebuilt = SearchIndex::rebuild(db); !rebuilt)
            return abandon(failure(rebuilt.error()));
    }
    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
    q.finish();
    if (!db.commit())
        return Failure { tr("Cannot upgrade workspace %1: %2").arg(m_path, db.lastError().text()) };
    return {};
}

Result<void> Workspace::updateInTransaction(const std::function<Result<void>()> &write)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Failure { tr("Cannot update workspace %1: %2").arg(m_path, db.lastError().text()) };
    if (Result<void> written = write(); !written) {
        db.rollback();
        return written;
    }
    if (!db.commit())
        return Failure { tr("Cannot update workspace %1: %2").arg(m_path, db.lastError().text()) };
    return {};
}

Result<void> Workspace::syncIndicators()
{
    // The built-in taxonomy may grow between versions; its rows are refreshed on every open so
    // names and keywords follow the program, while indicators a user added (builtin = 0) stay.
    bool ok = false;
    const QList<IndicatorRow> wanted = builtinIndicators(&ok);
    if (!ok) {
        return Failure { tr("The built-in indicator list is missing (%1).")
                .arg(QStringLiteral(":/data/indicators.json")) };
    }
    // Nothing is written when the rows already agree: a workspace on a read-only disk opens.
    const QHash<QString, IndicatorRow> stored = storedIndicators(database());
    const bool upToDate = std::all_of(wanted.cbegin(), wanted.cend(),
        [&](const IndicatorRow &row) { return stored.value(row.key) == row; });
    if (upToDate)
        return {};
    return updateInTransaction([&]() -> Result<void> {
        QSqlQuery upsert(database());
        upsert.prepare(QStringLiteral(
            "INSERT INTO indicators (key, name_zh, name_en, unit, keywords, builtin) "
            "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(key) DO UPDATE SET name_zh = excluded.name_zh, "
            "name_en = excluded.name_en, unit = excluded.unit, keywords = excluded.keywords "
            "WHERE builtin = 1"));
        for (const IndicatorRow &row : wanted) {
            for (const QString &v : { row.key, row.zh, row.en, row.unit, row.keywords })
                upsert.addBindValue(v);
            if (!upsert.exec()) {
                const QString reason = upsert.lastError().text();
                upsert.finish();
                return Failure { tr("Cannot store the indicator list: %1").arg(reason) };
            }
        }
        upsert.finish();
        return {};
    });
}

Result<void> Workspace::seedRegions()
{
    QFile file(QStringLiteral(":/data/regions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Failure {
            tr("The built-in region list is missing (%1).").arg(file.fileName()) };
    }
    const QJsonArray regions = QJsonDocument::fromJson(file.readAll()).array();
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral(
        "INSERT INTO regions (code, level, parent_id, provincial, name_zh, name_en, aliases) "
        "VALUES (?, ?, (SELECT id FROM regions WHERE code = ?), ?, ?, ?, ?)"));
    for (const QJsonValue &value : regions) {
        const QJsonObject region = value.toObject();
        QStringList aliases;
        for (const QJsonValue &alias : region.value(QLatin1String("aliases")).toArray())
            aliases << alias.toString();
        insert.addBindValue(region.value(QLatin1String("code")).toString());
        insert.addBindValue(region.value(QLatin1String("level")).toString());
        insert.addBindValue(region.value(QLatin1String("parent")).toString());
        insert.addBindValue(region.value(QLatin1String("provincial")).toBool() ? 1 : 0);
        insert.addBindValue(region.value(QLatin1String("zh")).toString());
        insert.addBindValue(region.value(QLatin1String("en")).toString());
        // Bound as text even when empty: a null QString would be bound as SQL NULL.
        insert.addBindValue(QString(QStringLiteral("") + aliases.join(QLatin1Char('|'))));
        if (!insert.exec())
            return Failure { tr("Cannot store the region list: %1").arg(insert.lastError().text()) };
    }
    return {};
}

} // namespace policylens
