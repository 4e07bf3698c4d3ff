#include "ingest/workspaceimportrunner.h"

#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "coding/codinghook.h"
#include "store/statisticsstore.h"
#include "store/workspace.h"
#include "ingest/statisticsimport.h"

#include <QFileInfo>

namespace policylens {

QList<ImportItemResult> WorkspaceImportRunner::run(ImportKind kind, const QString &workspacePath,
    const QStringList &paths, ImportProgress &progress)
{
    Workspace workspace;
    if (const Result<void> opened = workspace.open(workspacePath); !opened) {
        QList<ImportItemResult> failed;
        for (const QString &path : paths)
            failed.append({ path, ImportItemResult::Status::Rejected, opened.error() });
        return failed;
    }
    return kind == ImportKind::Documents ? importDocuments(workspace, paths, progress)
                                         : importStatistics(workspace, paths, progress);
}

QList<ImportItemResult> WorkspaceImportRunner::importDocuments(
    Workspace &workspace, const QStringList &paths, ImportProgress &progress)
{
    ImportService service(workspace.database());
    service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
    const QStringList files = ImportService::collectFiles(paths);
    progress.report(0, static_cast<int>(files.size()), files.value(0));
    service.setProgressCallback([&](int done, int total, const QString &path) {
        if (progress.isCanceled())
            service.cancel();
        progress.report(done, total, done < files.size() ? files.at(done) : path);
    });
    QList<ImportItemResult> results;
    for (const FileImportResult &r : service.importPaths(files)) {
        ImportItemResult item;
        item.path = r.path;
        item.reason = r.reason;
        switch (r.status) {
        case FileImportResult::Status::Imported:
            item.status = ImportItemResult::Status::Imported;
            break;
        case FileImportResult::Status::Duplicate:
            item.status = ImportItemResult::Status::Duplicate;
            break;
        case FileImportResult::Status::Rejected:
            item.status = ImportItemResult::Status::Rejected;
            break;
        }
        results.append(item);
    }
    return results;
}

QList<ImportItemResult> WorkspaceImportRunner::importStatistics(
    Workspace &workspace, const QStringList &paths, ImportProgress &progress)
{
    QList<ImportItemResult> results;
    const int total = static_cast<int>(paths.size());
    for (int i = 0; i < total; ++i) {
        if (progress.isCanceled())
            break;
        const QString &path = paths.at(i);
        progress.report(i, total, path);
        const Result<StatisticsImportSummary> r = importStatisticsFile(workspace.database(), path);
        ImportItemResult item;
        item.path = path;
        if (!r) {
            item.status = ImportItemResult::Status::Rejected;
            item.reason = r.error();
        } else {
            // The file is in, with its good rows; the bad ones are listed so nothing is dropped
            // silently, and counted as rows, not as a rejected file.
            item.status = ImportItemResult::Status::Imported;
            item.rowsImported = r->imported;
            item.rowsRejected = int(r->rowErrors.size());
            QStringList problems;
            for (const RowError &row : r->rowErrors)
                problems << tr("line %1: %2").arg(row.line).arg(row.reason);
            item.reason = problems.join(QStringLiteral("; "));
        }
        results.append(item);
    }
    progress.report(static_cast<int>(results.size()), total, QString());
    return results;
}

} // namespace policylens
