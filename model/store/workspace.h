#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace policylens {

// One workspace = one SQLite file. Owns a named QSqlDatabase connection for the thread that
// opened it; another thread opens its own Workspace on the same file (WAL lets readers and a
// writer work side by side).
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace();
    ~Workspace();

    // Opens (creating if needed) and migrates the workspace at path; ":memory:" gives a private
    // in-memory workspace. A failure leaves the file untouched and says, translated, which file
    // and why.
    Result<void> open(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

private:
    static Result<void> checkWritable(const QString &path);
    Result<void> connect(const QString &path);
    Result<void> checkVersion(bool inMemory);
    Result<void> checkForeignFile();
    Result<void> migrate();
    Result<void> migrateStep(int version);
    Result<void> seedRegions();
    Result<void> syncIndicators();
    Result<void> syncRegions(); // workspaceregions.cpp
    // Runs write in one transaction: committed when it succeeds, rolled back when it fails.
    Result<void> updateInTransaction(const std::function<Result<void>()> &write);

    QString m_connectionName;
    QString m_path;
};

} // namespace policylens
