// `policylens instruments` on a workspace: summary, review edits and their reversal, export,
// and the instruments chart, through the real executable on the bundled sample.
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QList<QJsonObject> json() const
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << QJsonDocument::fromJson(line.toUtf8()).object();
        return lines;
    }
};

class InstrumentsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_EQ(run({ QStringLiteral("sample") }).code, 0);
    }

    CliRun run(QStringList args)
    {
        args << QStringLiteral("--db") << dir.filePath(QStringLiteral("w.policylens"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(POLICYLENS_BINARY), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
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
    ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
    const QList<QJsonObject> rows = summary.json();
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
    const QList<QJsonObject> listed = run(args("instruments list --json")).json();
    ASSERT_GE(listed.size(), 10);
    const QString id = QString::number(listed.first().value(QStringLiteral("id")).toInteger());
    const CliRun accept = run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
        QStringLiteral("--status"), QStringLiteral("accepted"), QStringLiteral("--json") });
    ASSERT_EQ(accept.code, 0) << accept.err.toStdString();
    EXPECT_EQ(accept.json().first().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    EXPECT_EQ(run(args("instruments list --status accepted --json")).json().size(), 1);
    ASSERT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
                      QStringLiteral("--status"), QStringLiteral("unreviewed") }).code, 0);
    EXPECT_EQ(run(args("instruments list --status accepted --json")).json().size(), 0);

    // Change a code, re-code: the person's code stays, the old one stays rejected.
    const CliRun changed = run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
        QStringLiteral("--code"), QStringLiteral("demand.cooperation"), QStringLiteral("--json") });
    ASSERT_EQ(changed.code, 0) << changed.err.toStdString();
    const QJsonObject fresh = changed.json().first();
    EXPECT_EQ(fresh.value(QStringLiteral("origin")).toString(), QStringLiteral("manual"));
    ASSERT_EQ(run(args("instruments recode")).code, 0);
    EXPECT_EQ(run(args("instruments list --code demand.cooperation --status accepted --json")).json().size(), 1);
    // Reversal: remove the person's coding, reset the old one.
    const QString freshId = QString::number(fresh.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("remove"), freshId }).code, 0);
    EXPECT_NE(run(QStringList { QStringLiteral("instruments"), QStringLiteral("remove"), id }).code, 0); // automatic
    EXPECT_EQ(run(QStringList { QStringLiteral("instruments"), QStringLiteral("set"), id,
                  QStringLiteral("--status"), QStringLiteral("unreviewed") }).code, 0);

    const CliRun bad = run(args("instruments set 999999 --status accepted"));
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("999999")));
    EXPECT_EQ(run(args("instruments set 1 --status maybe")).code, 64);
}

TEST_F(InstrumentsCli, ExportsAndTheInstrumentsChart)
{
    for (const char *name : { "corpus.qdpx", "coded.csv", "coded.xlsx" }) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const CliRun exported = run({ QStringLiteral("instruments"), QStringLiteral("--export"), path });
        ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 100) << name;
    }
    EXPECT_EQ(run({ QStringLiteral("instruments"), QStringLiteral("--export"), dir.filePath(QStringLiteral("x.doc")) }).code, 64);
    for (const char *name : { "shares.png", "shares.svg", "shares.csv" }) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const CliRun chart = run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("instruments"),
            QStringLiteral("--out"), path });
        ASSERT_EQ(chart.code, 0) << chart.err.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 100) << name;
    }
}

TEST_F(InstrumentsCli, ASecondCodebookIsCodedTheSameWay)
{
    ASSERT_EQ(run({ QStringLiteral("instruments"), QStringLiteral("codebook"), QStringLiteral("add"),
                  QStringLiteral("--key"), QStringLiteral("themes"), QStringLiteral("--name-en"),
                  QStringLiteral("Strategic themes") }).code, 0);
    const CliRun added = run({ QStringLiteral("instruments"), QStringLiteral("codebook"), QStringLiteral("add-code"),
        QStringLiteral("--codebook"), QStringLiteral("themes"), QStringLiteral("--key"), QStringLiteral("theme.compute"),
        QStringLiteral("--name-en"), QStringLiteral("Computing"), QStringLiteral("--keywords"), QStringLiteral("算力") });
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    ASSERT_EQ(run(args("instruments recode")).code, 0);
    EXPECT_GE(run(args("instruments list --code theme.compute --json")).json().size(), 3);
    const CliRun summary = run(args("instruments --summary --codebook themes --json"));
    ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
    EXPECT_FALSE(summary.json().isEmpty());
}
