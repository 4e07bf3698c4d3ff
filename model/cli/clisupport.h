#pragma once

#include "cli/command.h"

#include <QJsonObject>
#include <QString>

namespace policylens {
class Workspace;
}

namespace policylens::cli {

// Opens the workspace of --db, printing the reason (which names the file) on failure.
bool openWorkspace(CommandContext &context, Workspace &workspace);

// One compact JSON object on one line (the --json format of every subcommand).
void writeJsonLine(QTextStream &out, const QJsonObject &object);

// Pads text to a column width counted in terminal cells (CJK characters take two).
QString padToWidth(const QString &text, int width);
// Cuts text to at most width terminal cells, ending with … when cut.
QString elideToWidth(const QString &text, int width);

} // namespace policylens::cli
