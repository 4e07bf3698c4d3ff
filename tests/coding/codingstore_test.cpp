#include "coding/codebookrepository.h"
#include "coding/codinghook.h"
#include "coding/codingrepository.h"
#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "importtesthelpers.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

// Composed for these tests.
const QString Plan = QStringLiteral(
    "某市人工智能行动方案\n"
    "到2025年，建成3个智算中心，算力规模达到100EFLOPS。\n"
    "对首次认定的企业给予最高500万元奖励。\n"
    "加强人才培养，支持高校设立人工智能学科。\n");

class CodingStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        CodebookRepository books(ws.database());
        ASSERT_TRUE(books.seedBuiltIn()) << books.lastError().toStdString();
    }

    qint64 import(const QString &name, const QString &text)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(policylens::testing::writeFile(path, text.toUtf8()));
        ImportService service(ws.database());
        service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
        const QList<FileImportResult> results = service.importPaths({ path });
        EXPECT_EQ(results.size(), 1);
        return results.isEmpty() ? 0 : results.first().documentId;
    }

    int scalar(const QString &sql)
    {
        QSqlQuery q(ws.database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    Workspace ws;
    QTemporaryDir dir;
};

} // namespace

TEST_F(CodingStore, SeedsTheBuiltInCodebookOnceAndKeepsRenames)
{
    CodebookRepository books(ws.database());
    const qsizetype builtIn = Codebook::builtIn().codes.size();
    ASSERT_GE(builtIn, 13);
    EXPECT_EQ(books.codes().size(), builtIn);
    const std::optional<StoredCode> talent = books.codeByKey(QStringLiteral("supply.talent"));
    ASSERT_TRUE(talent);
    EXPECT_EQ(talent->code.side, InstrumentSide::Supply);
    ASSERT_TRUE(books.renameCode(talent->id, { QStringLiteral("人才"), QStringLiteral("People") }));
    ASSERT_TRUE(books.seedBuiltIn());
    EXPECT_EQ(books.codes().size(), builtIn);
    // What the coder reads back from the workspace is the codebook it was seeded with.
    Codebook expected = Codebook::builtIn();
    expected.codes[expected.indexOf(u"supply.talent")].name = { QStringLiteral("人才"), QStringLiteral("People") };
    ASSERT_EQ(books.load().size(), 1);
    EXPECT_TRUE(books.load().first() == expected);
    EXPECT_EQ(books.code(talent->id)->code.name.en, QStringLiteral("People"));
}

TEST_F(CodingStore, ImportCodesEverySentenceInTheDocumentsTransaction)
{
    const qint64 doc = import(QStringLiteral("plan.txt"), Plan);
    ASSERT_GT(doc, 0);
    CodingRepository codings(ws.database());
    const QList<CodingRecord> rows = codings.forDocument(doc);
    ASSERT_FALSE(rows.isEmpty());
    CodebookRepository books(ws.database());
    const QString body = Plan; // stored as imported (plain text, no changes for this input)
    for (const CodingRecord &r : rows) {
        EXPECT_LT(r.start, r.end);
        EXPECT_EQ(r.origin, CodingOrigin::Auto);
        EXPECT_EQ(r.status, CodingStatus::Unreviewed);
        ASSERT_TRUE(r.reason);
        EXPECT_TRUE(books.code(r.codeId));
    }
    // Deleting the document deletes its codings.
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM documents")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM codings")), 0);
}

TEST_F(CodingStore, RecodingNeverOverwritesReviewedOrManualCodings)
{
    const qint64 doc = import(QStringLiteral("plan.txt"), Plan);
    CodingRepository codings(ws.database());
    CodebookRepository books(ws.database());
    const QList<CodingRecord> before = codings.forDocument(doc);
    ASSERT_GE(before.size(), 2);
    const CodingRecord accepted = before.at(0);
    const CodingRecord rejected = before.at(1);
    ASSERT_TRUE(codings.setStatus(accepted.id, CodingStatus::Accepted));
    ASSERT_TRUE(codings.setStatus(rejected.id, CodingStatus::Rejected));
    CodingRecord manual;
    manual.documentId = doc;
    manual.codeId = books.codeByKey(QStringLiteral("demand.cooperation"))->id;
    manual.start = 0;
    manual.end = 5;
    manual.origin = CodingOrigin::Manual;
    manual.status = CodingStatus::Accepted;
    const qint64 manualId = codings.insert(manual);
    ASSERT_GT(manualId, 0);

    // Fresh codings: the same as before (the rejected one among them) and one new.
    QList<AutoCoding> fresh;
    for (const CodingRecord &r : before) {
        const StoredCode code = *books.code(r.codeId);
        fresh.append({ r.start, r.end, code.codebookKey, code.code.key, 0.5, *r.reason });
    }
    fresh.append({ 0, 5, {}, QStringLiteral("supply.talent"), 0.5, {} });
    const std::optional<RecodeResult> result = codings.replaceAutoCodings(doc, fresh);
    ASSERT_TRUE(result) << codings.lastError().toStdString();
    EXPECT_EQ(result->deleted, before.size() - 2);
    EXPECT_EQ(result->skipped, 2); // the accepted and the rejected one come back as they were
    EXPECT_EQ(result->inserted, before.size() - 2 + 1);
    EXPECT_EQ(codings.find(accepted.id)->status, CodingStatus::Accepted);
    EXPECT_EQ(codings.find(rejected.id)->status, CodingStatus::Rejected);
    EXPECT_EQ(codings.find(manualId)->origin, CodingOrigin::Manual);
}

TEST_F(CodingStore, UserCodebookKeywordsAndMerges)
{
    CodebookRepository books(ws.database());
    const qint64 themes = books.addCodebook(QStringLiteral("themes"),
        { QStringLiteral("战略主题"), QStringLiteral("Strategic themes") });
    ASSERT_GT(themes, 0);
    EXPECT_EQ(books.addCodebook(QStringLiteral("themes"), {}), 0); // key taken
    EXPECT_FALSE(books.lastError().isEmpty());
    CodebookCode open;
    open.key = QStringLiteral("theme.opensource");
    open.name = { QStringLiteral("开源"), QStringLiteral("Open source") };
    open.keywords = { QStringLiteral("开源") };
    const qint64 openId = books.addCode(themes, open);
    ASSERT_GT(openId, 0);
    CodebookCode chips = open;
    chips.key = QStringLiteral("theme.chips");
    chips.keywords = { QStringLiteral("芯片") };
    const qint64 chipsId = books.addCode(themes, chips);
    ASSERT_GT(chipsId, 0);
    // A user keyword is a cue the coder reads.
    ASSERT_TRUE(books.setKeywords(openId, { QStringLiteral("开源"), QStringLiteral("开放源代码") }));
    const StoredCode stored = *books.code(openId);
    EXPECT_EQ(stored.code.keywords.size(), 2);
    EXPECT_EQ(stored.code.cues.size(), 2);

    const QString text = QStringLiteral("鼓励企业参与开源社区建设。支持芯片研发。");
    const qint64 doc = import(QStringLiteral("t.txt"), text);
    CodingRepository codings(ws.database());
    int themeCodings = 0;
    for (const CodingRecord &r : codings.forDocument(doc))
        themeCodings += books.code(r.codeId)->codebookId == themes ? 1 : 0;
    EXPECT_EQ(themeCodings, 2);

    ASSERT_TRUE(books.mergeCodes(chipsId, openId)) << books.lastError().toStdString();
    EXPECT_FALSE(books.code(chipsId));
    EXPECT_TRUE(books.code(openId)->code.keywords.contains(QStringLiteral("芯片")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM codings WHERE code_id = %1").arg(openId)), 2);
    EXPECT_FALSE(books.mergeCodes(openId, openId));
}
