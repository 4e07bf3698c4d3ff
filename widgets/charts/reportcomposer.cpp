#include "charts/reportcomposer.h"

#include "charts/chartexporter.h"
#include "coding/instrumentmatrixmodel.h"
#include "compare/comparerepository.h"
#include "report/reportbuilder.h"

#include <QChart>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace policylens {

namespace {

template<typename T> bool fail(QString *error, const T &source)
{
    if (error)
        *error = source.lastError();
    return false;
}

} // namespace

bool ReportComposer::chooseIndicators(
    const QSqlDatabase &db, const ReportRequest &request, QStringList *indicators, QString *error)
{
    *indicators = request.indicators;
    if (!indicators->isEmpty())
        return true;
    const CompareRepository repo(db);
    for (const IndicatorInfo &info : repo.indicatorsWithTargets()) {
        if (indicators->size() >= request.maxIndicators)
            break;
        *indicators << info.key;
    }
    return repo.lastError().isEmpty() || fail(error, repo);
}

QStringList ReportComposer::chooseChartCities(const QSqlDatabase &db, const ReportRequest &request)
{
    if (!request.cities.isEmpty())
        return request.cities;
    const CompareRepository repo(db);
    QList<std::pair<int, QString>> ranked;
    const auto counts = repo.targetCounts({});
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int total = 0;
        for (int n : it.value())
            total += n;
        ranked.append({ total, it.key() });
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList cities;
    for (const auto &[total, code] : std::as_const(ranked)) {
        if (cities.size() >= request.maxChartCities)
            break;
        cities << code;
    }
    return cities;
}

bool ReportComposer::addChart(ChartBuilder &builder, ReportBuilder &report, const Plan &plan,
    ChartKind kind, const QString &indicator, QString *error)
{
    const ReportRequest &request = plan.request;
    ChartRequest r;
    r.kind = kind;
    r.indicator = indicator;
    // Coverage and timeline stay readable with every city: one row or lane each.
    const bool wide = kind == ChartKind::Coverage || kind == ChartKind::Timeline;
    r.cities = wide ? request.cities : plan.chartCities;
    r.language = request.language;
    builder.setRequest(r);
    if (const Result<void> loaded = builder.reload(); !loaded) {
        if (error)
            *error = loaded.error();
        return false;
    }
    if (builder.isEmpty())
        return true; // nothing to show (e.g. no statistics for this indicator)
    const std::unique_ptr<QChart> chart(builder.createChart());
    // The instruments chart comes with its cities x codes matrix.
    QString table;
    if (kind == ChartKind::Instruments) {
        if (const auto matrix = InstrumentMatrix::load(plan.db, {}))
            table = instrumentMatrixHtml(*matrix, request.language);
    }
    ReportChart drawn;
    drawn.title = builder.title();
    drawn.note = builder.sourceNote();
    // Drawn once, at the size the page needs: a PDF records the vectors, the other formats get
    // a bitmap sharp enough for print.
    if (plan.vectorCharts) {
        drawn.logicalSize
            = QSizeF(request.chartPixels) * ChartExporter::ScreenDpi / request.chartDpi;
        drawn.picture = ChartExporter::renderPicture(chart.get(), drawn.logicalSize.toSize());
    } else {
        drawn.image
            = ChartExporter::renderImage(chart.get(), request.chartPixels, request.chartDpi);
    }
    report.addChart(drawn, table);
    return true;
}

std::unique_ptr<ReportBuilder> ReportComposer::compose(const QSqlDatabase &db,
    const ReportRequest &request, bool vectorCharts, QString *error, int *chartCount)
{
    Plan plan { db, request, chooseChartCities(db, request), vectorCharts };
    QStringList indicators;
    if (!chooseIndicators(db, request, &indicators, error))
        return nullptr;
    auto report = std::make_unique<ReportBuilder>(db);
    ReportOptions options;
    options.language = request.language;
    options.title = request.title;
    options.workspaceName = request.workspaceName;
    options.indicators = request.indicators;
    options.cities = request.cities;
    report->setOptions(options);

    ChartBuilder builder;
    builder.setDatabase(db);
    for (ChartKind kind : request.charts) {
        const bool perIndicator = kind == ChartKind::Compare || kind == ChartKind::Progress;
        for (const QString &indicator : perIndicator ? indicators : QStringList { QString() }) {
            if (!addChart(builder, *report, plan, kind, indicator, error))
                return nullptr;
        }
    }
    if (chartCount)
        *chartCount = report->chartCount();
    if (const Result<void> built = report->build(); !built) {
        if (error)
            *error = built.error();
        return nullptr;
    }
    return report;
}

bool ReportComposer::write(const QSqlDatabase &db, const ReportRequest &request,
    const QString &path, QString *error, int *chartCount, int *targetCount)
{
    const bool pdf
        = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const std::unique_ptr<ReportBuilder> report = compose(db, request, pdf, error, chartCount);
    if (!report)
        return false;
    if (targetCount)
        *targetCount = report->targetCount();
    const Result<void> written = report->write(path);
    if (!written && error)
        *error = written.error();
    return bool(written);
}

} // namespace policylens
