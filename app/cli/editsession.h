#pragma once

#include "cli/clisupport.h"
#include "store/workspace.h"

#include <QStringList>
#include <QUndoStack>

#include <optional>

namespace policylens::cli {

// What every editing subcommand (documents set, targets set/choose, stats set, instruments
// set/add) works in: the workspace of --db, which must exist; a service (ReviewService or
// CodingService) on an undo stack, so the command line edits through the same undoable commands
// as the workbench; and the messages the service reports through its failed() signal.
template<typename Service>
class EditSession final
{
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    EditSession() = default;

    // Opens the workspace (saying why on failure) and starts the service.
    bool open(CommandContext &context)
    {
        if (!openWorkspace(context, m_workspace, WorkspaceAccess::MustExist))
            return false;
        m_service.emplace(m_workspace.database(), &m_stack);
        QObject::connect(&*m_service, &Service::failed,
            [this](const QString &message) { failures << message; });
        return true;
    }

    Workspace &workspace() { return m_workspace; }
    QUndoStack &stack() { return m_stack; }
    Service &service() { return *m_service; }
    QString lastFailure() const { return failures.isEmpty() ? QString() : failures.last(); }

    QStringList failures; // in the order the service reported them

private:
    Workspace m_workspace;
    QUndoStack m_stack;
    std::optional<Service> m_service;
};

} // namespace policylens::cli
