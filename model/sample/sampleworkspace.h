#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace policylens {

class Workspace;

// The bundled sample (resources/sample/: short plans for several cities written for PolicyLens,
// and published statistics) run through the real pipeline — import, extraction, statistics —
// so a first-time user sees their own workspace working, not a canned screenshot.
class SampleWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(SampleWorkspace)

public:
    struct Summary
    {
        int documents = 0;  // newly imported (already present ones are skipped)
        int statistics = 0; // rows written
    };

    SampleWorkspace() = delete;

    // Imports the sample into an open workspace. Fails with a translated reason when any sample
    // file fails to import (a packaging error, never the user's).
    // Marks the workspace as the sample (workspace_info label = sample), so the window says so.
    static Result<Summary> populate(Workspace &workspace);

    static bool isSample(const Workspace &workspace);
    // The sample's own file beside a workspace file: never the researcher's default workspace.
    static QString pathBeside(const QString &workspacePath);

private:
    struct SampleFiles
    {
        QStringList documents;
        QString statistics; // the CSV, if the build has one
    };
    // The sample copied out of the resources into scratch, where importers can read it.
    static Result<SampleFiles> copySample(const QTemporaryDir &scratch);
};

} // namespace policylens
