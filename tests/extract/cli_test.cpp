// End to end: the real policylens binary, `extract --json` and `quantities --json`.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runPolicyLens(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(POLICYLENS_BINARY), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        EXPECT_TRUE(doc.isObject())
            << line.toStdString() << " " << error.errorString().toStdString();
        objects << doc.object();
    }
    return objects;
}

} // namespace

TEST(ExtractCli, PrintsOneJsonObjectPerTarget)
{
    const QString file = QStringLiteral(POLICYLENS_TEST_DATA "/extract/zh-hans-plan.txt");
    const CliRun run = runPolicyLens({ QStringLiteral("extract"), QStringLiteral("--json"),
        QStringLiteral("--published"), QStringLiteral("2023-04-18"), file });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(run.out);
    ASSERT_GE(lines.size(), 20);
    for (const QJsonObject &o : lines) {
        for (const char *field : { "document", "kind", "indicator", "value", "value_max", "unit",
                 "comparator", "year", "approximate", "text", "start", "end", "confidence" })
            EXPECT_TRUE(o.contains(QLatin1String(field))) << field;
        EXPECT_EQ(
            o.value(QStringLiteral("document")).toString(), QStringLiteral("zh-hans-plan.txt"));
        EXPECT_LT(o.value(QStringLiteral("start")).toInt(), o.value(QStringLiteral("end")).toInt());
    }
    bool found = false;
    for (const QJsonObject &o : lines) {
        if (o.value(QStringLiteral("value")).toDouble() == 300000000000.0) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("unit")).toString(), QStringLiteral("CNY"));
            EXPECT_EQ(o.value(QStringLiteral("comparator")).toString(), QStringLiteral(">"));
            EXPECT_EQ(o.value(QStringLiteral("year")).toInt(), 2025);
            EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("target"));
            EXPECT_TRUE(o.value(QStringLiteral("value_max")).isNull());
        }
    }
    EXPECT_TRUE(found);
    // Whole numbers are printed exactly, without ".0" or an exponent.
    EXPECT_TRUE(run.out.contains("\"value\":300000000000,"));
    EXPECT_FALSE(run.out.contains("e+"));
}

TEST(ExtractCli, HumanReadableOutputAndMissingFiles)
{
    const QString file = QStringLiteral(POLICYLENS_TEST_DATA "/extract/zh-non-commitments.txt");
    const CliRun ok = runPolicyLens({ QStringLiteral("extract"), file });
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(ok.out).contains(QStringLiteral("1500亿元")));

    const CliRun missing
        = runPolicyLens({ QStringLiteral("extract"), QStringLiteral("/nonexistent/plan.txt") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("/nonexistent/plan.txt"));

    const CliRun partial
        = runPolicyLens({ QStringLiteral("extract"), file, QStringLiteral("/nonexistent/b.txt") });
    EXPECT_EQ(partial.exitCode, 2);

    const CliRun none = runPolicyLens({ QStringLiteral("extract") });
    EXPECT_EQ(none.exitCode, 64);
}

TEST(QuantitiesCli, AnswersOneLinePerInputLine)
{
    const QByteArray input
        = QStringLiteral("到2025年规模达到16.4亿元，培育10家以上企业\n\n编号7，3-5个\n").toUtf8();
    const CliRun run
        = runPolicyLens({ QStringLiteral("quantities"), QStringLiteral("--json") }, input);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0].value(QStringLiteral("line")).toInt(), 1);
    const QJsonArray first = lines[0].value(QStringLiteral("quantities")).toArray();
    ASSERT_EQ(first.size(), 2);
    EXPECT_EQ(
        first[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("16.4亿元"));
    EXPECT_EQ(first[0].toObject().value(QStringLiteral("value")).toDouble(), 1640000000.0);
    EXPECT_EQ(first[0].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("CNY"));
    EXPECT_EQ(first[0].toObject().value(QStringLiteral("start")).toInt(), 10);
    EXPECT_EQ(first[0].toObject().value(QStringLiteral("end")).toInt(), 16);
    EXPECT_EQ(first[1].toObject().value(QStringLiteral("value")).toDouble(), 10.0);
    EXPECT_TRUE(lines[1].value(QStringLiteral("quantities")).toArray().isEmpty());
    const QJsonArray third = lines[2].value(QStringLiteral("quantities")).toArray();
    ASSERT_EQ(third.size(), 2);
    EXPECT_TRUE(third[0].toObject().value(QStringLiteral("unit")).isNull()); // a bare number
    EXPECT_EQ(third[1].toObject().value(QStringLiteral("value_max")).toDouble(), 5.0);
    EXPECT_TRUE(run.out.contains("\"value\":1640000000,"));
    // Comparator, approximation and the exact decimal for scripts.
    EXPECT_EQ(first[1].toObject().value(QStringLiteral("comparator")).toString(),
        QStringLiteral(">="));
    EXPECT_FALSE(first[1].toObject().value(QStringLiteral("approximate")).toBool());
    EXPECT_EQ(first[0].toObject().value(QStringLiteral("exact")).toString(),
        QStringLiteral("1640000000"));
    EXPECT_EQ(third[1].toObject().value(QStringLiteral("exact_max")).toString(), QStringLiteral("5"));
}

TEST(ExtractCli, LoadsAnExtraTaxonomyAndAPublicationDate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile taxonomy(dir.filePath(QStringLiteral("extra.json")));
    ASSERT_TRUE(taxonomy.open(QIODevice::WriteOnly));
    taxonomy.write(R"({"indicators": [{"key": "humanoid_robots", "name_zh": "人形机器人",
        "name_en": "Humanoid robots", "unit": "count", "keywords_zh": ["人形机器人"]}]})");
    taxonomy.close();
    QFile doc(dir.filePath(QStringLiteral("plan.txt")));
    ASSERT_TRUE(doc.open(QIODevice::WriteOnly));
    doc.write(
        QStringLiteral("明年，全市量产人形机器人1000台。去年，全市已有企业50家。\n").toUtf8());
    doc.close();

    const CliRun run = runPolicyLens({ QStringLiteral("extract"), QStringLiteral("--json"),
        QStringLiteral("--published"), QStringLiteral("2024-05-01"), QStringLiteral("--indicators"),
        taxonomy.fileName(), doc.fileName() });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(
        lines[0].value(QStringLiteral("indicator")).toString(), QStringLiteral("humanoid_robots"));
    EXPECT_EQ(lines[0].value(QStringLiteral("year")).toInt(), 2025);
    EXPECT_EQ(lines[0].value(QStringLiteral("kind")).toString(), QStringLiteral("target"));
    EXPECT_EQ(lines[1].value(QStringLiteral("year")).toInt(), 2023);
    EXPECT_EQ(lines[1].value(QStringLiteral("kind")).toString(), QStringLiteral("baseline"));

    const CliRun bad = runPolicyLens({ QStringLiteral("extract"), QStringLiteral("--published"),
        QStringLiteral("May 2024"), doc.fileName() });
    EXPECT_EQ(bad.exitCode, 64);
}
