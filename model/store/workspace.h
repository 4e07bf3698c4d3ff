#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
    // in-memory workspace. On failure returns false, leaves the file untouched and sets error
    // to a translated message naming the file and the reason.
    bool open(const QString &path, QString *error = nullptr);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;

private:
    bool migrate(QString *error);
    bool seedRegions(QString *error);
    bool syncIndicators(QString *error);
    bool syncRegions(QString *error); // workspaceregions.cpp

    QString m_connectionName;
    QString m_path;
};

} // namespace policylens
