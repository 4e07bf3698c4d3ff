// End to end: the real policylens binary, `instruments --json` on composed documents.
#include <QFile>
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

CliRun runPolicyLens(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(POLICYLENS_BINARY), args);
    if (!p.waitForStarted(10000))
        return {};
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
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        EXPECT_TRUE(doc.isObject()) << line.toStdString();
        objects << doc.object();
    }
    return objects;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

} // namespace

TEST(InstrumentsCli, PrintsOneJsonObjectPerSentence)
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("二、强化算力支撑\n\n加快建设城市智能计算中心。"
                                        "对中小企业发放算力券，最高补贴50万元。\n");
    const QString path = writeFile(dir, QStringLiteral("plan.txt"), text);
    const CliRun run = runPolicyLens({ QStringLiteral("instruments"), QStringLiteral("--json"), path });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QJsonObject> lines = jsonLines(run.out);
    ASSERT_EQ(lines.size(), 3);
    for (const QJsonObject &o : lines) {
        for (const char *field : { "document", "text", "start", "end", "codes", "confidence", "reason" })
            EXPECT_TRUE(o.contains(QLatin1String(field))) << field;
        EXPECT_EQ(o.value(u"document").toString(), QStringLiteral("plan.txt"));
        const int start = o.value(u"start").toInt(), end = o.value(u"end").toInt();
        EXPECT_EQ(o.value(u"text").toString(), text.mid(start, end - start));
        for (const QJsonValue &code : o.value(u"codes").toArray()) {
            EXPECT_TRUE(o.value(u"confidence").toObject().contains(code.toString()));
            EXPECT_FALSE(o.value(u"reason").toObject().value(code.toString()).toString().isEmpty());
        }
    }
    EXPECT_TRUE(lines[0].value(u"codes").toArray().isEmpty());
    EXPECT_EQ(lines[1].value(u"codes").toArray(), QJsonArray { QStringLiteral("supply.infrastructure") });
    EXPECT_EQ(lines[2].value(u"codes").toArray(), QJsonArray { QStringLiteral("supply.funding") });
}

TEST(InstrumentsCli, BadInputIsNamedAndTheRestIsCoded)
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, QStringLiteral("good.txt"), QStringLiteral("开展关键技术攻关。\n"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const CliRun run = runPolicyLens({ QStringLiteral("instruments"), QStringLiteral("--json"), missing, good });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("missing.txt")) << run.err.toStdString();
    EXPECT_EQ(jsonLines(run.out).size(), 1);

    const QString book = writeFile(dir, QStringLiteral("book.json"), QStringLiteral("{\"key\": 1}"));
    const CliRun bad = runPolicyLens({ QStringLiteral("instruments"), QStringLiteral("--codebook"), book, good });
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("book.json")) << bad.err.toStdString();
}
