#pragma once

#include <QCoreApplication>
#include <QString>

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

    // Imports the sample into an open workspace. Returns false with a translated reason when any
    // sample file fails to import (a packaging error, never the user's).
    // Marks the workspace as the sample (workspace_info label = sample), so the window says so.
    static bool populate(Workspace &workspace, Summary *summary, QString *error);

    static bool isSample(const Workspace &workspace);
    // The sample's own file beside a workspace file: never the researcher's default workspace.
    static QString pathBeside(const QString &workspacePath);
};

} // namespace policylens
