#include "cli/command.h"
#include "cli/documentscommand.h"
#include "cli/extractcommand.h"
#include "cli/importcommand.h"
#include "cli/instrumentscommand.h"
#include "cli/quantitiescommand.h"
#include "cli/reextractcommand.h"
#include "cli/regionscommand.h"
#include "cli/targetscommand.h"
#include "cli/samplecommand.h"
#include "cli/searchcommand.h"
#include "cli/statscommand.h"

namespace policylens::cli {

CommandList headlessCommands()
{
    CommandList commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<DocumentsCommand>());
    commands.push_back(std::make_unique<TargetsCommand>());
    commands.push_back(std::make_unique<RegionsCommand>());
    commands.push_back(std::make_unique<IndicatorsCommand>());
    commands.push_back(std::make_unique<SearchCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<ExtractCommand>());
    commands.push_back(std::make_unique<ReextractCommand>());
    commands.push_back(std::make_unique<InstrumentsCommand>());
    commands.push_back(std::make_unique<QuantitiesCommand>());
    commands.push_back(std::make_unique<SampleCommand>());
    return commands;
}

} // namespace policylens::cli
