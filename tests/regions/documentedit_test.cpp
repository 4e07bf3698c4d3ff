// Correcting what detectors get wrong: document metadata, a target's kind and region, and which
// of several competing values counts. Stored, undoable, and kept through re-extraction.
#include "review/reviewservice.h"
#include "review/targetchoices.h"
#include "store/workspace.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class DocumentEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        addIndicators(ws);
        // Composed: a district plan filed as its city by a detector.
        doc = addDocument(ws, QStringLiteral("某区算力发展方案"), QStringLiteral("hangzhou"),
            QStringLiteral("2024-05-01"), QStringLiteral("到2025年，算力规模达到500P。"));
        target = addTarget(ws, doc, QStringLiteral("500P"), QStringLiteral("computing_power"),
            QStringLiteral("target"), 500, QStringLiteral("PFLOPS"), QStringLiteral("="), 2025);
        service = std::make_unique<ReviewService>(ws.database(), &stack);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(ws.database());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0);
    }
    QString regionOfTarget(qint64 id)
    {
        return value(QStringLiteral("SELECT r.code FROM targets t JOIN regions r ON r.id = "
                                    "t.region_id WHERE t.id = %1")
                         .arg(id))
            .toString();
    }
    Workspace ws;
    QUndoStack stack;
    std::unique_ptr<ReviewService> service;
    qint64 doc = 0;
    qint64 target = 0;
};

} // namespace

TEST_F(DocumentEditTest, RegionMovesTheDocumentAndItsTargetsAndUndoes)
{
    ASSERT_TRUE(service->editDocument(doc, DocumentField::Region, QStringLiteral("余杭区")));
    EXPECT_EQ(service->documents().field(doc, DocumentField::Region).toLongLong(),
        regionId(ws, QStringLiteral("yuhang")));
    EXPECT_EQ(regionOfTarget(target), QStringLiteral("yuhang"));
    EXPECT_EQ(service->documents().userFields(doc), QStringLiteral("region"));
    stack.undo();
    EXPECT_EQ(regionOfTarget(target), QStringLiteral("hangzhou"));
    EXPECT_EQ(service->documents().userFields(doc), QString());
    stack.redo();
    EXPECT_EQ(regionOfTarget(target), QStringLiteral("yuhang"));
}

TEST_F(DocumentEditTest, EveryFieldValidatedAndStored)
{
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Type, QStringLiteral("plan")));
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Status, QStringLiteral("draft")));
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Title, QStringLiteral("新标题")));
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Issuer, QStringLiteral("某区人民政府")));
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Published, QStringLiteral("2024-06-30")));
    EXPECT_EQ(value(QStringLiteral("SELECT doc_type || doc_status || title || published FROM "
                                   "documents"))
                  .toString(),
        QStringLiteral("plandraft新标题2024-06-30"));
    EXPECT_EQ(service->documents().userFields(doc).split(QLatin1Char('|')).size(), 5);
    // Bad values change nothing and say why.
    int failures = 0;
    QObject::connect(service.get(), &ReviewService::failed, [&] { ++failures; });
    EXPECT_FALSE(service->editDocument(doc, DocumentField::Type, QStringLiteral("poem")));
    EXPECT_FALSE(service->editDocument(doc, DocumentField::Status, QStringLiteral("maybe")));
    EXPECT_FALSE(service->editDocument(doc, DocumentField::Region, QStringLiteral("Atlantis")));
    EXPECT_FALSE(service->editDocument(doc, DocumentField::Published, QStringLiteral("2024-13-01")));
    EXPECT_FALSE(service->editDocument(doc, DocumentField::Title, QStringLiteral("  ")));
    EXPECT_FALSE(service->editDocument(999, DocumentField::Type, QStringLiteral("plan")));
    EXPECT_EQ(failures, 6);
    EXPECT_EQ(stack.count(), 5);
    // Unknown region and date are allowed: the detector may have guessed where none is known.
    EXPECT_TRUE(service->editDocument(doc, DocumentField::Region, QString()));
    EXPECT_TRUE(value(QStringLiteral("SELECT region_id FROM targets")).isNull());
}

TEST_F(DocumentEditTest, TargetKindAndRegionAreEditedUndoneAndKeptWhenTheDocumentMoves)
{
    ASSERT_TRUE(service->edit(target, TargetField::Kind, QStringLiteral("baseline")));
    ASSERT_TRUE(service->edit(
        target, TargetField::Region, regionId(ws, QStringLiteral("shanghai"))));
    EXPECT_EQ(service->targets().userFields(target), QStringLiteral("kind|region"));
    // The person placed this target; moving the document does not move it.
    ASSERT_TRUE(service->editDocument(doc, DocumentField::Region, QStringLiteral("beijing")));
    EXPECT_EQ(regionOfTarget(target), QStringLiteral("shanghai"));
    stack.undo();
    stack.undo();
    EXPECT_EQ(regionOfTarget(target), QStringLiteral("hangzhou"));
    EXPECT_EQ(service->targets().find(target)->kind, TargetKind::Baseline);
    stack.undo();
    EXPECT_EQ(service->targets().find(target)->kind, TargetKind::Target);
    EXPECT_EQ(service->targets().find(target)->reviewStatus, ReviewStatus::Unreviewed);
    EXPECT_EQ(service->targets().userFields(target), QString());
}

TEST_F(DocumentEditTest, UserSetTargetsAndChoicesSurviveReextraction)
{
    const qint64 other = addTarget(ws, doc, QStringLiteral("2025"), QStringLiteral("other"),
        QStringLiteral("target"), 2025, QString(), QStringLiteral("="), QVariant());
    ASSERT_TRUE(service->chooseTarget(target));
    const auto result = service->targets().replaceExtractedTargets(doc, {});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->deleted, 1); // only the untouched one
    EXPECT_FALSE(service->targets().find(other));
    EXPECT_TRUE(service->targets().find(target));
    EXPECT_EQ(service->choices().chosen(service->choices().keyOf(target)), target);
}

TEST_F(DocumentEditTest, ANewerFinalPlanSupersedesADraftAndAnOlderOneUnlessAPersonChooses)
{
    const qint64 draftDoc = addDocument(ws, QStringLiteral("新方案（征求意见稿）"),
        QStringLiteral("hangzhou"), QStringLiteral("2024-09-01"), QStringLiteral("算力规模达到800P。"));
    exec(ws, QStringLiteral("UPDATE documents SET doc_status = 'draft' WHERE id = %1").arg(draftDoc));
    const qint64 draftTarget = addTarget(ws, draftDoc, QStringLiteral("800P"),
        QStringLiteral("computing_power"), QStringLiteral("target"), 800,
        QStringLiteral("PFLOPS"), QStringLiteral("="), 2025);
    const qint64 newerDoc = addDocument(ws, QStringLiteral("修订方案"), QStringLiteral("hangzhou"),
        QStringLiteral("2025-01-01"), QStringLiteral("算力规模达到600P。"));
    const qint64 newer = addTarget(ws, newerDoc, QStringLiteral("600P"),
        QStringLiteral("computing_power"), QStringLiteral("target"), 600,
        QStringLiteral("PFLOPS"), QStringLiteral("="), 2025);
    TargetChoices &choices = service->choices();
    const ChoiceKey key = choices.keyOf(target);
    EXPECT_EQ(choices.competitors(key), (QList<qint64> { newer, target, draftTarget }));
    EXPECT_EQ(choices.counting(key), newer);
    ASSERT_TRUE(service->chooseTarget(draftTarget));
    EXPECT_EQ(choices.counting(key), draftTarget);
    stack.undo();
    EXPECT_EQ(choices.counting(key), newer);
    // A rejected value never counts.
    ASSERT_TRUE(service->reject(newer));
    EXPECT_EQ(choices.counting(key), target);
}
