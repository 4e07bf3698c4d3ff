#include "cli/chartcommand.h"

#include "charts/chartbuilder.h"
#include "charts/chartexporter.h"
#include "cli/clisupport.h"
#include "compare/comparerepository.h"
#include "report/tableexporter.h"
#include "store/workspace.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace policylens::cli {

QString ChartCommand::summary() const
{
    return tr("Draw a comparison chart to PNG, SVG or PDF (or its data to CSV / XLSX).");
}

QString ChartCommand::example() const
{
    return QStringLiteral("policylens chart --type compare --indicator ai_core_industry_scale "
                          "--cities beijing,上海 --lang zh --out scale.png");
}

void ChartCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        { QStringLiteral("type"), tr("Chart: compare, progress, coverage, timeline, incentives or instruments."),
            QStringLiteral("TYPE"), QStringLiteral("compare") });
    parser.addOption({ QStringLiteral("indicator"),
        tr("Indicator key (needed by compare and progress; for incentives, one "
           "instrument)."),
        QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("cities"),
        tr("Comma-separated region codes or names; default: every city with data."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("from"), tr("First year shown."), QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("to"), tr("Last year shown."), QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("width"), tr("Width in pixels at 96 DPI (default 1200)."),
        QStringLiteral("PX"), QStringLiteral("1200") });
    parser.addOption({ QStringLiteral("height"), tr("Height in pixels at 96 DPI (default 750)."),
        QStringLiteral("PX"), QStringLiteral("750") });
    parser.addOption({ QStringLiteral("dpi"),
        tr("PNG resolution; the image gets width×dpi/96 pixels (default 96)."),
        QStringLiteral("DPI"), QStringLiteral("96") });
    parser.addOption({ QStringLiteral("out"),
        tr("Output file: .png, .svg, .pdf, or .csv / .xlsx for the chart's data."),
        QStringLiteral("FILE") });
}

int ChartCommand::run(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    const auto usage = [&context](const QString &message) {
        context.err << message << Qt::endl;
        return ExitUsage;
    };
    const auto kind = chartKindFromKey(p.value(QStringLiteral("type")));
    if (!kind)
        return usage(tr("Unknown chart type \"%1\": use compare, progress, coverage, timeline, "
                        "incentives or instruments.")
                         .arg(p.value(QStringLiteral("type"))));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("Give the output file with --out FILE.png|svg|pdf|csv|xlsx."));
    const QString indicator = p.value(QStringLiteral("indicator"));
    if (indicator.isEmpty() && (*kind == ChartKind::Compare || *kind == ChartKind::Progress))
        return usage(tr("The %1 chart needs --indicator KEY.").arg(chartKindKey(*kind)));
    bool okWidth = false;
    bool okHeight = false;
    bool okDpi = false;
    const int width = p.value(QStringLiteral("width")).toInt(&okWidth);
    const int height = p.value(QStringLiteral("height")).toInt(&okHeight);
    const int dpi = p.value(QStringLiteral("dpi")).toInt(&okDpi);
    if (!okWidth || !okHeight || !okDpi || width < 100 || height < 100 || dpi < 24 || dpi > 1200)
        return usage(
            tr("--width and --height must be at least 100 and --dpi between 24 and 1200."));
    ChartRequest request;
    request.kind = *kind;
    request.indicator = indicator;
    request.language = CliSupport::language(p);
    for (const QString &name : { QStringLiteral("from"), QStringLiteral("to") }) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int year = CliSupport::parseYear(p.value(name), &ok);
        if (!ok)
            return usage(tr("--%1 must be a year, not \"%2\".").arg(name, p.value(name)));
        (name == QLatin1String("from") ? request.fromYear : request.toYear) = year;
    }

    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    QString error;
    if (!indicator.isEmpty()) {
        // A typo must not draw an empty chart and succeed: name the valid keys instead.
        const QStringList keys = CompareRepository(workspace.database()).indicatorKeys();
        if (!keys.contains(indicator))
            return usage(tr("Unknown indicator \"%1\". Valid keys: %2.")
                             .arg(indicator, keys.join(QStringLiteral(", "))));
    }
    if (p.isSet(QStringLiteral("cities"))) {
        const auto cities
            = CliSupport::resolveCities(workspace, p.value(QStringLiteral("cities")));
        if (!cities)
            return usage(cities.error());
        request.cities = *cities;
    }

    ChartBuilder builder;
    builder.setDatabase(workspace.database());
    builder.setRequest(request);
    if (!builder.reload()) {
        context.err << error << builder.lastError() << Qt::endl;
        return ExitFailure;
    }
    if (builder.isEmpty())
        context.err << tr("Warning: no data for this selection; the chart is empty.") << Qt::endl;

    const QString suffix = QFileInfo(out).suffix().toLower();
    bool written = false;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) {
        written
            = TableExporter::write(*builder.dataModel(), out, builder.dataHasRowHeaders(), &error);
    } else {
        const std::unique_ptr<QChart> chart(builder.createChart());
        const QSize size = suffix == QLatin1String("png")
            ? QSize(qRound(width * dpi / 96.0), qRound(height * dpi / 96.0))
            : QSize(width, height);
        written = ChartExporter::write(chart.get(), out, size, dpi, &error);
    }
    if (!written) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    if (context.json) {
        const QJsonObject object { { QStringLiteral("file"), out },
            { QStringLiteral("type"), chartKindKey(*kind) },
            { QStringLiteral("title"), builder.title() },
            { QStringLiteral("rows"), builder.dataModel()->rowCount() },
            { QStringLiteral("empty"), builder.isEmpty() } };
        context.out << JsonLine::object(object) << Qt::endl;
    } else {
        context.out << tr("Wrote %1").arg(out) << Qt::endl;
    }
    return ExitOk;
}

} // namespace policylens::cli
