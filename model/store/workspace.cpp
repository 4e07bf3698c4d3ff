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

namespace policylens {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("policylens-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
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

bool Workspace::open(const QString &path, QString *error)
{
    close();
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.exists() && !info.isFile()) {
            setError(error, tr("Cannot open workspace %1: it is not a file.").arg(path));
            return false;
        }
        // SQLite would fall back to read-only mode and fail later, on the first write, with a
        // message about SQL; say what is wrong before anything is opened. The folder matters too:
        // the write-ahead log lives beside the file.
        const QFileInfo folder(info.absolutePath());
        if ((info.exists() && !info.isWritable()) || !folder.isWritable()) {
            setError(error,
                tr("Cannot open workspace %1: %2 is read-only. Copy the workspace to a folder "
                   "you can write to. It was not modified.")
                    .arg(path,
                        info.exists() && !info.isWritable()
                            ? tr("the file")
                            : tr("its folder %1").arg(folder.absoluteFilePath())));
            return false;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            setError(error, tr("Cannot open workspace %1: %2").arg(path, db.lastError().text()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;

    // Read the version before anything writes: a workspace from a newer PolicyLens, or a file
    // that is not a workspace at all, must be refused without a single byte changed.
    QSqlQuery probe(database());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        setError(error, tr("Cannot open workspace %1: it is not a PolicyLens workspace (%2).")
                            .arg(path, probe.lastError().text()));
        probe.finish();
        close();
        return false;
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version < 0) {
        setError(error, tr("Cannot open workspace %1: its format number (%2) is not one PolicyLens "
                           "writes. It was not modified.")
                            .arg(path)
                            .arg(version));
        close();
        return false;
    }
    if (version > Schema::latestVersion()) {
        setError(error, tr("Cannot open workspace %1: it was written by a newer PolicyLens "
                           "(format %2; this version reads up to %3). It was not modified.")
                            .arg(path)
                            .arg(version)
                            .arg(Schema::latestVersion()));
        close();
        return false;
    }
    if (version == 0 && !inMemory) {
        // A damaged file may fail even this read: refuse it rather than write a schema into it.
        QSqlQuery tables(database());
        const bool readable = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))
            && tables.next();
        const bool foreign = readable && tables.value(0).toInt() > 0;
        const QString reason = tables.lastError().text();
        tables.finish();
        if (!readable || foreign) {
            setError(error,
                readable ? tr("Cannot open workspace %1: it is an SQLite database but not a "
                              "PolicyLens workspace. It was not modified.")
                               .arg(path)
                         : tr("Cannot open workspace %1: the file is damaged (%2). It was not "
                              "modified.")
                               .arg(path, reason));
            close();
            return false;
        }
    }

    QSqlQuery pragma(database());
    // (statements are finished before each step that commits: an open one would block COMMIT)
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // A 32 MB page cache keeps full-text index merges during bulk imports off the disk.
    pragma.exec(QStringLiteral("PRAGMA cache_size=-32768"));

    // WAL is switched on only once the file has proved to be a workspace we can migrate and
    // update, so a refused file keeps its journal mode (and its bytes) as they were.
    if (!migrate(error)) {
        close();
        return false;
    }
    if (!syncIndicators(error) || !syncRegions(error)) {
        close();
        return false;
    }
    if (!inMemory)
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.finish();
    return true;
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

bool Workspace::migrate(QString *error)
{
    const auto &steps = Schema::migrations();
    int version = schemaVersion();
    QSqlDatabase db = database();
    while (version < static_cast<int>(steps.size())) {
        // Each step is one transaction: a crash mid-migration leaves the previous version intact.
        if (!db.transaction()) {
            setError(error, tr("Cannot upgrade workspace %1: %2").arg(m_path, db.lastError().text()));
            return false;
        }
        QSqlQuery q(db);
        const auto fail = [&](const QString &reason) {
            q.finish();
            db.rollback();
            if (!reason.isEmpty())
                setError(error, tr("Cannot upgrade workspace %1 to format %2: %3")
                                    .arg(m_path)
                                    .arg(version + 1)
                                    .arg(reason));
            return false;
        };
        for (const QString &statement : steps.at(version)) {
            if (!q.exec(statement))
                return fail(q.lastError().text());
        }
        if (version == 0 && !seedRegions(error))
            return fail(QString()); // seedRegions said why
        QString reason;
        if (version + 1 == Schema::searchTextVersion() && !SearchIndex::rebuild(db, &reason))
            return fail(reason);
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        q.finish();
        if (!db.commit()) {
            setError(error, tr("Cannot upgrade workspace %1: %2").arg(m_path, db.lastError().text()));
            return false;
        }
        ++version;
    }
    return true;
}

bool Workspace::syncIndicators(QString *error)
{
    // The built-in taxonomy may grow between versions; its rows are refreshed on every open so
    // names and keywords follow the program, while indicators a user added (builtin = 0) stay.
    QFile file(QStringLiteral(":/data/indicators.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The built-in indicator list is missing (%1).").arg(file.fileName()));
        return false;
    }
    const QJsonArray indicators
        = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("indicators")).toArray();
    QSqlDatabase db = database();
    // Nothing is written when the rows already agree: a workspace on a read-only disk opens.
    QHash<QString, QStringList> stored;
    QSqlQuery existing(db);
    existing.exec(QStringLiteral("SELECT key, name_zh, name_en, unit, keywords FROM indicators "
                                 "WHERE builtin = 1"));
    while (existing.next()) {
        stored.insert(existing.value(0).toString(),
            { existing.value(1).toString(), existing.value(2).toString(),
                existing.value(3).toString(), existing.value(4).toString() });
    }
    existing.finish();
    bool upToDate = true;
    for (const QJsonValue &value : indicators) {
        const QJsonObject indicator = value.toObject();
        QStringList keywords;
        for (const char *list : { "keywords_zh", "keywords_en" }) {
            for (const QJsonValue &keyword : indicator.value(QLatin1String(list)).toArray())
                keywords << keyword.toString();
        }
        const QStringList wanted { indicator.value(QLatin1String("name_zh")).toString(),
            indicator.value(QLatin1String("name_en")).toString(),
            indicator.value(QLatin1String("unit")).toString(), keywords.join(QLatin1Char('|')) };
        if (stored.value(indicator.value(QLatin1String("key")).toString()) != wanted) {
            upToDate = false;
            break;
        }
    }
    if (upToDate)
        return true;
    if (!db.transaction()) {
        setError(error, tr("Cannot update workspace %1: %2").arg(m_path, db.lastError().text()));
        return false;
    }
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO indicators (key, name_zh, name_en, unit, keywords, builtin) "
        "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT(key) DO UPDATE SET name_zh = excluded.name_zh, "
        "name_en = excluded.name_en, unit = excluded.unit, keywords = excluded.keywords "
        "WHERE builtin = 1"));
    for (const QJsonValue &value : indicators) {
        const QJsonObject indicator = value.toObject();
        QStringList keywords;
        for (const char *list : {"keywords_zh", "keywords_en"}) {
            for (const QJsonValue &keyword : indicator.value(QLatin1String(list)).toArray())
                keywords << keyword.toString();
        }
        // Bound through QStringLiteral("") + ... : a null QString would be bound as SQL NULL.
        const auto text = [](const QString &value) { return QString(QStringLiteral("") + value); };
        upsert.addBindValue(text(indicator.value(QLatin1String("key")).toString()));
        upsert.addBindValue(text(indicator.value(QLatin1String("name_zh")).toString()));
        upsert.addBindValue(text(indicator.value(QLatin1String("name_en")).toString()));
        upsert.addBindValue(text(indicator.value(QLatin1String("unit")).toString()));
        upsert.addBindValue(text(keywords.join(QLatin1Char('|'))));
        if (!upsert.exec()) {
            setError(error, tr("Cannot store the indicator list: %1").arg(upsert.lastError().text()));
            upsert.finish();
            db.rollback();
            return false;
        }
    }
    upsert.finish();
    if (!db.commit()) {
        setError(error, tr("Cannot update workspace %1: %2").arg(m_path, db.lastError().text()));
        return false;
    }
    return true;
}

bool Workspace::seedRegions(QString *error)
{
    QFile file(QStringLiteral(":/data/regions.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The built-in region list is missing (%1).").arg(file.fileName()));
        return false;
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
        if (!insert.exec()) {
            setError(error, tr("Cannot store the region list: %1").arg(insert.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace policylens
