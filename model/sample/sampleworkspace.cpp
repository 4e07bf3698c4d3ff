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

bool SampleWorkspace::populate(Workspace &workspace, Summary *summary, QString *error)
{
    // Importers read files; the sample lives in resources, so it is copied out first.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("Cannot create a temporary folder for the sample: %1").arg(scratch.errorString());
        return false;
    }
    const QDir resources(QStringLiteral(":/sample"));
    QStringList documents;
    QString statistics;
    for (const QString &name : resources.entryList(QDir::Files, QDir::Name)) {
        const QString target = scratch.filePath(name);
        if (!QFile::copy(resources.filePath(name), target)) {
            *error = tr("Cannot copy the sample file %1.").arg(name);
            return false;
        }
        if (name.endsWith(QLatin1String(".csv")))
            statistics = target;
        else if (name.endsWith(QLatin1String(".txt")))
            documents << target;
    }
    if (documents.isEmpty()) {
        *error = tr("This build has no sample documents.");
        return false;
    }

    ImportService service(workspace.database());
    service.setDocumentHook(chainHooks({ extractionHook(), codingHook() }));
    Summary done;
    for (const FileImportResult &result : service.importPaths(documents)) {
        if (result.status == FileImportResult::Status::Rejected) {
            *error = result.message();
            return false;
        }
        if (result.status == FileImportResult::Status::Imported)
            ++done.documents;
    }
    if (!statistics.isEmpty()) {
        const StatisticsImportResult rows = importStatisticsFile(workspace.database(), statistics);
        if (!rows.ok || !rows.rowErrors.isEmpty()) {
            *error = rows.ok ? tr("The sample statistics have a bad row (line %1: %2).")
                                   .arg(rows.rowErrors.first().line)
                                   .arg(rows.rowErrors.first().reason)
                             : rows.error;
            return false;
        }
        done.statistics = rows.imported;
    }
    QSqlQuery label(workspace.database());
    if (!label.exec(QStringLiteral(
            "INSERT OR REPLACE INTO workspace_info (key, value) VALUES ('label', 'sample')"))) {
        *error = tr("Cannot label the sample workspace: %1").arg(label.lastError().text());
        return false;
    }
    if (summary)
        *summary = done;
    return true;
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
