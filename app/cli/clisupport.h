#pragma once

#include "cli/command.h"
#include "core/result.h"
#include "core/vocabulary.h"
#include "format/jsonline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace policylens {
class Workspace;
}

namespace policylens::cli {

// Whether a subcommand may start a new workspace: only those that put data in (import, sample,
// stats) create a missing file; the others refuse it rather than show an empty workspace.
enum class WorkspaceAccess { CreateIfMissing, MustExist };

// The one way a subcommand opens the workspace of --db; prints the reason (which names the
// file) on failure.
bool openWorkspace(CommandContext &context, Workspace &workspace, WorkspaceAccess access);

// The documents a file-reading subcommand (extract, instruments) was given: its positional
// arguments without its own name. Empty when there are none (the caller says so: a usage error).
QStringList inputFiles(const CommandContext &context, const QString &command);

// Reads each file as document text and hands it (and the file's name) to handle; a file that
// cannot be read is reported with the reason and skipped. ExitOk, ExitPartial when some files
// failed, ExitFailure when all did.
int forEachDocument(CommandContext &context, const QStringList &files,
    const std::function<void(const QString &document, const QString &text)> &handle);

// One compact JSON object on one line (the --json format of every subcommand), written by
// JsonLine::object.
void writeJsonLine(QTextStream &out, const QJsonObject &object);

// Pads text to a column width counted in terminal cells (CJK characters take two).
QString padToWidth(const QString &text, int width);
// Cuts text to at most width terminal cells, ending with … when cut.
QString elideToWidth(const QString &text, int width);

// What the chart and report subcommands share: the output language and turning
// "beijing,上海,Shenzhen" into region codes. A class only for its tr() context.
class CliSupport final
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    static QString missingWorkspaceMessage(const QString &path);
    // --lang if given, else the language the application runs in.
    static Language language(const QCommandLineParser &parser);
    // Comma-separated codes or names (北京, Beijing, beijing); an unknown one is an error.
    static Result<QStringList> resolveCities(const Workspace &workspace, const QString &list);
    // --cities resolved so; empty (every city) when the option is not given.
    static Result<QStringList> citiesOption(
        const QCommandLineParser &parser, const Workspace &workspace);
    static int parseYear(const QString &text, bool *ok);
};

} // namespace policylens::cli
