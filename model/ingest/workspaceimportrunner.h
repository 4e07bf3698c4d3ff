#pragma once

#include "ingest/importrunner.h"

#include <QCoreApplication>

namespace policylens {
class Workspace;
}

namespace policylens {

// The GUI's import: documents through ImportService with target extraction (each document and
// its targets committed together), statistics tables through StatisticsStore. Runs on the
// worker thread that calls run(), with a Workspace connection of its own.
class WorkspaceImportRunner final : public ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceImportRunner)

public:
    QList<ImportItemResult> run(ImportKind kind, const QString &workspacePath,
        const QStringList &paths, ImportProgress &progress) override;

private:
    static QList<ImportItemResult> importDocuments(
        Workspace &workspace, const QStringList &paths, ImportProgress &progress);
    static QList<ImportItemResult> importStatistics(
        Workspace &workspace, const QStringList &paths, ImportProgress &progress);
};

} // namespace policylens
