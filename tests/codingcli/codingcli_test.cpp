// `policylens instruments` on a workspace: summary, review edits and their reversal, export,
// and the instruments chart, through the real executable on the bundled sample.
#include "clirunner.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using policylens::testing::CliRun;
using policylens::testing::runPolicyLens;

namespace {

class InstrumentsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(run({ QStringLiteral("sample") }).exitCode, 0);
    }

    CliRun run(const QStringList &args)
    {
        return runPolicyLens(args, dir.filePath(QStringLiteral("w.policylens")), dir.path());
    }

    QTemporaryDir dir;
};

QStringList args(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '));
}

} // namespace

TEST_F(InstrumentsCli, SummaryPrintsTheMatrixWithSideShares)
{
    const CliRun summary = run(args("instruments --summary --json"));
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    const QList<QJsonObject> rows = summary.lines();
    ASSERT_GE(rows.size(), 5); // the sample's cities
    for (const QJsonObject &row : rows) {
        int total = 0;
        for (const QJsonValue &v : row.value(QStringLiteral("counts")).toObject())
            total += v.toInt();
        EXPECT_EQ(total, row.value(QStringLiteral("total")).toInt());
        double shares = 0;
        for (const QJsonValue &v : row.value(QStringLiteral("side_shares")).toObject())
            shares += v.toDouble();
        EXPECT_NEAR(shares, 1.0, 0.01);
    }
    const CliRun text = run(args("instruments --summary --lang zh"));
    EXPECT_TRUE(text.out.contains(QStringLiteral("北京市"))) << text.out.toStdString();
}

TEST_F(InstrumentsCli, ReviewEditsAreScriptableAndReversible)
{
    const QList<QJsonObject> listed = run(args("instruments list --json")).lines();
    ASSERT_GE(listed.size(), 10);
    const QString id = QString::number(listed.first().value(QStringLiteral("id")).toInteger());
    const CliRun accept = run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
        QStringLiteral("--status"), QStringLiteral("accepted"), QStringLiteral("--json") });
    ASSERT_EQ(accept.exitCode, 0) << accept.err.toStdString();
    EXPECT_EQ(accept.lines().first().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_EQ(run(args("instruments list --status accepted --json")).lines().size(), 1);
    ASSERT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
                      QStringLiteral("--status"), QStringLiteral("unreviewed") }).exitCode, 0);
    EXPECT_EQ(run(args("instruments list --status accepted --json")).lines().size(), 0);

    // Change a code, re-code: the person's code stays, the old one stays rejected.
    const CliRun changed = run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
        QStringLiteral("--code"), QStringLiteral("demand.cooperation"), QStringLiteral("--json") });
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    const QJsonObject fresh = changed.lines().first();
    EXPECT_EQ(fresh.value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));
    ASSERT_EQ(run(args("instruments recode")).exitCode, 0);
    EXPECT_EQ(run(args("instruments list --code demand.cooperation --status accepted --json")).lines().size(), 1);
    // Reversal: remove the person's coding, reset the old one.
    const QString freshId = QString::number(fresh.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("remove"), freshId }).exitCode, 0);
    EXPECT_NE(run(QStringList { QStringLiteral("instruments"), QStringLiteral("remove"), id }).exitCode, 0); // automatic
    EXPECT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
                  QStringLiteral("--status"), QStringLiteral("unreviewed") }).exitCode, 0);

    const CliRun bad = run(args("instruments set 999999 --status accepted"));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("999999")));
    EXPECT_EQ(run(args("instruments set 1 --status maybe")).exitCode, 64);
}

TEST_F(InstrumentsCli, ExportsAndTheInstrumentsChart)
{
    for (const char *name : { "corpus.qdpx", "coded.csv", "coded.xlsx" }) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const CliRun exported = run({ QStringLiteral("instruments"), QStringLiteral("--export"), path });
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 100) << name;
    }
    EXPECT_EQ(run({ QStringLiteral("instruments"), QStringLiteral("--export"), dir.filePath(QStringLiteral("x.doc")) }).exitCode, 64);
    for (const char *name : { "shares.png", "shares.svg", "shares.csv" }) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const CliRun chart = run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("instruments"),
            QStringLiteral("--out"), path });
        ASSERT_EQ(chart.exitCode, 0) << chart.err.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 100) << name;
    }
}

TEST_F(InstrumentsCli, ASecondCodebookIsCodedTheSameWay)
{
    ASSERT_EQ(run({ QStringLiteral("instruments"), QStringLiteral("codebook"), QStringLiteral("add"),
                  QStringLiteral("--key"), QStringLiteral("themes"), QStringLiteral("--name-en"),
                  QStringLiteral("Strategic themes") }).exitCode, 0);
    const CliRun added = run({ QStringLiteral("instruments"), QStringLiteral("codebook"), QStringLiteral("add-code"),
        QStringLiteral("--codebook"), QStringLiteral("themes"), QStringLiteral("--key"), QStringLiteral("theme.compute"),
        QStringLiteral("--name-en"), QStringLiteral("Computing"), QStringLiteral("--keywords"), QStringLiteral("算力") });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    ASSERT_EQ(run(args("instruments recode")).exitCode, 0);
    EXPECT_GE(run(args("instruments list --code theme.compute --json")).lines().size(), 3);
    const CliRun summary = run(args("instruments --summary --codebook themes --json"));
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_FALSE(summary.lines().isEmpty());
}
