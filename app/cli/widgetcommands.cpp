#include "cli/widgetcommands.h"

#include "cli/chartcommand.h"
#include "cli/reportcommand.h"

namespace policylens::cli {

CommandList widgetCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace policylens::cli
