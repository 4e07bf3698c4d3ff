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

namespace {

// What the options ask for, before the workspace is opened.
struct ChartOptions
{
    ChartRequest request;
    QString out;
    int width = 0;
    int height = 0;
    int dpi = 0;
};

// The options read and checked; a failure is a usage error.
Result<ChartOptions> readOptions(const QCommandLineParser &p)
{
    const auto kind = chartKindFromKey(p.value(QStringLiteral("type")));
    if (!kind)
        return Failure { ChartCommand::tr("Unknown chart type \"%1\": use compare, progress, coverage, timeline, "
                            "incentives or instruments.")
                .arg(p.value(QStringLiteral("type"))) };
    ChartOptions o;
    o.out = p.value(QStringLiteral("out"));
    if (o.out.isEmpty())
        return Failure { ChartCommand::tr("Give the output file with --out FILE.png|svg|pdf|csv|xlsx.") };
    o.request.kind = *kind;
    o.request.indicator = p.value(QStringLiteral("indicator"));
    if (o.request.indicator.isEmpty() && (*kind == ChartKind::Compare || *kind == ChartKind::Progress))
        return Failure { ChartCommand::tr("The %1 chart needs --indicator KEY.").arg(chartKindKey(*kind)) };
    bool okWidth = false;
    bool okHeight = false;
    bool okDpi = false;
    o.width = p.value(QStringLiteral("width")).toInt(&okWidth);
    o.height = p.value(QStringLiteral("height")).toInt(&okHeight);
    o.dpi = p.value(QStringLiteral("dpi")).toInt(&okDpi);
    if (!okWidth || !okHeight || !okDpi || o.width < 100 || o.height < 100 || o.dpi < 24
        || o.dpi > 1200)
        return Failure {
            ChartCommand::tr("--width and --height must be at least 100 and --dpi between 24 and 1200.") };
    o.request.language = CliSupport::language(p);
    for (const QString &name : { QStringLiteral("from"), QStringLiteral("to") }) {
        if (!p.isSet(name))
            continue;
        bool ok = false;
        const int year = CliSupport::parseYear(p.value(name), &ok);
        if (!ok)
            return Failure { ChartCommand::tr("--%1 must be a year, not \"%2\".").arg(name, p.value(name)) };
        (name == QLatin1String("from") ? o.request.fromYear : o.request.toYear) = year;
    }
    return o;
}

// Checks the indicator and resolves --cities against the workspace; a failure is a usage error.
Result<void> resolveInWorkspace(
    const QCommandLineParser &p, const Workspace &workspace, ChartRequest &request)
{
    if (!request.indicator.isEmpty()) {
        // A typo must not draw an empty chart and succeed: name the valid keys instead.
        const QStringList keys = CompareRepository(workspace.database()).indicatorKeys();
        if (!keys.contains(request.indicator))
            return Failure { ChartCommand::tr("Unknown indicator \"%1\". Valid keys: %2.")
                    .arg(request.indicator, keys.join(QStringLiteral(", "))) };
    }
    const Result<QStringList> cities = CliSupport::citiesOption(p, workspace);
    if (!cities)
        return Failure { cities.error() };
    request.cities = *cities;
    return {};
}

// The chart as an image or document, or its data as a table, by the file's suffix.
Result<void> writeChart(ChartBuilder &builder, const ChartOptions &o)
{
    const QString suffix = QFileInfo(o.out).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx"))
        return TableExporter::write(*builder.dataModel(), o.out, builder.dataHasRowHeaders());
    const std::unique_ptr<QChart> chart(builder.createChart());
    const QSize size = suffix == QLatin1String("png")
        ? QSize(qRound(o.width * o.dpi / 96.0), qRound(o.height * o.dpi / 96.0))
        : QSize(o.width, o.height);
    QString error;
    if (!ChartExporter::write(chart.get(), o.out, size, o.dpi, &error))
        return Failure { error };
    return {};
}

} // namespace

int ChartCommand::run(CommandContext &context)
{
    const auto usage = [&context](const QString &message) {
        context.err << message << Qt::endl;
        return ExitUsage;
    };
    Result<ChartOptions> options = readOptions(context.parser);
    if (!options)
        return usage(options.error());
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    if (Result<void> resolved = resolveInWorkspace(context.parser, workspace, options->request);
        !resolved)
        return usage(resolved.error());

    ChartBuilder builder;
    builder.setDatabase(workspace.database());
    builder.setRequest(options->request);
    if (const Result<void> loaded = builder.reload(); !loaded) {
        context.err << loaded.error() << Qt::endl;
        return ExitFailure;
    }
    if (builder.isEmpty())
        context.err << tr("Warning: no data for this selection; the chart is empty.") << Qt::endl;
    if (Result<void> written = writeChart(builder, *options); !written) {
        context.err << written.error() << Qt::endl;
        return ExitFailure;
    }
    if (context.json) {
        const QJsonObject object { { QStringLiteral("file"), options->out },
            { QStringLiteral("type"), chartKindKey(options->request.kind) },
            { QStringLiteral("title"), builder.title() },
            { QStringLiteral("rows"), builder.dataModel()->rowCount() },
            { QStringLiteral("empty"), builder.isEmpty() } };
        context.out << JsonLine::object(object) << Qt::endl;
    } else {
        context.out << tr("Wrote %1").arg(options->out) << Qt::endl;
    }
    return ExitOk;
}

} // namespace policylens::cli
