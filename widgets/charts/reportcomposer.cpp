#include "charts/reportcomposer.h"

#include "charts/chartexporter.h"
#include "coding/instrumentmatrixmodel.h"
#include "compare/comparerepository.h"
#include "report/reportbuilder.h"

#include <QChart>

#include <algorithm>
#include <memory>

namespace policylens {

bool ReportComposer::write(const QSqlDatabase &db, const ReportRequest &request,
    const QString &path, QString *error, int *chartCount, int *targetCount)
{
    QStringList indicators = request.indicators;
    if (indicators.isEmpty()) {
        const CompareRepository repo(db);
        for (const IndicatorInfo &info : repo.indicatorsWithTargets()) {
            if (indicators.size() >= request.maxIndicators)
                break;
            indicators << info.key;
        }
        if (!repo.lastError().isEmpty()) {
            if (error)
                *error = repo.lastError();
            return false;
        }
    }

    QStringList chartCities = request.cities;
    if (chartCities.isEmpty()) {
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
        for (const auto &[total, code] : std::as_const(ranked)) {
            if (chartCities.size() >= request.maxChartCities)
                break;
            chartCities << code;
        }
    }

    ReportBuilder report(db);
    ReportOptions options;
    options.language = request.language;
    options.title = request.title;
    options.workspaceName = request.workspaceName;
    options.indicators = request.indicators;
    options.cities = request.cities;
    report.setOptions(options);

    ChartBuilder builder;
    builder.setDatabase(db);
    int charts = 0;
    const auto addChart = [&](ChartKind kind, const QString &indicator) -> bool {
        ChartRequest r;
        r.kind = kind;
        r.indicator = indicator;
        // Coverage and timeline stay readable with every city: one row or lane each.
        const bool wide = kind == ChartKind::Coverage || kind == ChartKind::Timeline;
        r.cities = wide ? request.cities : chartCities;
        r.language = request.language;
        builder.setRequest(r);
        if (!builder.reload()) {
            if (error)
                *error = builder.lastError();
            return false;
        }
        if (builder.isEmpty())
            return true; // nothing to show (e.g. no statistics for this indicator)
        const std::unique_ptr<QChart> chart(builder.createChart());
        // The instruments chart comes with its cities x codes matrix.
        QString table;
        if (kind == ChartKind::Instruments) {
            if (const auto matrix = InstrumentMatrix::load(db, {}, nullptr))
                table = instrumentMatrixHtml(*matrix, request.language);
        }
        report.addChart({ builder.title(),
                            ChartExporter::renderImage(chart.get(), request.chartPixels, request.chartDpi),
                            builder.sourceNote() },
            table);
        ++charts;
        return true;
    };
    for (ChartKind kind : request.charts) {
        if (kind == ChartKind::Compare || kind == ChartKind::Progress) {
            for (const QString &indicator : std::as_const(indicators)) {
                if (!addChart(kind, indicator))
                    return false;
            }
        } else if (!addChart(kind, QString())) {
            return false;
        }
    }
    if (!report.build(error))
        return false;
    if (chartCount)
        *chartCount = charts;
    if (targetCount)
        *targetCount = report.targetCount();
    return report.write(path, error);
}

} // namespace policylens
