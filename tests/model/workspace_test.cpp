#include "store/schema.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using policylens::Result;
using policylens::Schema;
using policylens::Workspace;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(Workspace, NewInMemoryWorkspaceIsAtLatestVersionWithRegions)
{
    Workspace ws;
    const Result<void> opened = ws.open(QStringLiteral(":memory:"));
    ASSERT_TRUE(opened) << qPrintable(opened.error());
    EXPECT_EQ(ws.schemaVersion(), Schema::latestVersion());
    EXPECT_GE(scalar(ws, QStringLiteral("SELECT count(*) FROM regions WHERE provincial = 1")), 34);
    EXPECT_EQ(scalar(ws, QStringLiteral("SELECT count(*) FROM regions WHERE code IN "
                                        "('beijing','shanghai','shenzhen','hangzhou')")),
              4);
    EXPECT_EQ(scalar(ws, QStringLiteral("PRAGMA foreign_keys")), 1);
}

TEST(Workspace, FileWorkspaceUsesWalAndReopens)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.policylens"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path));
        QSqlQuery q(ws.database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    Workspace again;
    ASSERT_TRUE(again.open(path));
    EXPECT_EQ(again.schemaVersion(), Schema::latestVersion());
}

TEST(Workspace, RefusesNewerWorkspaceWithoutTouchingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.policylens"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path));
        QSqlQuery q(ws.database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        q.finish();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::latestVersion() + 5)));
    }
    const QByteArray before = fileBytes(path);
    Workspace ws;
    const QString error = ws.open(path).error();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Workspace, RefusesFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Workspace ws;
    const QString error = ws.open(path).error();
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(path));
    EXPECT_EQ(fileBytes(path), QByteArray(4096, 'x'));
}

TEST(Workspace, RefusesForeignSqliteDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileBytes(path);
    Workspace ws;
    EXPECT_FALSE(ws.open(path));
    EXPECT_EQ(fileBytes(path), before);
}
