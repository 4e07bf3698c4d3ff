#include "ingest/importservice.h"
#include "importtesthelpers.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;
using policylens::testing::snapshot;
using policylens::testing::writeFile;

namespace {

class Store : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(ws.open(QStringLiteral(":memory:"))); }

    QString write(const QString &name, const QString &text)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(writeFile(path, text.toUtf8()));
        return path;
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(ws.database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toInt() : -1;
    }

    Workspace ws;
    QTemporaryDir dir;
};

// Composed for these tests.
const QString PlanA
    = QStringLiteral("上海市人民政府关于印发某行动方案的通知\n沪府发〔2024〕3号\n"
                     "到2025年，算力规模达到200EFLOPS。\n上海市人民政府\n2024年2月1日");
const QString PlanB = QStringLiteral("某市芯片产业规划\n到2026年，芯片设计产业规模突破500亿元。");

} // namespace

TEST_F(Store, ImportsListsAndSkipsDuplicates)
{
    const QString a = write(QStringLiteral("a.txt"), PlanA);
    const QString b = write(QStringLiteral("b.md"), PlanB);
    // Same text, other line ends and a BOM: the normalized text is what counts.
    QString crlf = PlanA;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QString a2 = write(QStringLiteral("a-copy.txt"), QString(QChar(0xFEFF)) + crlf);
    ImportService service(ws.database());
    const QList<FileImportResult> results = service.importPaths({ a, b, a2 });
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0].status, FileImportResult::Status::Imported);
    EXPECT_EQ(results[1].status, FileImportResult::Status::Imported);
    EXPECT_EQ(results[2].status, FileImportResult::Status::Duplicate);
    EXPECT_EQ(results[2].documentId, results[0].documentId);

    DocumentStore store(ws.database());
    const QList<DocumentRecord> docs = store.list();
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs[0].issuer, QStringLiteral("上海市人民政府"));
    EXPECT_EQ(docs[0].regionCode, QStringLiteral("shanghai"));
    EXPECT_EQ(docs[0].docNumber, QStringLiteral("沪府发〔2024〕3号"));
    EXPECT_EQ(docs[0].published, QDate(2024, 2, 1));
    EXPECT_EQ(docs[0].format, QStringLiteral("txt"));
    EXPECT_EQ(docs[0].encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(docs[0].charCount, PlanA.size());
    EXPECT_EQ(docs[1].format, QStringLiteral("md"));
    EXPECT_EQ(store.text(docs[0].id), PlanA);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM import_log WHERE status = 'duplicate'")), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM import_log WHERE status = 'imported'")), 2);
}

TEST_F(Store, FolderImportIsRecursiveAndReportsProgress)
{
    write(QStringLiteral("x.txt"), PlanA);
    QDir(dir.path()).mkpath(QStringLiteral("deep/er"));
    write(QStringLiteral("deep/er/y.html"),
        QStringLiteral("<html><body><p>") + PlanB + QStringLiteral("</p></body></html>"));
    write(QStringLiteral("deep/ignored.csv"), QStringLiteral("a,b"));
    ImportService service(ws.database());
    QList<int> progress;
    service.setProgressCallback([&](int done, int total, const QString &) {
        progress << done;
        EXPECT_EQ(total, 2);
    });
    const QList<FileImportResult> results = service.importPaths({ dir.path() });
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(progress, (QList<int> { 1, 2 }));
    EXPECT_EQ(DocumentStore(ws.database()).count(), 2);
}

TEST_F(Store, CancelStopsBeforeTheNextFile)
{
    const QString a = write(QStringLiteral("a.txt"), PlanA);
    const QString b = write(QStringLiteral("b.txt"), PlanB);
    ImportService service(ws.database());
    service.setProgressCallback([&](int, int, const QString &) { service.cancel(); });
    const QList<FileImportResult> results = service.importPaths({ a, b });
    EXPECT_EQ(results.size(), 1);
    EXPECT_TRUE(service.wasCancelled());
    EXPECT_EQ(DocumentStore(ws.database()).count(), 1);
}

TEST_F(Store, HookRunsInTheDocumentTransactionAndCanRollItBack)
{
    const QString a = write(QStringLiteral("a.txt"), PlanA);
    const QString b = write(QStringLiteral("b.txt"), PlanB);
    ImportService service(ws.database());
    int calls = 0;
    service.setDocumentHook([&](const StoredDocumentContext &context) -> Result<void> {
        ++calls;
        EXPECT_GT(context.documentId, 0);
        QSqlQuery q(context.db);
        q.prepare(QStringLiteral("INSERT INTO targets (document_id, region_id, kind, value, year, "
                                 "sentence) VALUES (?, ?, 'target', 1, 2025, ?)"));
        q.addBindValue(context.documentId);
        q.addBindValue(context.regionId > 0 ? QVariant(context.regionId) : QVariant());
        q.addBindValue(context.text.left(10));
        EXPECT_TRUE(q.exec());
        if (context.text.contains(QStringLiteral("芯片")))
            return Failure { QStringLiteral("extraction refused") };
        return {};
    });
    const QStringList before = snapshot(ws);
    const QList<FileImportResult> results = service.importPaths({ a, b });
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(results[0].status, FileImportResult::Status::Imported);
    EXPECT_EQ(results[1].status, FileImportResult::Status::Rejected);
    EXPECT_TRUE(results[1].reason.contains(QStringLiteral("extraction refused")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM targets")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM documents")), 1);
    EXPECT_NE(snapshot(ws), before);
}

TEST_F(Store, RejectedImportLeavesTheWorkspaceUnchanged)
{
    ImportService service(ws.database());
    service.importPaths({ write(QStringLiteral("a.txt"), PlanA) });
    const QStringList before = snapshot(ws);
    QByteArray binary(3000, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 31 % 251);
    const QString bad = dir.filePath(QStringLiteral("bad.txt"));
    ASSERT_TRUE(writeFile(bad, binary));
    const QList<FileImportResult> results
        = service.importPaths({ bad, dir.filePath(QStringLiteral("missing.txt")) });
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].status, FileImportResult::Status::Rejected);
    EXPECT_EQ(results[1].status, FileImportResult::Status::Rejected);
    EXPECT_TRUE(results[1].message().contains(QStringLiteral("missing.txt")));
    EXPECT_TRUE(results[1].message().contains(QStringLiteral("does not exist")));
    EXPECT_EQ(snapshot(ws), before);
}

TEST_F(Store, BatchedCommitsKeepEveryDocumentWhole)
{
    ImportOptions options;
    options.documentsPerCommit = 8;
    ImportService service(ws.database(), options);
    QStringList files;
    for (int i = 0; i < 20; ++i)
        files << write(QStringLiteral("f%1.txt").arg(i), PlanB + QString::number(i));
    const QList<FileImportResult> results = service.importPaths(files);
    EXPECT_EQ(results.size(), 20);
    EXPECT_EQ(DocumentStore(ws.database()).count(), 20);
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '芯片'")));
}

TEST_F(Store, UpdateAndRemoveKeepTheIndexInStep)
{
    ImportService service(ws.database());
    const QList<FileImportResult> r
        = service.importPaths({ write(QStringLiteral("a.txt"), PlanA) });
    DocumentStore store(ws.database());
    DocumentMetadata meta;
    meta.title = QStringLiteral("新标题");
    meta.regionCode = QStringLiteral("beijing");
    const Result<void> updated = store.updateMetadata(r[0].documentId, meta);
    ASSERT_TRUE(updated) << updated.error().toStdString();
    EXPECT_EQ(store.document(r[0].documentId)->regionCode, QStringLiteral("beijing"));
    const Result<void> removed = store.remove(r[0].documentId);
    ASSERT_TRUE(removed) << removed.error().toStdString();
    EXPECT_EQ(store.count(), 0);
    EXPECT_EQ(scalar(QStringLiteral(
                  "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"算力\"'")),
        0);
}

TEST_F(Store, MixedFolderFromTestData)
{
    const QString folder = QStringLiteral(POLICYLENS_TEST_DATA "/import/mixed");
    ImportService service(ws.database());
    const QList<FileImportResult> results = service.importPaths({ folder });
    ASSERT_EQ(results.size(), 3); // the CSV table is not a document
    for (const FileImportResult &r : results)
        EXPECT_EQ(r.status, FileImportResult::Status::Imported)
            << r.path.toStdString() << r.reason.toStdString();
    DocumentStore store(ws.database());
    QHash<QString, DocumentRecord> byFormat;
    for (const DocumentRecord &d : store.list())
        byFormat.insert(d.format, d);
    const DocumentRecord html = byFormat.value(QStringLiteral("html"));
    EXPECT_EQ(html.title, QStringLiteral("某市数据要素市场化配置行动方案"));
    EXPECT_EQ(html.published, QDate(2024, 11, 2));
    EXPECT_FALSE(store.text(html.id).contains(QStringLiteral("首页")));
    EXPECT_FALSE(store.text(html.id).contains(QStringLiteral("主办单位")));
    const DocumentRecord txt = byFormat.value(QStringLiteral("txt"));
    EXPECT_EQ(txt.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(txt.issuer, QStringLiteral("广州市人民政府办公厅"));
    EXPECT_EQ(txt.docNumber, QStringLiteral("穗府办〔2025〕8号"));
    EXPECT_EQ(txt.regionCode, QStringLiteral("guangzhou"));
    EXPECT_EQ(txt.published, QDate(2025, 4, 18));
    EXPECT_EQ(txt.periodStart, 2025);
    EXPECT_EQ(txt.periodEnd, 2027);
    const DocumentRecord md = byFormat.value(QStringLiteral("md"));
    EXPECT_EQ(md.title, QStringLiteral("Municipal Measures on Embodied Intelligence"));
    EXPECT_EQ(md.language, QStringLiteral("en"));
    EXPECT_EQ(md.published, QDate(2025, 3, 12));
    // A table given as a document is pointed to the statistics import.
    const QList<FileImportResult> csv
        = service.importPaths({ folder + QStringLiteral("/ignored-table.csv") });
    ASSERT_EQ(csv.size(), 1);
    EXPECT_EQ(csv[0].status, FileImportResult::Status::Rejected);
    EXPECT_TRUE(csv[0].reason.contains(QStringLiteral("stats import")));
}
