#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace policylens::cli {

// `stats list` and `stats set ID --indicator KEY ...`: what the Statistics table shows and
// edits, for scripts. Edits go through ReviewService like the table's, so the same checks apply.
class StatsEdit final
{
    Q_DECLARE_TR_FUNCTIONS(StatsEdit)

public:
    StatsEdit() = delete;

    static void addOptions(QCommandLineParser &parser);
    static int list(CommandContext &context);
    static int set(CommandContext &context, const QString &id);
};

} // namespace policylens::cli
