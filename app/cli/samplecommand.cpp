#include "cli/samplecommand.h"

#include "cli/clisupport.h"
#include "sample/sampleworkspace.h"
#include "store/workspace.h"

namespace policylens::cli {

QString SampleCommand::summary() const
{
    return tr("Import the bundled sample documents and statistics (targets are extracted).");
}

QString SampleCommand::example() const
{
    return QStringLiteral("policylens sample --db sample.policylens");
}

int SampleCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::CreateIfMissing))
        return ExitFailure;
    const Result<SampleWorkspace::Summary> populated = SampleWorkspace::populate(workspace);
    if (!populated) {
        context.err << populated.error() << Qt::endl;
        return ExitFailure;
    }
    const SampleWorkspace::Summary &summary = *populated;
    if (context.json) {
        writeJsonLine(context.out,
            { { QStringLiteral("documents"), summary.documents },
                { QStringLiteral("statistics"), summary.statistics } });
    } else {
        context.out << tr("%1: %2 sample document(s) imported, %3 statistics row(s) stored.")
                           .arg(context.workspacePath)
                           .arg(summary.documents)
                           .arg(summary.statistics)
                    << '\n';
    }
    return ExitOk;
}

} // namespace policylens::cli
