#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "sampleworkspace.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QLegend>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

const QStringList kCities { QStringLiteral("beijing"), QStringLiteral("shanghai"),
    QStringLiteral("shenzhen"), QStringLiteral("hangzhou") };

ChartRequest requestFor(ChartKind kind, const QString &language)
{
    ChartRequest r;
    r.kind = kind;
    r.cities = kCities;
    r.language = languageFromString(language);
    if (kind == ChartKind::Compare || kind == ChartKind::Progress)
        r.indicator = QStringLiteral("ai_core_industry_scale");
    return r;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class ChartExport : public ::testing::TestWithParam<ChartKind>
{
protected:
    void SetUp() override
    {
        const Result<void> opened = ws.open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        sample::fillSampleWorkspace(ws.database());
        builder.setDatabase(ws.database());
        ASSERT_TRUE(dir.isValid());
    }

    std::unique_ptr<QChart> chart(ChartKind kind, const QString &language)
    {
        builder.setRequest(requestFor(kind, language));
        const Result<void> loaded = builder.reload();
        EXPECT_TRUE(loaded) << loaded.error().toStdString();
        EXPECT_FALSE(builder.isEmpty());
        return std::unique_ptr<QChart>(builder.createChart());
    }

    Workspace ws;
    ChartBuilder builder;
    QTemporaryDir dir;
};

} // namespace

TEST_P(ChartExport, PngDecodesAtTheAskedSizeAndResolution)
{
    auto c = chart(GetParam(), QStringLiteral("en"));
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    ASSERT_TRUE(ChartExporter::write(c.get(), path, QSize(1500, 1000), 300, &error))
        << error.toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1500, 1000));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300.0, 1.0);
    // Something was drawn: not a blank white page.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            dark += qGray(image.pixel(x, y)) < 128;
    EXPECT_GT(dark, 50);
}

TEST_P(ChartExport, SvgParsesAndHoldsTheCityNames)
{
    auto c = chart(GetParam(), QStringLiteral("en"));
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    ASSERT_TRUE(ChartExporter::write(c.get(), path, QSize(900, 600), 96, &error))
        << error.toStdString();
    const QString svg = readText(path);
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            ++texts;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(texts, 3);
    EXPECT_TRUE(svg.contains(QStringLiteral("Shanghai")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Beijing")));
}

TEST_P(ChartExport, PdfHasAPageWithTheChartTitle)
{
    auto c = chart(GetParam(), QStringLiteral("en"));
    const QString title = c->title();
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    ASSERT_TRUE(ChartExporter::write(c.get(), path, QSize(900, 600), 96, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    file.close();
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    ASSERT_EQ(pdf.pageCount(), 1);
    const QString text = pdf.getAllText(0).text().simplified();
    // The title is embedded as text, not pixels.
    EXPECT_TRUE(text.contains(title.left(20))) << text.toStdString();
}

TEST_P(ChartExport, ChineseChartsNameCitiesInChinese)
{
    auto c = chart(GetParam(), QStringLiteral("zh_CN"));
    const QString svg
        = QString::fromUtf8(ChartExporter::toSvg(c.get(), QSize(900, 600), c->title()));
    EXPECT_TRUE(svg.contains(QStringLiteral("上海市")));
}

TEST_P(ChartExport, RendersPreviewsInBothLanguages)
{
    // Written for a human to look at (build/charts-preview); the test checks they exist.
    const QString out = QStringLiteral(POLICYLENS_PREVIEW_DIR);
    QDir().mkpath(out);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        auto c = chart(GetParam(), language);
        const QString path = QDir(out).filePath(
            QStringLiteral("%1-%2.png").arg(chartKindKey(GetParam()), language.left(2)));
        QString error;
        ASSERT_TRUE(ChartExporter::write(c.get(), path, QSize(1500, 1000), 150, &error))
            << error.toStdString();
        EXPECT_FALSE(QImage(path).isNull());
    }
}

TEST_P(ChartExport, AChartCanBeExportedTwice)
{
    auto c = chart(GetParam(), QStringLiteral("en"));
    const QByteArray first = ChartExporter::toPng(c.get(), QSize(600, 400));
    const QByteArray second = ChartExporter::toPng(c.get(), QSize(600, 400));
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(first, second);
    EXPECT_EQ(c->scene(), nullptr);
}

INSTANTIATE_TEST_SUITE_P(AllKinds, ChartExport,
    ::testing::Values(ChartKind::Compare, ChartKind::Progress, ChartKind::Coverage,
        ChartKind::Timeline, ChartKind::Incentives),
    [](const ::testing::TestParamInfo<ChartKind> &info) {
        return chartKindKey(info.param).toStdString();
    });

TEST(ChartExportErrors, UnknownFormatAndBadSizeAreRefusedWithTheFileName)
{
    QChart chart;
    QString error;
    EXPECT_FALSE(
        ChartExporter::write(&chart, QStringLiteral("/tmp/x.bmp"), QSize(100, 100), 96, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/tmp/x.bmp")));
    EXPECT_FALSE(
        ChartExporter::write(&chart, QStringLiteral("/tmp/x.png"), QSize(0, 100), 96, &error));
    EXPECT_FALSE(ChartExporter::write(
        &chart, QStringLiteral("/nonexistent-dir/x.png"), QSize(100, 100), 96, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir/x.png")));
}

TEST(ChartExportMany, TwelveCitiesStayLegible)
{
    // Preview for a human (build/charts-preview/compare-many-en.png); the test checks that all
    // twelve cities reach the legend and that the export succeeds.
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    sample::fillSampleWorkspace(ws.database());
    const QStringList more { QStringLiteral("tianjin"), QStringLiteral("hebei"),
        QStringLiteral("shanxi"), QStringLiteral("liaoning"), QStringLiteral("jilin"),
        QStringLiteral("heilongjiang"), QStringLiteral("jiangsu"), QStringLiteral("zhejiang") };
    const qint64 doc = sample::addSampleDocument(ws.database(), QStringLiteral("tianjin"),
        QStringLiteral("文件"), QStringLiteral("某局"), QStringLiteral("2023-01-01"));
    for (int i = 0; i < more.size(); ++i)
        sample::addSampleTarget(ws.database(), doc, more.at(i),
            QStringLiteral("ai_core_industry_scale"), QStringLiteral("target"), 1e11 * (i + 1),
            QStringLiteral("CNY"), QStringLiteral(">="), 2025 + (i % 3), QStringLiteral("句子。"));
    ChartBuilder builder;
    builder.setDatabase(ws.database());
    ChartRequest r;
    r.indicator = QStringLiteral("ai_core_industry_scale");
    builder.setRequest(r);
    ASSERT_TRUE(builder.reload());
    std::unique_ptr<QChart> chart(builder.createChart());
    EXPECT_EQ(chart->legend()->markers().size(), 12);
    QDir().mkpath(QStringLiteral(POLICYLENS_PREVIEW_DIR));
    QString error;
    EXPECT_TRUE(ChartExporter::write(chart.get(),
        QStringLiteral(POLICYLENS_PREVIEW_DIR "/compare-many-en.png"), QSize(1500, 1000), 150,
        &error))
        << error.toStdString();
}
