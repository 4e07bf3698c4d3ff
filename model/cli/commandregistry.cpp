#include "cli/command.h"

namespace policylens::cli {

CommandList headlessCommands()
{
    CommandList commands;
    return commands;
}

} // namespace policylens::cli
