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

int ReportCommand::run(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        context.err << tr("Give the output file with --out FILE.pdf|docx|odt|html.") << Qt::endl;
        return ExitUsage;
    }
    ReportRequest request;
    request.language = CliSupport::language(p);
    request.title = p.value(QStringLiteral("title"));
    request.indicators
        = p.value(QStringLiteral("indicator")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("charts"))) {
        request.charts.clear();
        for (const QString &key :
            p.value(QStringLiteral("charts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (key == QLatin1String("none"))
                continue;
            const auto kind = chartKindFromKey(key.trimmed());
            if (!kind) {
                context.err << tr("Unknown chart type \"%1\": use compare, progress, coverage, "
                                  "timeline, incentives or instruments.")
                                   .arg(key)
                            << Qt::endl;
                return ExitUsage;
            }
            request.charts << *kind;
        }
    }

    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    QString error;
    request.workspaceName = QFileInfo(context.workspacePath).fileName();
    const QStringList keys = CompareRepository(workspace.database()).indicatorKeys();
    for (const QString &key : std::as_const(request.indicators)) {
        if (!keys.contains(key)) {
            context.err << tr("Unknown indicator \"%1\". Valid keys: %2.")
                               .arg(key, keys.join(QStringLiteral(", ")))
                        << Qt::endl;
            return ExitUsage;
        }
    }
    if (p.isSet(QStringLiteral("cities"))) {
        const auto cities
            = CliSupport::resolveCities(workspace, p.value(QStringLiteral("cities")));
        if (!cities) {
            context.err << cities.error() << Qt::endl;
            return ExitUsage;
        }
        request.cities = *cities;
    }
    int charts = 0;
    int targets = 0;
    if (!ReportComposer::write(workspace.database(), request, out, &error, &charts, &targets)) {
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
