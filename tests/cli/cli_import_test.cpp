// End to end: the policylens executable on a temporary workspace.
#include "importtesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using policylens::testing::writeFile;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    CliRun run(QStringList args)
    {
        args << QStringLiteral("--db") << db();
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

    QString db() const { return dir.filePath(QStringLiteral("w.policylens")); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }

    QTemporaryDir dir;
};

// Composed for these tests.
const QByteArray PlanA
    = QStringLiteral("深圳市人民政府关于印发算力行动方案的通知\n"
                     "到2025年，全市算力规模达到50EFLOPS。\n深圳市人民政府\n2024年3月1日\n")
          .toUtf8();
const QByteArray PlanB = QStringLiteral("某市芯片产业规划\n芯片设计企业达到100家。\n").toUtf8();

} // namespace

TEST_F(Cli, ImportAllGoodExitsZeroThenDuplicates)
{
    const QString a = write(QStringLiteral("a.txt"), PlanA);
    const QString b = write(QStringLiteral("b.md"), PlanB);
    CliRun r = run(
        { QStringLiteral("import"), QStringLiteral("--commit-every"), QStringLiteral("8"), a, b });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(a + QStringLiteral(": imported"))) << r.out.toStdString();
    r = run({ QStringLiteral("import"), QStringLiteral("--json"), a });
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject line
        = QJsonDocument::fromJson(r.out.split(QLatin1Char('\n')).first().toUtf8()).object();
    EXPECT_EQ(line.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    EXPECT_EQ(line.value(QStringLiteral("path")).toString(), a);
}

TEST_F(Cli, ImportWithARejectedFileExitsTwoAndKeepsTheRest)
{
    const QString good = write(QStringLiteral("good.txt"), PlanA);
    const QString bad = write(QStringLiteral("bad.docx"), QByteArray("not a zip at all"));
    const QString empty = write(QStringLiteral("empty.txt"), QByteArray());
    const CliRun r = run({ QStringLiteral("import"), bad, good, empty });
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(bad + QStringLiteral(": rejected: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(empty + QStringLiteral(": rejected: "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(good + QStringLiteral(": imported"))) << r.out.toStdString();
    const CliRun docs = run({ QStringLiteral("documents"), QStringLiteral("--json") });
    EXPECT_EQ(docs.exitCode, 0);
    const QStringList lines = docs.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 1) << docs.out.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("region")).toString(), QStringLiteral("shenzhen"));
    EXPECT_EQ(doc.value(QStringLiteral("issuer")).toString(), QStringLiteral("深圳市人民政府"));
    EXPECT_EQ(doc.value(QStringLiteral("published")).toString(), QStringLiteral("2024-03-01"));
    EXPECT_EQ(doc.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    const CliRun table = run({ QStringLiteral("documents") });
    EXPECT_TRUE(table.out.contains(QStringLiteral("深圳市人民政府"))) << table.out.toStdString();
}

TEST_F(Cli, SearchFindsTwoCharacterWordsWithContext)
{
    run({ QStringLiteral("import"), write(QStringLiteral("a.txt"), PlanA),
        write(QStringLiteral("b.txt"), PlanB) });
    CliRun r = run({ QStringLiteral("search"), QStringLiteral("算力") });
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("【算力】"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("芯片产业规划")));
    r = run({ QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("芯片") });
    const QJsonObject hit = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    EXPECT_EQ(hit.value(QStringLiteral("rank")).toInt(), 1);
    EXPECT_EQ(hit.value(QStringLiteral("title")).toString(), QStringLiteral("某市芯片产业规划"));
    EXPECT_EQ(run({ QStringLiteral("search") }).exitCode, 64);
}

TEST_F(Cli, StatsImportReportsBadRowsByLine)
{
    const QString csv = write(QStringLiteral("s.csv"),
        QByteArray("region,indicator,year,value,unit\n"
                   "Beijing,ai_core_scale,2022,\"2,150\",亿元\n"
                   "Atlantis,ai_core_scale,2022,1,亿元\n"));
    CliRun r = run({ QStringLiteral("stats"), QStringLiteral("import"), csv });
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(csv + QStringLiteral(":3: rejected:"))) << r.out.toStdString();
    const QString good
        = write(QStringLiteral("g.csv"), QByteArray("地区,指标,年份,数值,单位\n上海,x,2023,5,%\n"));
    r = run({ QStringLiteral("stats"), QStringLiteral("import"), good });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    r = run({ QStringLiteral("stats"), QStringLiteral("import"),
        write(QStringLiteral("c.xlsx"), QByteArray("PK junk")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("c.xlsx"))) << r.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("export") }).exitCode, 64);
}

// What the Statistics table edits, a script can edit: refile a row under an indicator and
// mark its period; the change is in the next listing.
TEST_F(Cli, StatsListAndSetIndicatorAndPeriod)
{
    const QString csv = write(QStringLiteral("s.csv"),
        QStringLiteral("region,indicator,year,value,unit,quote\n"
                       "Wuhan,Core AI output (核心AI产值),2024,>600,亿元,\"据报道，规模超过600亿元。\"\n")
            .toUtf8());
    CliRun r = run({ QStringLiteral("stats"), QStringLiteral("import"), csv });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({ QStringLiteral("stats"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject row = QJsonDocument::fromJson(r.out.split(QLatin1Char('\n')).first().toUtf8()).object();
    EXPECT_EQ(row.value(QStringLiteral("indicator")).toString(), QStringLiteral("Core AI output (核心AI产值)"));
    EXPECT_EQ(row.value(QStringLiteral("comparator")).toString(), QStringLiteral(">"));
    EXPECT_EQ(row.value(QStringLiteral("quote")).toString(), QStringLiteral("据报道，规模超过600亿元。"));
    const QString id = QString::number(row.value(QStringLiteral("id")).toInteger());
    r = run({ QStringLiteral("stats"), QStringLiteral("set"), id, QStringLiteral("--indicator"),
        QStringLiteral("ai_core_industry_scale"), QStringLiteral("--period"), QStringLiteral("H1") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({ QStringLiteral("stats"), QStringLiteral("list"), QStringLiteral("--json") });
    row = QJsonDocument::fromJson(r.out.split(QLatin1Char('\n')).first().toUtf8()).object();
    EXPECT_EQ(row.value(QStringLiteral("indicator")).toString(), QStringLiteral("ai_core_industry_scale"));
    EXPECT_EQ(row.value(QStringLiteral("period")).toString(), QStringLiteral("H1"));
    r = run({ QStringLiteral("stats"), QStringLiteral("set"), id, QStringLiteral("--period"),
        QStringLiteral("sometime") });
    EXPECT_EQ(r.exitCode, 64);
    r = run({ QStringLiteral("stats"), QStringLiteral("set"), id });
    EXPECT_EQ(r.exitCode, 64);
}

// The sample goes into a workspace of its own, labelled as the sample, never the default one.
TEST_F(Cli, SampleWithoutDbFillsItsOwnWorkspace)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POLICYLENS_BINARY), { QStringLiteral("sample") });
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("sample.policylens"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("workspace.policylens")));
}

namespace {

// Columns a terminal gives a character: two for CJK ideographs and full-width forms.
int columns(const QString &text)
{
    int w = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        w += (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xFF00 && u <= 0xFF60) ? 2 : 1;
    }
    return w;
}

} // namespace

// `documents` lines up its columns with Chinese titles, elided or not.
TEST_F(Cli, DocumentsColumnsAlignWithChineseTitles)
{
    const QString a = write(QStringLiteral("a.txt"),
        QStringLiteral("关于印发某市加快推进新一代人工智能产业创新发展若干措施的通知（征求意见稿）\n"
                       "到2025年，产业规模达到100亿元。\n")
            .toUtf8());
    const QString b = write(QStringLiteral("b.txt"),
        QStringLiteral("某区算力方案\n算力规模达到5EFLOPS。\n").toUtf8());
    const QString c = write(QStringLiteral("c.txt"),
        QStringLiteral("A plan for computing power in a city of the future with a long title\n"
                       "Computing power reaches 5 EFLOPS by 2025.\n")
            .toUtf8());
    ASSERT_EQ(run({ QStringLiteral("import"), a, b, c }).exitCode, 0);
    const CliRun r = run({ QStringLiteral("documents") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString();
    QList<int> formatColumn;
    for (const QString &line : lines.mid(1)) {
        const qsizetype at = line.indexOf(QStringLiteral(" txt "));
        ASSERT_GE(at, 0) << line.toStdString();
        formatColumn << columns(line.left(at));
    }
    EXPECT_EQ(formatColumn.at(0), formatColumn.at(1)) << r.out.toStdString();
    EXPECT_EQ(formatColumn.at(1), formatColumn.at(2)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QChar(0x2026))) << "ambiguous-width ellipsis";
}

// `documents` shows each document's type and status, translated, in columns that stay
// aligned when the names are Chinese.
TEST_F(Cli, DocumentsListTypeAndStatusAligned)
{
    const QString a = write(QStringLiteral("a.txt"),
        QStringLiteral("某市关于加快人工智能产业发展的若干措施\n对首次认定的企业给予50万元奖励。\n")
            .toUtf8());
    const QString b = write(QStringLiteral("b.txt"),
        QStringLiteral("A short computing plan\nComputing power reaches 5 EFLOPS by 2025.\n")
            .toUtf8());
    ASSERT_EQ(run({ QStringLiteral("import"), a, b }).exitCode, 0);
    ASSERT_EQ(run({ QStringLiteral("documents"), QStringLiteral("set"), QStringLiteral("1"),
                  QStringLiteral("--type"), QStringLiteral("statistics"),
                  QStringLiteral("--status"), QStringLiteral("draft") })
                  .exitCode,
        0);
    ASSERT_EQ(run({ QStringLiteral("documents"), QStringLiteral("set"), QStringLiteral("2"),
                  QStringLiteral("--type"), QStringLiteral("plan") })
                  .exitCode,
        0);
    struct Expected
    {
        QString lang, header, type1, status1, type2, status2;
    };
    const QList<Expected> cases {
        { QStringLiteral("en"), QStringLiteral("Status"), QStringLiteral("Statistics release"),
            QStringLiteral("Draft"), QStringLiteral("Plan"), QStringLiteral("Final") },
        { QStringLiteral("zh"), QStringLiteral("状态"), QStringLiteral("统计公报"),
            QStringLiteral("征求意见稿"), QStringLiteral("规划/方案"), QStringLiteral("正式稿") },
    };
    for (const Expected &e : cases) {
        const CliRun r = run({ QStringLiteral("documents"), QStringLiteral("--lang"), e.lang });
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
        EXPECT_TRUE(lines.at(0).contains(e.header)) << lines.at(0).toStdString();
        // Type and status sit at the same terminal column in every row.
        QList<int> typeColumn, statusColumn, formatColumn;
        const QStringList types { e.type1, e.type2 }, statuses { e.status1, e.status2 };
        for (int i = 1; i <= 2; ++i) {
            const QString &line = lines.at(i);
            const qsizetype type = line.indexOf(types.at(i - 1) + QLatin1Char(' '));
            const qsizetype status
                = line.indexOf(QLatin1Char(' ') + statuses.at(i - 1) + QLatin1Char(' '));
            const qsizetype format = line.indexOf(QStringLiteral(" txt "));
            ASSERT_GE(type, 0) << line.toStdString();
            ASSERT_GT(status, type) << line.toStdString();
            ASSERT_GT(format, status) << line.toStdString();
            typeColumn << columns(line.left(type));
            statusColumn << columns(line.left(status));
            formatColumn << columns(line.left(format));
        }
        EXPECT_EQ(typeColumn.at(0), typeColumn.at(1)) << r.out.toStdString();
        EXPECT_EQ(statusColumn.at(0), statusColumn.at(1)) << r.out.toStdString();
        EXPECT_EQ(formatColumn.at(0), formatColumn.at(1)) << r.out.toStdString();
    }
}
