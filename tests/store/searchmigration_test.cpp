// A workspace indexed before Traditional characters were indexed in their Simplified form:
// opening it migrates the schema and rebuilds the search text, so 创新 finds 創新 there too.
#include "store/schema.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &bind = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : bind)
        q.addBindValue(v);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString() << " in " << sql.toStdString();
}

int hits(Workspace &ws, const QString &query)
{
    const Result<QList<RankedHit>> found = SearchIndex(ws.database()).search(query, 20);
    EXPECT_TRUE(found) << found.error().toStdString();
    return found ? int(found->size()) : 0;
}

} // namespace

TEST(SearchMigration, OldWorkspaceFindsTraditionalBySimplifiedAfterOpening)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.policylens"));
    const QString body = QStringLiteral("支持企業開展技術創新，建設創新平台。");
    {
        Workspace ws;
        const Result<void> opened = ws.open(path);
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        const QSqlDatabase db = ws.database();
        exec(db,
            QStringLiteral("INSERT INTO documents (content_hash, title, body, format, char_count) "
                           "VALUES ('h1', '科技計劃', ?, 'txt', ?)"),
            { body, body.size() });
        // The index as the previous version wrote it: bigrams of the characters as written.
        exec(db, QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')"));
        exec(db, QStringLiteral("INSERT INTO documents_fts (rowid, title, body) VALUES (1, ?, ?)"),
            { QStringLiteral("科技 技計 計劃 劃"),
                QStringLiteral(
                    "支持 持企 企業 業開 開展 展技 技術 術創 創新 新 建設 設創 創新 新平 "
                    "平台 台") });
        EXPECT_EQ(hits(ws, QStringLiteral("创新")), 0) << "the old index should miss it";
        exec(db, QStringLiteral("PRAGMA user_version=%1").arg(Schema::searchTextVersion() - 1));
    }
    Workspace ws;
    const Result<void> opened = ws.open(path);
    ASSERT_TRUE(opened) << qPrintable(opened.error());
    EXPECT_EQ(ws.schemaVersion(), Schema::latestVersion());
    EXPECT_EQ(hits(ws, QStringLiteral("创新")), 1);
    EXPECT_EQ(hits(ws, QStringLiteral("創新平台")), 1);
    EXPECT_EQ(hits(ws, QStringLiteral("技术")), 1);
    EXPECT_EQ(hits(ws, QStringLiteral("科技计划")), 1); // the title too
    EXPECT_EQ(hits(ws, QStringLiteral("芯片")), 0);
}
