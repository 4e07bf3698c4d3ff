#include "cli/command.h"
#include "cli/extractcommand.h"
#include "cli/quantitiescommand.h"

namespace policylens::cli {

CommandList headlessCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<QuantitiesCommand>());
    return commands;
}

} // namespace policylens::cli
