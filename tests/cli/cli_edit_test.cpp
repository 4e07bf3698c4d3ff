// End to end: correcting documents and targets from the command line, listing keys, and the
// corrections surviving re-extraction. Drives the real policylens executable.
#include "clirunner.h"
#include "importtesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using policylens::testing::CliRun;
using policylens::testing::runPolicyLens;
using policylens::testing::writeFile;

namespace {

class CliEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Composed: a district plan whose only place name is the city in its issuer line.
        const QString path = dir.filePath(QStringLiteral("plan.txt"));
        ASSERT_TRUE(writeFile(path,
            QStringLiteral("关于加快算力产业发展的若干措施\n杭州市人民政府\n"
                           "到2025年，全市算力规模达到5000P。\n2024年3月1日\n")
                .toUtf8()));
        ASSERT_EQ(run({ QStringLiteral("import"), path }).exitCode, 0);
    }
    CliRun run(const QStringList &args)
    {
        return runPolicyLens(args, dir.filePath(QStringLiteral("w.policylens")), dir.path());
    }
    QJsonObject onlyTarget()
    {
        const QList<QJsonObject> targets = run({ QStringLiteral("targets"), QStringLiteral("--json") }).lines();
        EXPECT_EQ(targets.size(), 1);
        return targets.value(0);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(CliEdit, RegionsAndIndicatorsListKeysInBothLanguages)
{
    const QList<QJsonObject> districts
        = run({ QStringLiteral("regions"), QStringLiteral("--level"), QStringLiteral("district"),
                  QStringLiteral("--json") })
              .lines();
    bool yuhang = false;
    for (const QJsonObject &r : districts) {
        EXPECT_EQ(r.value(QStringLiteral("level")).toString(), QStringLiteral("district"));
        if (r.value(QStringLiteral("key")).toString() == QLatin1String("yuhang")) {
            yuhang = true;
            EXPECT_EQ(r.value(QStringLiteral("parent")).toString(), QStringLiteral("hangzhou"));
            EXPECT_EQ(r.value(QStringLiteral("name_zh")).toString(), QStringLiteral("余杭区"));
            EXPECT_EQ(r.value(QStringLiteral("name_en")).toString(), QStringLiteral("Yuhang District"));
        }
    }
    EXPECT_TRUE(yuhang);
    const CliRun indicators = run({ QStringLiteral("indicators"), QStringLiteral("--json") });
    ASSERT_EQ(indicators.exitCode, 0);
    EXPECT_TRUE(indicators.out.contains(QStringLiteral("\"key\":\"computing_power\"")));
    EXPECT_TRUE(indicators.out.contains(QStringLiteral("name_zh")));
}

TEST_F(CliEdit, DocumentMetadataIsSetAndSurvivesReextraction)
{
    const QJsonObject before = run({ QStringLiteral("documents"), QStringLiteral("--json") }).lines().value(0);
    EXPECT_EQ(before.value(QStringLiteral("region")).toString(), QStringLiteral("hangzhou"));
    const QString id = QString::number(before.value(QStringLiteral("id")).toInteger());
    const CliRun set = run({ QStringLiteral("documents"), QStringLiteral("set"), id,
        QStringLiteral("--region"), QStringLiteral("余杭区"), QStringLiteral("--type"),
        QStringLiteral("measures"), QStringLiteral("--status"), QStringLiteral("draft"),
        QStringLiteral("--date"), QStringLiteral("2024-03-02"), QStringLiteral("--json") });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject after = set.lines().value(0);
    EXPECT_EQ(after.value(QStringLiteral("region")).toString(), QStringLiteral("yuhang"));
    EXPECT_EQ(after.value(QStringLiteral("type")).toString(), QStringLiteral("measures"));
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EQ(after.value(QStringLiteral("published")).toString(), QStringLiteral("2024-03-02"));
    EXPECT_EQ(after.value(QStringLiteral("user_fields")).toArray().size(), 4);
    EXPECT_EQ(onlyTarget().value(QStringLiteral("region")).toString(), QStringLiteral("yuhang"));
    ASSERT_EQ(run({ QStringLiteral("reextract") }).exitCode, 0);
    EXPECT_EQ(onlyTarget().value(QStringLiteral("region")).toString(), QStringLiteral("yuhang"));
    const QJsonObject kept = run({ QStringLiteral("documents"), QStringLiteral("--json") }).lines().value(0);
    EXPECT_EQ(kept.value(QStringLiteral("region")).toString(), QStringLiteral("yuhang"));
    EXPECT_EQ(kept.value(QStringLiteral("type")).toString(), QStringLiteral("measures"));
    // Bad values: a clear error, exit 64, nothing changed.
    const CliRun bad = run({ QStringLiteral("documents"), QStringLiteral("set"), id,
        QStringLiteral("--type"), QStringLiteral("poem") });
    EXPECT_EQ(bad.exitCode, 64);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("poem"))) << bad.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("documents"), QStringLiteral("set"), QStringLiteral("999"),
                  QStringLiteral("--type"), QStringLiteral("plan") })
                  .exitCode,
        1);
}

TEST_F(CliEdit, TargetKindAndRegionAreSetFilteredAndKept)
{
    const QString id = QString::number(onlyTarget().value(QStringLiteral("id")).toInteger());
    const CliRun set = run({ QStringLiteral("targets"), QStringLiteral("set"), id,
        QStringLiteral("--kind"), QStringLiteral("baseline"), QStringLiteral("--region"),
        QStringLiteral("xiaoshan"), QStringLiteral("--status"), QStringLiteral("verified"),
        QStringLiteral("--json") });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject t = onlyTarget();
    EXPECT_EQ(t.value(QStringLiteral("kind")).toString(), QStringLiteral("baseline"));
    EXPECT_EQ(t.value(QStringLiteral("region")).toString(), QStringLiteral("xiaoshan"));
    EXPECT_EQ(t.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    // Filters.
    EXPECT_EQ(run({ QStringLiteral("targets"), QStringLiteral("--json"), QStringLiteral("--kind"),
                  QStringLiteral("target") })
                  .lines()
                  .size(),
        0);
    EXPECT_EQ(run({ QStringLiteral("targets"), QStringLiteral("--json"), QStringLiteral("--region"),
                  QStringLiteral("Xiaoshan District"), QStringLiteral("--year"), QStringLiteral("2025") })
                  .lines()
                  .size(),
        1);
    // The person's region stays when the document moves, and after re-extraction.
    const QString doc = QString::number(t.value(QStringLiteral("document_id")).toInteger());
    ASSERT_EQ(run({ QStringLiteral("documents"), QStringLiteral("set"), doc,
                  QStringLiteral("--region"), QStringLiteral("ningbo") })
                  .exitCode,
        0);
    ASSERT_EQ(run({ QStringLiteral("reextract") }).exitCode, 0);
    EXPECT_EQ(onlyTarget().value(QStringLiteral("region")).toString(), QStringLiteral("xiaoshan"));
    // Unknown keys are refused with the command that lists them.
    const CliRun bad = run({ QStringLiteral("targets"), QStringLiteral("set"), id,
        QStringLiteral("--indicator"), QStringLiteral("no_such_key") });
    EXPECT_EQ(bad.exitCode, 64);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("policylens indicators"))) << bad.err.toStdString();
    // Choosing the value that counts, and back.
    EXPECT_EQ(run({ QStringLiteral("targets"), QStringLiteral("choose"), id }).exitCode, 0);
    EXPECT_TRUE(onlyTarget().value(QStringLiteral("counts")).toBool());
    EXPECT_EQ(run({ QStringLiteral("targets"), QStringLiteral("choose"), id, QStringLiteral("--clear") })
                  .exitCode,
        0);
}
