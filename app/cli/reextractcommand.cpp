#include "cli/reextractcommand.h"

#include "cli/clisupport.h"
#include "ingest/reextraction.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QList>

namespace policylens::cli {

QString ReextractCommand::summary() const
{
    return tr("Extract targets again from every document, keeping reviewed and manual ones.");
}

QString ReextractCommand::example() const
{
    return QStringLiteral("policylens reextract --db research.policylens");
}

int ReextractCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const Reextraction reextraction(workspace.database());
    const Result<QList<qint64>> ids = reextraction.documentIds();
    if (!ids) {
        context.err << ids.error() << Qt::endl;
        return ExitFailure;
    }
    int failed = 0;
    qint64 deleted = 0, inserted = 0, skipped = 0;
    for (const qint64 id : *ids) {
        const Result<ReplaceResult> result = reextraction.reextract(id);
        if (!result) {
            context.err << result.error() << Qt::endl;
            ++failed;
            continue;
        }
        deleted += result->deleted;
        inserted += result->inserted;
        skipped += result->skipped;
        if (context.json) {
            writeJsonLine(context.out,
                QJsonObject { { QStringLiteral("document_id"), id },
                    { QStringLiteral("deleted"), result->deleted },
                    { QStringLiteral("inserted"), result->inserted },
                    { QStringLiteral("kept"), result->skipped } });
        }
    }
    if (!context.json) {
        context.out << tr("%n document(s) re-extracted", nullptr, int(ids->size()) - failed) << ", "
                    << tr("%n target(s) replaced", nullptr, int(deleted)) << ", "
                    << tr("%n new", nullptr, int(inserted)) << ", "
                    << tr("%n kept because reviewed", nullptr, int(skipped)) << '\n';
    }
    context.out.flush();
    if (failed > 0)
        return failed == ids->size() ? ExitFailure : ExitPartial;
    return ExitOk;
}

} // namespace policylens::cli
