// bench_charts: build + export the comparison chart, and write a full report, from a generated
// workspace of 10,000 documents. Goals: chart < 300 ms, report < 5 s. Prints medians and the
// ratio to a baseline measured in the same run (reading every target through the repository).
#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "charts/reportcomposer.h"
#include "compare/comparerepository.h"
#include "compare/targetcomparisonmodel.h"
#include "store/workspace.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace policylens;

namespace {

// POLICYLENS_BENCH_DOCS overrides the size, to see how the times scale.
const int kDocuments = qEnvironmentVariableIsSet("POLICYLENS_BENCH_DOCS")
    ? qEnvironmentVariableIntValue("POLICYLENS_BENCH_DOCS")
    : 10000;
constexpr int kTargetsPerDocument = 2;

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool generate(Workspace &ws, int documents)
{
    QSqlDatabase db = ws.database();
    QStringList cities;
    QSqlQuery regions(db);
    regions.exec(
        QStringLiteral("SELECT code FROM regions WHERE level <> 'national' ORDER BY id LIMIT 30"));
    while (regions.next())
        cities << regions.value(0).toString();
    const QStringList indicators { QStringLiteral("ai_core_industry_scale"),
        QStringLiteral("intelligent_computing_power"), QStringLiteral("ai_enterprises"),
        QStringLiteral("digital_economy_share"), QStringLiteral("data_centers"),
        QStringLiteral("open_datasets"), QStringLiteral("ai_talent"), QStringLiteral("model_count"),
        QStringLiteral("compute_voucher"), QStringLiteral("model_subsidy") };
    const QStringList units { QStringLiteral("CNY"), QStringLiteral("PFLOPS"),
        QStringLiteral("count"), QStringLiteral("percent"), QStringLiteral("count"),
        QStringLiteral("count"), QStringLiteral("count"), QStringLiteral("count"),
        QStringLiteral("CNY"), QStringLiteral("CNY") };
    QRandomGenerator rng(20240501);
    db.transaction();
    QSqlQuery ind(db);
    // Built-in indicators (ai_core_industry_scale...) are already in every workspace: the
    // insert must not fail on them (it did, and the benchmark stopped before measuring).
    ind.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO indicators (key, name_zh, name_en, unit) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < indicators.size(); ++i) {
        ind.addBindValue(indicators.at(i));
        ind.addBindValue(QStringLiteral("指标%1").arg(i + 1));
        ind.addBindValue(QStringLiteral("Indicator %1").arg(i + 1));
        ind.addBindValue(units.at(i));
        if (!ind.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(ind.lastError().text()));
            return false;
        }
    }
    QSqlQuery doc(db);
    doc.prepare(QStringLiteral(
        "INSERT INTO documents (content_hash, title, issuer, region_id, published, body)"
        " VALUES (?, ?, ?, (SELECT id FROM regions WHERE code = ?), ?, ?)"));
    QSqlQuery target(db);
    target.prepare(QStringLiteral("INSERT INTO targets (document_id, region_id, indicator_key, "
                                  "kind, value, unit, comparator, year,"
                                  " sentence, confidence) VALUES (?, (SELECT id FROM regions WHERE "
                                  "code = ?), ?, ?, ?, ?, '>=', ?, ?, ?)"));
    for (int d = 0; d < documents; ++d) {
        const QString city = cities.at(d % cities.size());
        const QDate published = QDate(2016, 1, 1).addDays(rng.bounded(3000));
        doc.addBindValue(QStringLiteral("bench-%1").arg(d));
        doc.addBindValue(QStringLiteral("关于推动人工智能产业发展的若干措施（第%1号）").arg(d));
        doc.addBindValue(QStringLiteral("%1人民政府").arg(city));
        doc.addBindValue(city);
        doc.addBindValue(published.toString(Qt::ISODate));
        doc.addBindValue(QStringLiteral("正文"));
        if (!doc.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.lastError().text()));
            return false;
        }
        const qint64 documentId = doc.lastInsertId().toLongLong();
        for (int t = 0; t < kTargetsPerDocument; ++t) {
            const int i = rng.bounded(int(indicators.size()));
            const double value = units.at(i) == QLatin1String("CNY") ? 1e9 * (1 + rng.bounded(5000))
                                                                     : 1 + rng.bounded(50000);
            target.addBindValue(documentId);
            target.addBindValue(city);
            target.addBindValue(indicators.at(i));
            target.addBindValue(i >= 8 ? QStringLiteral("incentive") : QStringLiteral("target"));
            target.addBindValue(value);
            target.addBindValue(units.at(i));
            target.addBindValue(2020 + rng.bounded(11));
            target.addBindValue(
                QStringLiteral("到%1年，相关指标达到%2。").arg(2020 + t).arg(value));
            target.addBindValue(rng.bounded(100) / 100.0);
            if (!target.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(target.lastError().text()));
                return false;
            }
        }
    }
    QSqlQuery stat(db);
    stat.prepare(QStringLiteral(
        "INSERT INTO statistics (region_id, indicator_key, year, value, unit, source)"
        " VALUES ((SELECT id FROM regions WHERE code = ?), ?, ?, ?, ?, ?)"));
    for (const QString &city : std::as_const(cities)) {
        for (int i = 0; i < indicators.size(); ++i) {
            for (int year = 2015; year <= 2023; ++year) {
                stat.addBindValue(city);
                stat.addBindValue(indicators.at(i));
                stat.addBindValue(year);
                stat.addBindValue(
                    (units.at(i) == QLatin1String("CNY") ? 1e10 : 100.0) * (year - 2010));
                stat.addBindValue(units.at(i));
                stat.addBindValue(QStringLiteral("Statistical yearbook"));
                if (!stat.exec()) {
                    std::fprintf(stderr, "%s\n", qPrintable(stat.lastError().text()));
                    return false;
                }
            }
        }
    }
    return db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Workspace ws;
    if (const Result<void> opened = ws.open(dir.filePath(QStringLiteral("bench.policylens")));
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QString error;
    QElapsedTimer gen;
    gen.start();
    if (!generate(ws, kDocuments)) {
        std::fprintf(stderr, "cannot generate the workspace\n");
        return 1;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("generated %d documents, %d targets in %.0f ms\n", kDocuments,
        kDocuments * kTargetsPerDocument, double(gen.elapsed()));

    const double baseline = medianMs(7, [&ws]() {
        const CompareRepository repo(ws.database());
        const auto all = repo.targets(TargetKind::Target, QString(), {});
        Q_UNUSED(all);
    });
    std::printf("baseline: read all targets through the repository   %8.1f ms\n", baseline);

    ChartBuilder builder;
    builder.setDatabase(ws.database());
    ChartRequest request;
    request.indicator = QStringLiteral("ai_core_industry_scale");
    request.language = Language::Chinese;
    int cities = 0;
    // One timed run: query the model, build the QChart, export it.
    const auto chartRun = [&](const QString &name, const QSize &size, int dpi) {
        return [&, name, size, dpi]() {
            builder.setRequest(request);
            // Timed as the view runs it; an empty or failed chart is still a measured run.
            static_cast<void>(builder.reload());
            const std::unique_ptr<QChart> chart(builder.createChart());
            cities = builder.comparisonModel()->cityCount();
            if (!name.isEmpty()
                && !ChartExporter::write(chart.get(), dir.filePath(name), size, dpi, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        };
    };
    const double chartBuild = medianMs(7, chartRun(QString(), QSize(), 96));
    std::printf("comparison chart (%d cities): query + build         %8.1f ms  (x%.1f baseline)\n",
        cities, chartBuild, chartBuild / baseline);
    const double chartPng = medianMs(7, chartRun(QStringLiteral("c.png"), QSize(1200, 750), 96));
    std::printf("comparison chart: build + PNG 1200x750 @96 dpi      %8.1f ms  (goal < 300 ms; "
                "x%.1f baseline)\n",
        chartPng, chartPng / baseline);
    const double chartPng300
        = medianMs(5, chartRun(QStringLiteral("c300.png"), QSize(3750, 2344), 300));
    std::printf("comparison chart: build + PNG 3750x2344 @300 dpi    %8.1f ms\n", chartPng300);
    const double chartSvg = medianMs(7, chartRun(QStringLiteral("c.svg"), QSize(1200, 750), 96));
    std::printf("comparison chart: build + SVG                       %8.1f ms\n", chartSvg);
    const double chartPdf = medianMs(7, chartRun(QStringLiteral("c.pdf"), QSize(1200, 750), 96));
    std::printf("comparison chart: build + vector PDF                %8.1f ms\n", chartPdf);

    ReportRequest report;
    report.language = Language::Chinese;
    // POLICYLENS_BENCH_REPORT_CHARTS=compare,timeline (or "none") narrows the report's charts.
    if (qEnvironmentVariableIsSet("POLICYLENS_BENCH_REPORT_CHARTS")) {
        report.charts.clear();
        for (const QString &key :
            qEnvironmentVariable("POLICYLENS_BENCH_REPORT_CHARTS").split(QLatin1Char(',')))
            if (const auto kind = chartKindFromKey(key))
                report.charts << *kind;
    }
    int charts = 0;
    int targets = 0;
    const auto reportMs = [&](const QString &name, int runs) {
        const QString path = dir.filePath(name);
        return medianMs(runs, [&]() {
            if (!ReportComposer::write(ws.database(), report, path, &error, &charts, &targets))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        });
    };
    const double reportHtml = reportMs(QStringLiteral("report.html"), 3);
    std::printf("full report (%d charts, %d targets): HTML       %8.1f ms  (x%.1f baseline)\n",
        charts, targets, reportHtml, reportHtml / baseline);
    const double reportPdf = reportMs(QStringLiteral("report.pdf"), 3);
    std::printf("full report: PDF                                    %8.1f ms  (goal < 5000 ms; "
                "x%.1f baseline)\n",
        reportPdf, reportPdf / baseline);
    const double reportOdt = reportMs(QStringLiteral("report.odt"), 3);
    std::printf("full report: ODT                                    %8.1f ms\n", reportOdt);
    const double reportDocx = reportMs(QStringLiteral("report.docx"), 3);
    std::printf("full report: DOCX                                   %8.1f ms\n", reportDocx);

    // A second workspace of 2,500 documents: a report listing 5,000 targets and incentives.
    Workspace small;
    if (!small.open(dir.filePath(QStringLiteral("bench5000.policylens")))
        || !generate(small, 5000 / kTargetsPerDocument)) {
        std::fprintf(stderr, "cannot generate the 5,000-target workspace\n");
        return 1;
    }
    const double smallBaseline = medianMs(7, [&small]() {
        const CompareRepository repo(small.database());
        Q_UNUSED(repo.targets(std::nullopt, QString(), {}));
    });
    const double report5000 = medianMs(3, [&]() {
        if (!ReportComposer::write(small.database(), report, dir.filePath(QStringLiteral("r5000.pdf")),
                &error, &charts, &targets))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    });
    std::printf("report of %d targets (%d charts): PDF             %8.1f ms  (goal < 10000 ms; "
                "x%.1f its baseline of %.1f ms)\n",
        targets, charts, report5000, report5000 / smallBaseline, smallBaseline);
    return 0;
}
