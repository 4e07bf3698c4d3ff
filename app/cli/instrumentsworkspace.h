#pragma once

#include "cli/command.h"

namespace policylens::cli {

// The workspace half of `policylens instruments` (the other half codes files given on the
// command line):
//   instruments --db W --summary [--codebook KEY] [--json]   the cities x codes matrix
//   instruments --db W --export FILE.qdpx|csv|xlsx           the coded corpus
//   instruments --db W recode                                code every document again
//   instruments --db W list [--document ID] [--code KEY] [--status S] [--json]
//   instruments --db W set ID --status accepted|rejected|unreviewed   (review; reversible)
//   instruments --db W set ID --code KEY                     change a code (reversible: set back)
//   instruments --db W add --document ID --start N --end N --code KEY  (undo: remove ID)
//   instruments --db W remove ID                             a person's coding only
//   instruments --db W codebook [list|add|add-code|rename|keywords|merge] ...
class InstrumentsWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentsWorkspace)

public:
    static void addOptions(QCommandLineParser &parser);
    // True when the arguments ask for the workspace half (an action word, --summary or --export).
    static bool wants(const QCommandLineParser &parser);
    static int run(CommandContext &context);

private:
    static int summary(CommandContext &context);
    static int exportFile(CommandContext &context);
    static int recode(CommandContext &context);
    static int list(CommandContext &context);
    static int set(CommandContext &context, const QStringList &args);
    static int add(CommandContext &context);
    static int remove(CommandContext &context, const QStringList &args);
    static int codebook(CommandContext &context, const QStringList &args);
};

} // namespace policylens::cli
