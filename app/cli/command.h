#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace policylens::cli {

// What a subcommand gets to talk to the world: its parsed options and the two streams.
// Tests drive commands through the real binary, so nothing here is mocked.
struct CommandContext
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString workspacePath; // from --db, or the default workspace
    bool json = false;     // --json
};

// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command could not run (bad workspace, unreadable input)
    ExitPartial = 2, // it ran, but some inputs were rejected
    ExitUsage = 64,
};

// One `policylens SUBCOMMAND`. Each lives in its own file beside the service it drives.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // translated, one line
    virtual QString example() const = 0; // a full command line
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser); }
    virtual int run(CommandContext &context) = 0;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// The headless subcommands of policylens_model (import, documents, search, extract, ...).
CommandList headlessCommands();

} // namespace policylens::cli
