#include "sample/sampleworkspace.h"

#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "coding/codinghook.h"
#include "store/statisticsstore.h"
#include "store/workspace.h"
#include "ingest/statisticsimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace policylens {

Result<SampleWorkspace::Summary> SampleWorkspace::populate(Workspace &workspace)
{
    // Importers read files; the sample lives in resources, so it is copied out first.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        return Failure { tr("Cannot create a temporary folder for the sample: %1")
                .arg(scratch.errorString()) };
    }
    const Result<SampleFiles> files = copySample(scratch);
    if (!files)
        return Failure { files.error() };
    Summary done;
    ImportService service(workspace.database());
    service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
    for (const FileImportResult &result : service.importPaths(files->documents)) {
        if (result.status == FileImportResult::Status::Rejected)
            return Failure { result.message() };
        if (result.status == FileImportResult::Status::Imported)
            ++done.documents;
    }
    if (!files->statistics.isEmpty()) {
        const Result<StatisticsImportSummary> rows
            = importStatisticsFile(workspace.database(), files->statistics);
        if (!rows)
            return Failure { rows.error() };
        if (!rows->rowErrors.isEmpty()) {
            return Failure { tr("The sample statistics have a bad row (line %1: %2).")
                    .arg(rows->rowErrors.first().line)
                    .arg(rows->rowErrors.first().reason) };
        }
        done.statistics = rows->imported;
    }
    QSqlQuery label(workspace.database());
    if (!label.exec(QStringLiteral(
            "INSERT OR REPLACE INTO workspace_info (key, value) VALUES ('label', 'sample')")))
        return Failure { tr("Cannot label the sample workspace: %1").arg(label.lastError().text()) };
    return done;
}

Result<SampleWorkspace::SampleFiles> SampleWorkspace::copySample(const QTemporaryDir &scratch)
{
    const QDir resources(QStringLiteral(":/sample"));
    SampleFiles files;
    for (const QString &name : resources.entryList(QDir::Files, QDir::Name)) {
        const QString target = scratch.filePath(name);
        if (!QFile::copy(resources.filePath(name), target))
            return Failure { tr("Cannot copy the sample file %1.").arg(name) };
        if (name.endsWith(QLatin1String(".csv")))
            files.statistics = target;
        else if (name.endsWith(QLatin1String(".txt")))
            files.documents << target;
    }
    if (files.documents.isEmpty())
        return Failure { tr("This build has no sample documents.") };
    return files;
}

bool SampleWorkspace::isSample(const Workspace &workspace)
{
    QSqlQuery q(workspace.database());
    return q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = 'label'")) && q.next()
        && q.value(0).toString() == QLatin1String("sample");
}

QString SampleWorkspace::pathBeside(const QString &workspacePath)
{
    return QFileInfo(workspacePath).dir().filePath(QStringLiteral("sample.policylens"));
}

} // namespace policylens
