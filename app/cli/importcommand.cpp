#include "cli/importcommand.h"

#include "cli/clisupport.h"
#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "coding/codinghook.h"
#include "store/workspace.h"

#include <QJsonObject>

namespace policylens::cli {

namespace {

// One line a file: a JSON object, or "PATH: imported (document N)" and the like.
void printResult(CommandContext &context, const FileImportResult &r)
{
    if (context.json) {
        QJsonObject line { { QStringLiteral("path"), r.path },
            { QStringLiteral("status"), FileImportResult::statusKey(r.status) } };
        if (r.documentId > 0)
            line.insert(QStringLiteral("document_id"), r.documentId);
        if (!r.title.isEmpty())
            line.insert(QStringLiteral("title"), r.title);
        if (!r.reason.isEmpty())
            line.insert(QStringLiteral("reason"), r.reason);
        writeJsonLine(context.out, line);
        return;
    }
    switch (r.status) {
    case FileImportResult::Status::Imported:
        context.out << ImportCommand::tr("%1: imported (document %2)").arg(r.path).arg(r.documentId)
                    << '\n';
        break;
    case FileImportResult::Status::Duplicate:
        context.out << ImportCommand::tr("%1: duplicate of document %2").arg(r.path).arg(r.documentId)
                    << '\n';
        break;
    case FileImportResult::Status::Rejected:
        context.out << ImportCommand::tr("%1: rejected: %2").arg(r.path, r.reason) << '\n';
        break;
    }
}

} // namespace

QString ImportCommand::summary() const
{
    return tr(
        "Import documents (TXT, MD, HTML, PDF, DOCX; files or whole folders) into the workspace.");
}

QString ImportCommand::example() const
{
    return QStringLiteral("policylens import --db research.policylens ~/policies plan.pdf");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("commit-every"),
        tr("Commit every N documents (default 1: each document is saved as soon as it is "
           "imported; more is faster, and a crash loses at most the last N)."),
        QStringLiteral("N"), QStringLiteral("1") });
    parser.addPositionalArgument(
        QStringLiteral("paths"), tr("Files or folders to import."), QStringLiteral("PATH..."));
}

int ImportCommand::run(CommandContext &context)
{
    const QStringList paths = context.parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        context.err << tr("Nothing to import: give one or more files or folders.") << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    ImportOptions options;
    options.documentsPerCommit = context.parser.value(QStringLiteral("commit-every")).toInt(&ok);
    if (!ok || options.documentsPerCommit < 1) {
        context.err << tr("--commit-every needs a positive number.") << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::CreateIfMissing))
        return ExitFailure;
    ImportService service(workspace.database(), options);
    service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
    int imported = 0, duplicates = 0, rejected = 0;
    // Each line is written as soon as its file is committed, so long imports show progress.
    service.setResultCallback([&](const FileImportResult &r) {
        switch (r.status) {
        case FileImportResult::Status::Imported:
            ++imported;
            break;
        case FileImportResult::Status::Duplicate:
            ++duplicates;
            break;
        case FileImportResult::Status::Rejected:
            ++rejected;
            break;
        }
        printResult(context, r);
        context.out.flush();
    });
    const QList<FileImportResult> results = service.importPaths(paths);

    if (!context.json) {
        context.out << tr("%n document(s) imported", nullptr, imported) << ", "
                    << tr("%n duplicate(s)", nullptr, duplicates) << ", "
                    << tr("%n rejected", nullptr, rejected) << '\n';
    }
    if (results.isEmpty()) {
        context.err << tr("No documents found in %1.").arg(paths.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitPartial;
    }
    return rejected > 0 ? ExitPartial : ExitOk;
}

} // namespace policylens::cli
