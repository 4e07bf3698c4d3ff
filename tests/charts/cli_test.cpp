// End-to-end: the real policylens binary, offscreen, on a workspace file the test fills.
#include "compare/targetcomparisonmodel.h"
#include "sampleworkspace.h"
#include "store/workspace.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class ChartCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("POLICYLENS_KEEP_TEST_FILES"));
        db = dir.filePath(QStringLiteral("sample.policylens"));
        Workspace ws;
        const Result<void> opened = ws.open(db);
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        sample::fillSampleWorkspace(ws.database());
    }

    int run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the binary must choose offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POLICYLENS_BINARY),
            QStringList { args } << QStringLiteral("--db") << db);
        EXPECT_TRUE(process.waitForFinished(60000));
        out = QString::fromUtf8(process.readAllStandardOutput());
        err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString db;
    QString out;
    QString err;
};

} // namespace

TEST_F(ChartCli, EveryChartTypeInEveryFormat)
{
    for (const QString &type :
        { QStringLiteral("compare"), QStringLiteral("progress"), QStringLiteral("coverage"),
            QStringLiteral("timeline"), QStringLiteral("incentives") }) {
        for (const QString &suffix :
            { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
            const QString file = path(QStringLiteral("%1.%2").arg(type, suffix));
            // For incentives --indicator would pick one instrument; leave it out to see them all.
            const QString indicator = type == QLatin1String("incentives")
                ? QString()
                : QStringLiteral("ai_core_industry_scale");
            ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--type"), type,
                          QStringLiteral("--indicator"), indicator, QStringLiteral("--cities"),
                          QStringLiteral("beijing,上海,Shenzhen,杭州"), QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("--out"), file }),
                0)
                << type.toStdString() << " " << err.toStdString();
            ASSERT_TRUE(QFile::exists(file)) << file.toStdString();
        }
        EXPECT_FALSE(QImage(path(type + QStringLiteral(".png"))).isNull());
        QFile svg(path(type + QStringLiteral(".svg")));
        ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
        EXPECT_TRUE(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("Hangzhou")))
            << type.toStdString();
        QPdfDocument pdf;
        EXPECT_EQ(pdf.load(path(type + QStringLiteral(".pdf"))), QPdfDocument::Error::None);
        EXPECT_EQ(pdf.pageCount(), 1);
    }
}

TEST_F(ChartCli, PngSizeFollowsWidthHeightAndDpi)
{
    const QString file = path(QStringLiteral("big.png"));
    ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("compare"),
                  QStringLiteral("--indicator"), QStringLiteral("ai_core_industry_scale"),
                  QStringLiteral("--width"), QStringLiteral("960"), QStringLiteral("--height"),
                  QStringLiteral("600"), QStringLiteral("--dpi"), QStringLiteral("300"),
                  QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--json"),
                  QStringLiteral("--out"), file }),
        0)
        << err.toStdString();
    const QImage image(file);
    EXPECT_EQ(image.size(), QSize(3000, 1875));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300.0, 1.0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("file")).toString(), file);
    // rows: the values in the chart's data file, one per bar.
    Workspace ws;
    ASSERT_TRUE(ws.open(db));
    TargetComparisonModel model;
    model.setDatabase(ws.database());
    model.setIndicator(QStringLiteral("ai_core_industry_scale"));
    ASSERT_TRUE(model.reload());
    int bars = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = TargetComparisonModel::FirstCityColumn; c < model.columnCount(); ++c)
            bars += model.index(r, c).data().isValid();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), bars);
}

// A chart's data file says what its numbers are: unit, comparator, year as a number, source.
TEST_F(ChartCli, DataFileCarriesUnitComparatorYearAndSource)
{
    const QString csvPath = path(QStringLiteral("compare.csv"));
    ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--indicator"),
                  QStringLiteral("ai_core_industry_scale"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("--out"), csvPath }),
        0)
        << err.toStdString();
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    for (const QString &column : { QStringLiteral("Year"), QStringLiteral("Comparator"),
             QStringLiteral("Unit"), QStringLiteral("Source"), QStringLiteral("Base unit") })
        EXPECT_TRUE(lines.first().contains(column)) << lines.first().toStdString();
    const QString body = lines.mid(1).join(QLatin1Char('\n'));
    EXPECT_TRUE(body.contains(QStringLiteral("billion yuan")));
    EXPECT_TRUE(body.contains(QStringLiteral("≥")));
    EXPECT_TRUE(body.contains(QStringLiteral(",CNY,")));
    EXPECT_TRUE(body.contains(QStringLiteral("北京市建设人工智能创新策源地实施方案")));
    // The same value in both languages in base units: 3000亿元 is 300000000000 yuan.
    EXPECT_TRUE(body.contains(QStringLiteral(",300000000000,")));

    const QString xlsx = path(QStringLiteral("compare.xlsx"));
    ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--indicator"),
                  QStringLiteral("ai_core_industry_scale"), QStringLiteral("--lang"),
                  QStringLiteral("zh"), QStringLiteral("--out"), xlsx }),
        0)
        << err.toStdString();
    QuaZip zip(xlsx);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    ASSERT_TRUE(zip.setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")));
    QuaZipFile sheet(&zip);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(sheet.readAll());
    // Column E is the year: a number cell, not an inline string.
    EXPECT_TRUE(xml.contains(QStringLiteral("<c r=\"E2\"><v>2025</v></c>"))) << xml.left(1500).toStdString();
    EXPECT_TRUE(xml.contains(QStringLiteral("亿元")));
}

TEST_F(ChartCli, UnknownIndicatorIsAUsageErrorListingTheKeys)
{
    EXPECT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--indicator"),
                  QStringLiteral("ai_core_scale_typo"), QStringLiteral("--out"),
                  path(QStringLiteral("x.png")) }),
        64);
    EXPECT_TRUE(err.contains(QStringLiteral("ai_core_scale_typo"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("ai_core_industry_scale")));
    EXPECT_TRUE(err.contains(QStringLiteral("computing_power")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.png"))));
}

TEST_F(ChartCli, DataExportNeutralizesFormulas)
{
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(db));
        QSqlQuery q(ws.database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE indicators SET builtin = 0, name_en = '=HYPERLINK(\"x\")' "
                                          "WHERE key = 'ai_enterprises'")));
    }
    const QString file = path(QStringLiteral("coverage.csv"));
    ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("coverage"),
                  QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), file }),
        0)
        << err.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Beijing")));
    const QString xlsx = path(QStringLiteral("compare.xlsx"));
    ASSERT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--indicator"),
                  QStringLiteral("ai_core_industry_scale"), QStringLiteral("--out"), xlsx }),
        0)
        << err.toStdString();
    QuaZip zip(xlsx);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    EXPECT_TRUE(zip.getFileNameList().contains(QStringLiteral("xl/worksheets/sheet1.xml")));
}

TEST_F(ChartCli, ReportInEachFormatHoldsTheTargets)
{
    for (const QString &suffix : { QStringLiteral("html"), QStringLiteral("odt"),
             QStringLiteral("pdf"), QStringLiteral("docx") }) {
        const QString file = path(QStringLiteral("report.") + suffix);
        ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("zh"),
                      QStringLiteral("--json"), QStringLiteral("--out"), file }),
            0)
            << err.toStdString();
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        EXPECT_GE(json.value(QStringLiteral("charts")).toInt(), 5) << out.toStdString();
        EXPECT_EQ(json.value(QStringLiteral("targets")).toInt(), 13);
    }
    QFile html(path(QStringLiteral("report.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(
        text.contains(QStringLiteral("力争到2025年全市人工智能核心产业规模不低于3000亿元。")));
    EXPECT_TRUE(text.contains(QStringLiteral("北京市建设人工智能创新策源地实施方案")));
    EXPECT_GE(text.count(QStringLiteral("data:image/png;base64,")), 5);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path(QStringLiteral("report.pdf"))), QPdfDocument::Error::None);
    EXPECT_GE(pdf.pageCount(), 6);
}

TEST_F(ChartCli, ErrorsNameTheProblem)
{
    EXPECT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("pie"),
                  QStringLiteral("--out"), path(QStringLiteral("x.png")) }),
        64);
    EXPECT_TRUE(err.contains(QStringLiteral("pie")));
    EXPECT_EQ(
        run({ QStringLiteral("chart"), QStringLiteral("--indicator"),
            QStringLiteral("ai_core_industry_scale"), QStringLiteral("--cities"),
            QStringLiteral("Atlantis"), QStringLiteral("--out"), path(QStringLiteral("x.png")) }),
        64);
    EXPECT_TRUE(err.contains(QStringLiteral("Atlantis")));
    EXPECT_EQ(run({ QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("compare"),
                  QStringLiteral("--out"), path(QStringLiteral("x.png")) }),
        64);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.png"))));
    const QString missing = path(QStringLiteral("missing.policylens"));
    QProcess process;
    process.start(QStringLiteral(POLICYLENS_BINARY),
        { QStringLiteral("report"), QStringLiteral("--db"), missing, QStringLiteral("--out"),
            path(QStringLiteral("r.html")) });
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError()).contains(missing));
    EXPECT_FALSE(QFile::exists(missing));
}
