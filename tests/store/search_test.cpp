#include "ingest/importservice.h"
#include "importtesthelpers.h"
#include "store/searchindex.h"
#include "store/searchtext.h"
#include "store/workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;

TEST(SearchText, CjkRunsBecomeBigramsWithTrailingCharacter)
{
    EXPECT_EQ(SearchText::indexText(QStringLiteral("人工智能，算力AI芯片")).simplified(),
        QStringLiteral("人工 工智 智能 能 , 算力 力 AI 芯片 片"));
    EXPECT_EQ(SearchText::matchExpression(QStringLiteral("算力")), QStringLiteral("\"算力\""));
    EXPECT_EQ(SearchText::matchExpression(QStringLiteral("人民法院")),
        QStringLiteral("\"人民 民法 法院\""));
    EXPECT_EQ(SearchText::matchExpression(QStringLiteral("算")), QStringLiteral("\"算\" *"));
    EXPECT_EQ(SearchText::matchExpression(QStringLiteral("智能AI 5G")),
        QStringLiteral("\"智能 能 AI\" AND \"5 G\""));
    EXPECT_EQ(SearchText::matchExpression(QStringLiteral(" \"\" ")), QString());
}

namespace {

class Search : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        // Composed for these tests.
        const QStringList texts {
            QStringLiteral(
                "某市算力基础设施方案\n到2025年，全市算力规模达到100EFLOPS，算力网络覆盖全域，"
                "新建智算中心三个。算力调度平台上线。"),
            QStringLiteral("某省芯片产业规划\n到2026年，芯片设计企业达到100家。"),
            QStringLiteral("某区数字经济意见\n推动人工智能与实体经济融合，适度超前部署算力。"),
            QStringLiteral(
                "Shanghai plan\nBy 2025 the computing power (算力) reaches 50 EFLOPS in Shanghai."),
        };
        QStringList files;
        for (int i = 0; i < texts.size(); ++i) {
            files << dir.filePath(QStringLiteral("d%1.txt").arg(i));
            ASSERT_TRUE(policylens::testing::writeFile(files.last(), texts.at(i).toUtf8()));
        }
        ImportService service(ws.database());
        for (const FileImportResult &r : service.importPaths(files))
            ASSERT_EQ(r.status, FileImportResult::Status::Imported) << r.reason.toStdString();
    }

    QList<RankedHit> search(const QString &q)
    {
        const Result<QList<RankedHit>> hits = SearchIndex(ws.database()).search(q, 20);
        EXPECT_TRUE(hits) << hits.error().toStdString();
        return hits ? *hits : QList<RankedHit> {};
    }

    Workspace ws;
    QTemporaryDir dir;
};

} // namespace

TEST_F(Search, TwoCharacterTermsRankedWithSnippets)
{
    const QList<RankedHit> hits = search(QStringLiteral("算力"));
    ASSERT_EQ(hits.size(), 3);
    // Four mentions and the title beat one mention.
    EXPECT_EQ(hits[0].title, QStringLiteral("某市算力基础设施方案"));
    EXPECT_LT(hits[0].score, hits[1].score);
    EXPECT_EQ(hits[0].snippet.mid(hits[0].hitStart, hits[0].hitLength), QStringLiteral("算力"));
    EXPECT_TRUE(hits[0].snippet.contains(QStringLiteral("某市算力基础设施方案")));
    EXPECT_EQ(search(QStringLiteral("芯片")).size(), 1);
}

TEST_F(Search, LongerTermsAreExactPhrases)
{
    EXPECT_EQ(search(QStringLiteral("芯片设计企业")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("设计芯片")).size(), 0);
    EXPECT_EQ(search(QStringLiteral("人工智能")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("智能与实体")).size(), 1);
}

TEST_F(Search, SingleCharactersEnglishAndCombinations)
{
    EXPECT_EQ(search(QStringLiteral("芯")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("片")).size(), 1); // the last character of a run
    EXPECT_EQ(search(QStringLiteral("shanghai")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("computing power")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("算力 2025")).size(), 2);
    EXPECT_EQ(search(QStringLiteral("EFLOPS")).size(), 2);
    EXPECT_TRUE(search(QStringLiteral("区块链")).isEmpty());
    // FTS5 syntax in a query is just text.
    EXPECT_TRUE(search(QStringLiteral("AND ( ) * \"")).isEmpty());
}

TEST(SearchIndexKwic, ContextAroundFirstHit)
{
    const QString text = QStringLiteral(
        "前文前文前文前文前文前文前文前文前文前文前文\n到2025年，算力达到100EFLOPS。后文");
    const RankedHit hit = SearchIndex::keywordInContext(text, { QStringLiteral("算力") }, 5);
    EXPECT_EQ(hit.snippet, QStringLiteral("…025年，算力达到100…"));
    EXPECT_EQ(hit.snippet.mid(hit.hitStart, hit.hitLength), QStringLiteral("算力"));
}

// Simplified and Traditional forms are one word for the search: 创新 finds 創新 and back,
// and the snippet shows the document's own script.
TEST_F(Search, SimplifiedAndTraditionalMatchEachOther)
{
    const QString file = dir.filePath(QStringLiteral("hant.txt"));
    ASSERT_TRUE(policylens::testing::writeFile(file,
        QStringLiteral("某縣科技計劃\n支持企業開展技術創新，建設創新平台兩個。").toUtf8()));
    ImportService service(ws.database());
    for (const FileImportResult &r : service.importPaths({ file }))
        ASSERT_EQ(r.status, FileImportResult::Status::Imported) << r.reason.toStdString();
    const QList<RankedHit> hits = search(QStringLiteral("创新"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].snippet.mid(hits[0].hitStart, hits[0].hitLength), QStringLiteral("創新"));
    EXPECT_EQ(search(QStringLiteral("創新平台")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("技術")).size(), 1);
    // A Traditional query finds Simplified documents.
    EXPECT_EQ(search(QStringLiteral("芯片設計")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("算力調度")).size(), 1);
}
