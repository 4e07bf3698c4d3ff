#include "cli/reportcommand.h"

#include "charts/reportcomposer.h"
#include "cli/clisupport.h"
#include "compare/comparerepository.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QJsonObject>

namespace policylens::cli {

QString ReportCommand::summary() const
{
    return tr("Write a report (charts, targets with their sources, statistics sources) to PDF, "
              "DOCX, ODT or HTML.");
}

QString ReportCommand::example() const
{
    return QStringLiteral("policylens report --lang zh --cities beijing,shanghai --out report.pdf");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        { QStringLiteral("out"), tr("Output file: .pdf, .docx, .odt or .html."),
            QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("indicator"),
        tr("Indicator keys to include, comma-separated (default: the six with "
           "the most targets)."),
        QStringLiteral("KEYS") });
    parser.addOption({ QStringLiteral("cities"),
        tr("Comma-separated region codes or names; default: every city."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("charts"),
        tr("Charts to include, comma-separated (default: "
           "compare,progress,coverage,timeline,incentives,instruments; \"none\" for tables only)."),
        QStringLiteral("LIST") });
    parser.addOption({ QStringLiteral("title"), tr("Report title."), QStringLiteral("TEXT") });
}

namespace {

// The request the options describe, before the workspace is opened; a failure is a usage error.
Result<ReportRequest> readRequest(const QCommandLineParser &p)
{
    ReportRequest request;
    request.language = CliSupport::language(p);
    request.title = p.value(QStringLiteral("title"));
    request.indicators
        = p.value(QStringLiteral("indicator")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!p.isSet(QStringLiteral("charts")))
        return request;
    request.charts.clear();
    for (const QString &key :
        p.value(QStringLiteral("charts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (key == QLatin1String("none"))
            continue;
        const auto kind = chartKindFromKey(key.trimmed());
        if (!kind) {
            return Failure { ReportCommand::tr("Unknown chart type \"%1\": use compare, progress, "
                                               "coverage, timeline, incentives or instruments.")
                    .arg(key) };
        }
        request.charts << *kind;
    }
    return request;
}

// Checks the indicators and resolves --cities against the workspace; a failure is a usage error.
Result<void> resolveInWorkspace(
    const QCommandLineParser &p, const Workspace &workspace, ReportRequest &request)
{
    const QStringList keys = CompareRepository(workspace.database()).indicatorKeys();
    for (const QString &key : std::as_const(request.indicators)) {
        if (!keys.contains(key))
            return Failure { ReportCommand::tr("Unknown indicator \"%1\". Valid keys: %2.")
                    .arg(key, keys.join(QStringLiteral(", "))) };
    }
    const Result<QStringList> cities = CliSupport::citiesOption(p, workspace);
    if (!cities)
        return Failure { cities.error() };
    request.cities = *cities;
    return {};
}

} // namespace

int ReportCommand::run(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        context.err << tr("Give the output file with --out FILE.pdf|docx|odt|html.") << Qt::endl;
        return ExitUsage;
    }
    Result<ReportRequest> request = readRequest(p);
    if (!request) {
        context.err << request.error() << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    request->workspaceName = QFileInfo(context.workspacePath).fileName();
    if (Result<void> resolved = resolveInWorkspace(p, workspace, *request); !resolved) {
        context.err << resolved.error() << Qt::endl;
        return ExitUsage;
    }
    QString error;
    int charts = 0;
    int targets = 0;
    if (!ReportComposer::write(workspace.database(), *request, out, &error, &charts, &targets)) {
        context.err << error << Qt::endl;
        return ExitFailure;
    }
    if (context.json) {
        const QJsonObject object { { QStringLiteral("file"), out },
            { QStringLiteral("charts"), charts }, { QStringLiteral("targets"), targets } };
        context.out << JsonLine::object(object) << Qt::endl;
    } else {
        context.out << tr("Wrote %1 (%2 charts, %3 targets).").arg(out).arg(charts).arg(targets)
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace policylens::cli
