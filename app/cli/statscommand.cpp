#include "cli/statscommand.h"

#include "cli/clisupport.h"
#include "cli/statsedit.h"
#include "store/statisticsstore.h"
#include "store/workspace.h"
#include "ingest/statisticsimport.h"

#include <QJsonObject>

namespace policylens::cli {

QString StatsCommand::summary() const
{
    return tr(
        "Statistics: \"stats import FILE\" reads a CSV or XLSX table (region, indicator, year, "
        "value, unit, source, quote); \"stats list\" lists the rows; \"stats set ID --indicator "
        "KEY\" corrects one.");
}

QString StatsCommand::example() const
{
    return QStringLiteral("policylens stats import --db research.policylens city-statistics.csv");
}

void StatsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do: import, list or set."),
        QStringLiteral("import|list|set"));
    parser.addPositionalArgument(
        QStringLiteral("file"), tr("import: a CSV or XLSX file; set: the statistic's id."),
        QStringLiteral("FILE|ID"));
    StatsEdit::addOptions(parser);
}

int StatsCommand::run(CommandContext &context)
{
    const QStringList args = context.parser.positionalArguments().mid(1);
    if (args.size() == 1 && args.first() == QLatin1String("list"))
        return StatsEdit::list(context);
    if (args.size() == 2 && args.first() == QLatin1String("set"))
        return StatsEdit::set(context, args.at(1));
    if (args.size() != 2 || args.first() != QLatin1String("import")) {
        context.err << tr("Usage: policylens stats import FILE | stats list | stats set ID "
                          "--indicator KEY ...")
                    << Qt::endl;
        return ExitUsage;
    }
    const QString file = args.at(1);
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::CreateIfMissing))
        return ExitFailure;
    const Result<StatisticsImportSummary> result = importStatisticsFile(workspace.database(), file);
    if (!result) {
        if (context.json)
            writeJsonLine(context.out,
                { { QStringLiteral("file"), file },
                    { QStringLiteral("status"), QStringLiteral("rejected") },
                    { QStringLiteral("reason"), result.error() } });
        context.err << tr("Cannot import statistics from %1: %2").arg(file, result.error())
                    << Qt::endl;
        return ExitFailure;
    }
    for (const RowError &e : result->rowErrors) {
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("file"), file }, { QStringLiteral("line"), e.line },
                    { QStringLiteral("status"), QStringLiteral("rejected") },
                    { QStringLiteral("reason"), e.reason } });
        } else {
            context.out << tr("%1:%2: rejected: %3").arg(file).arg(e.line).arg(e.reason) << '\n';
        }
    }
    const int rejected = int(result->rowErrors.size());
    if (context.json) {
        writeJsonLine(context.out,
            { { QStringLiteral("file"), file }, { QStringLiteral("imported"), result->imported },
                { QStringLiteral("rejected"), rejected } });
    } else {
        context.out << tr("%1: %n row(s) imported", nullptr, result->imported).arg(file) << ", "
                    << tr("%n row(s) rejected", nullptr, rejected) << '\n';
    }
    return rejected == 0 ? ExitOk : ExitPartial;
}

} // namespace policylens::cli
