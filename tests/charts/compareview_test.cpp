#include "charts/chartbuilder.h"
#include "charts/chartoverlay.h"
#include "charts/compareview.h"
#include "compare/targetcomparisonmodel.h"
#include "sampleworkspace.h"
#include "store/workspace.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <QSqlError>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class CompareViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const Result<void> opened = ws.open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        ids = sample::fillSampleWorkspace(ws.database());
        view.setDatabase(ws.database());
        ChartRequest r;
        r.kind = ChartKind::Compare;
        r.indicator = QStringLiteral("ai_core_industry_scale");
        r.cities = { QStringLiteral("beijing"), QStringLiteral("shanghai"),
            QStringLiteral("shenzhen"), QStringLiteral("hangzhou") };
        view.setRequest(r);
    }
    void TearDown() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    QBarSeries *bars() const
    {
        for (QAbstractSeries *s : view.chartView()->chart()->series()) {
            if (auto *b = qobject_cast<QBarSeries *>(s))
                return b;
        }
        return nullptr;
    }

    QStringList legendLabels() const
    {
        QStringList labels;
        for (QLegendMarker *m : view.chartView()->chart()->legend()->markers())
            labels << m->label();
        return labels;
    }

    Workspace ws;
    sample::SampleIds ids;
    CompareView view;
};

} // namespace

TEST_F(CompareViewTest, BarsComeFromTheModelThroughTheMapper)
{
    QBarSeries *series = bars();
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 4);
    EXPECT_EQ(legendLabels(),
        (QStringList { QStringLiteral("Beijing"), QStringLiteral("Shanghai"),
            QStringLiteral("Shenzhen"), QStringLiteral("Hangzhou") }));
    QBarSet *beijing = series->barSets().at(0);
    EXPECT_DOUBLE_EQ(beijing->at(0), 300.0); // 2025, billion yuan
    EXPECT_TRUE(
        view.chartView()->chart()->title().contains(QStringLiteral("AI core industry scale")));
}

TEST_F(CompareViewTest, HoverShowsTheSourceSentenceAndClickActivatesTheTarget)
{
    QBarSeries *series = bars();
    ASSERT_NE(series, nullptr);
    QSignalSpy activated(&view, &CompareView::targetActivated);
    QBarSet *beijing = series->barSets().at(0);
    emit series->hovered(true, 0, beijing);
    EXPECT_TRUE(view.lastHoverText().contains(QStringLiteral("不低于3000亿元")));
    EXPECT_TRUE(view.lastHoverText().contains(QStringLiteral("≥ 300 billion yuan")));
    emit series->hovered(false, 0, beijing);
    EXPECT_TRUE(view.lastHoverText().isEmpty());
    emit series->clicked(0, beijing);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), ids.beijingScale2025);
}

TEST_F(CompareViewTest, RefreshFollowsEditsAndReview)
{
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE targets SET value = 3.5e11 WHERE id = %1")
                           .arg(ids.beijingScale2025)));
    view.refresh();
    EXPECT_DOUBLE_EQ(bars()->barSets().at(0)->at(0), 350.0);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE targets SET review_status = 'rejected' WHERE id = %1")
                           .arg(ids.beijingScale2025)));
    view.refresh();
    EXPECT_DOUBLE_EQ(bars()->barSets().at(0)->at(0), 0.0); // Beijing's 2025 bar is gone
}

TEST_F(CompareViewTest, ProgressMarkersActivateTargets)
{
    ChartRequest r = view.request();
    r.kind = ChartKind::Progress;
    view.setRequest(r);
    QSignalSpy activated(&view, &CompareView::targetActivated);
    QScatterSeries *markers = nullptr;
    for (QAbstractSeries *s : view.chartView()->chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s);
            scatter && scatter->name() == QLatin1String("Shanghai"))
            markers = scatter;
    }
    ASSERT_NE(markers, nullptr);
    ASSERT_EQ(markers->count(), 2);
    emit markers->hovered(markers->at(0), true);
    EXPECT_TRUE(view.lastHoverText().contains(QStringLiteral("4000亿元")));
    emit markers->clicked(markers->at(0));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toLongLong(), ids.shanghaiScale2025);
}

TEST_F(CompareViewTest, LanguageChangeRenamesCitiesAndUnits)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&view, &change);
    EXPECT_TRUE(legendLabels().contains(QStringLiteral("北京市")));
    EXPECT_EQ(view.builder()->comparisonModel()->scale().unitLabel(), QStringLiteral("亿元"));
}

TEST_F(CompareViewTest, ExportsEachFormatFromTheView)
{
    QTemporaryDir dir;
    QString error;
    for (const QString &name : { QStringLiteral("c.png"), QStringLiteral("c.svg"),
             QStringLiteral("c.pdf"), QStringLiteral("c.csv"), QStringLiteral("c.xlsx") }) {
        EXPECT_TRUE(view.exportTo(dir.filePath(name), QSize(800, 500), 96, &error))
            << error.toStdString();
        EXPECT_GT(QFileInfo(dir.filePath(name)).size(), 50) << name.toStdString();
    }
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("c.png"))).size(), QSize(800, 500));
    // The chart on screen is untouched by exporting.
    EXPECT_EQ(view.chartView()->chart()->scene(), view.chartView()->scene());
}

TEST_F(CompareViewTest, ScreenshotForReview)
{
    // For a human to look at in build/charts-preview; the test checks the grab is not blank.
    view.resize(1280, 760);
    view.show();
    QCoreApplication::processEvents();
    const QImage shot = view.grab().toImage();
    ASSERT_FALSE(shot.isNull());
    QDir().mkpath(QStringLiteral(POLICYLENS_PREVIEW_DIR));
    EXPECT_TRUE(shot.save(QStringLiteral(POLICYLENS_PREVIEW_DIR "/compareview-en.png")));
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 9)
        for (int x = 0; x < shot.width(); x += 9)
            colours.insert(shot.pixel(x, y));
    EXPECT_GT(colours.size(), 10);
}

TEST_F(CompareViewTest, CopiesTheChartToTheClipboardAsAnImage)
{
    QApplication::clipboard()->clear();
    view.resize(900, 600);
    view.copyToClipboard();
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull() && QGuiApplication::platformName() == QLatin1String("offscreen"))
        GTEST_SKIP() << "this platform plugin keeps no clipboard";
    EXPECT_EQ(image.width(), view.chartView()->width() * 2);
}

// Without a choice of the researcher's, the ticked cities are those with targets for the
// indicator shown (it ticked cities without data and left new ones unticked).
TEST(CompareViewDefaults, TicksTheCitiesWithDataForTheIndicator)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    sample::fillSampleWorkspace(ws.database());
    CompareView view;
    view.setDatabase(ws.database());
    const QString indicator = view.request().indicator;
    ASSERT_FALSE(indicator.isEmpty());
    QSqlQuery q(ws.database());
    q.prepare(QStringLiteral("SELECT DISTINCT r.code FROM targets t JOIN regions r ON r.id = "
                             "t.region_id WHERE t.indicator_key = ? AND t.kind = 'target' AND "
                             "t.review_status <> 'rejected'"));
    q.addBindValue(indicator);
    ASSERT_TRUE(q.exec());
    QStringList expected;
    while (q.next())
        expected << q.value(0).toString();
    auto *list = view.findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    QStringList ticked;
    int unticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ticked << list->item(i)->data(Qt::UserRole).toString();
        else
            ++unticked;
    }
    std::sort(expected.begin(), expected.end());
    std::sort(ticked.begin(), ticked.end());
    EXPECT_EQ(ticked, expected);
    EXPECT_EQ(unticked, list->count() - expected.size());
    EXPECT_EQ(view.request().cities.size(), expected.size());
}

// A one-character unit (个, 家) is written upright above the axis, not turned on its side as
// the axis title; longer units stay the axis title.
TEST(ChartLabels, ShortAxisUnitIsUprightLongOneIsTheAxisTitle)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    sample::fillSampleWorkspace(ws.database());
    QSqlQuery counter(ws.database());
    ASSERT_TRUE(counter.exec(
        QStringLiteral("UPDATE targets SET counter = '家' WHERE indicator_key = 'ai_enterprises'")));
    ChartBuilder builder;
    builder.setDatabase(ws.database());
    for (const QString &indicator :
        { QStringLiteral("ai_enterprises"), QStringLiteral("ai_core_industry_scale") }) {
        ChartRequest r;
        r.indicator = indicator;
        r.language = Language::Chinese;
        builder.setRequest(r);
        ASSERT_TRUE(builder.reload());
        const std::unique_ptr<QChart> chart(builder.createChart());
        const QString unit = builder.comparisonModel()->scale().unitLabel();
        ASSERT_FALSE(unit.isEmpty()) << indicator.toStdString();
        auto *overlay = chart->findChild<ChartOverlay *>();
        ASSERT_NE(overlay, nullptr);
        QString axisTitle;
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            axisTitle = axis->titleText();
        if (unit.size() <= 2) {
            EXPECT_TRUE(axisTitle.isEmpty()) << unit.toStdString();
            EXPECT_EQ(overlay->axisUnit(), unit);
        } else {
            EXPECT_EQ(axisTitle, unit);
            EXPECT_TRUE(overlay->axisUnit().isEmpty());
        }
    }
}

// Many cities do not fit one legend row: the legend moves to the right, where no name is cut
// (广东 and 广州 read "Gua…" in a crowded bottom row).
TEST(ChartLabels, CrowdedLegendMovesToTheRight)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    sample::fillSampleWorkspace(ws.database());
    QSqlQuery cities(ws.database());
    ASSERT_TRUE(cities.exec(QStringLiteral(
        "SELECT code FROM regions WHERE level = 'city' ORDER BY id LIMIT 16")));
    QStringList codes;
    while (cities.next())
        codes << cities.value(0).toString();
    ASSERT_GE(codes.size(), 12);
    // Every city gets a target of its own, so each is a bar set with a legend entry.
    QSqlQuery add(ws.database());
    ASSERT_TRUE(add.exec(QStringLiteral(
        "INSERT INTO targets (document_id, region_id, indicator_key, kind, value, unit, year, "
        "sentence) SELECT (SELECT min(id) FROM documents), id, 'ai_core_industry_scale', "
        "'target', 1e11, 'CNY', 2026, 'composed' FROM regions WHERE level = 'city'")))
        << add.lastError().text().toStdString();
    ChartBuilder builder;
    builder.setDatabase(ws.database());
    ChartRequest r;
    r.kind = ChartKind::Compare;
    r.indicator = QStringLiteral("ai_core_industry_scale");
    r.language = Language::English;
    r.cities = codes.mid(0, 2);
    builder.setRequest(r);
    ASSERT_TRUE(builder.reload());
    std::unique_ptr<QChart> chart(builder.createChart());
    EXPECT_EQ(chart->legend()->alignment(), Qt::AlignBottom);
    r.cities = codes;
    builder.setRequest(r);
    ASSERT_TRUE(builder.reload());
    chart.reset(builder.createChart());
    EXPECT_EQ(chart->legend()->alignment(), Qt::AlignRight);
}

// The progress footnote names sites, not a row of addresses running off the chart, and wraps.
TEST(ChartLabels, SourceSummaryShortensAddresses)
{
    const QString summary = ChartBuilder::sourceSummary({ QStringLiteral("https://www.example.gov.cn/a/b/c.html"),
        QStringLiteral("https://www.example.gov.cn/d.html"), QStringLiteral("http://news.example.com/x"),
        QStringLiteral("Statistical yearbook"), QStringLiteral("https://a.example.org/1"),
        QStringLiteral("https://b.example.org/2"), QStringLiteral("https://c.example.org/3") });
    EXPECT_FALSE(summary.contains(QStringLiteral("http")));
    EXPECT_TRUE(summary.contains(QStringLiteral("example.gov.cn")));
    EXPECT_EQ(summary.count(QStringLiteral("example.gov.cn")), 1);
    EXPECT_TRUE(summary.contains(QStringLiteral("Statistical yearbook")));
    EXPECT_TRUE(summary.contains(QStringLiteral("2 more"))) << summary.toStdString();
}

// A half-year statistic is drawn as its own open circle labelled with the period, never as a
// point of the yearly line.
TEST(ChartLabels, PartialYearIsAnOpenCircleOffTheLine)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    sample::fillSampleWorkspace(ws.database());
    QSqlQuery q(ws.database());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO statistics (region_id, indicator_key, year, period, value, unit, source) "
        "SELECT id, 'ai_core_industry_scale', 2023, '', 2.7e11, 'CNY', 'test' FROM regions "
        "WHERE code = 'beijing' UNION ALL "
        "SELECT id, 'ai_core_industry_scale', 2024, 'H1', 1.5e11, 'CNY', 'test' FROM regions "
        "WHERE code = 'beijing'")))
        << q.lastError().text().toStdString();
    ChartBuilder builder;
    builder.setDatabase(ws.database());
    ChartRequest r;
    r.kind = ChartKind::Progress;
    r.indicator = QStringLiteral("ai_core_industry_scale");
    r.cities = { QStringLiteral("beijing") };
    r.language = Language::English;
    builder.setRequest(r);
    ASSERT_TRUE(builder.reload());
    const std::unique_ptr<QChart> chart(builder.createChart());
    QScatterSeries *partial = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->name().contains(QStringLiteral("part of the year")))
            partial = qobject_cast<QScatterSeries *>(s);
        if (auto *line = qobject_cast<QLineSeries *>(s); line && s->name() == QStringLiteral("Beijing")) {
            for (const QPointF &p : line->points())
                EXPECT_NE(qRound(p.x()), 2024) << "the half year is on the yearly line";
        }
    }
    ASSERT_NE(partial, nullptr);
    ASSERT_EQ(partial->count(), 1);
    EXPECT_EQ(qRound(partial->at(0).x()), 2024);
    QStringList labels;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            labels << text->text();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral("H1 150"))) << labels.join(QLatin1Char('|')).toStdString();
}
