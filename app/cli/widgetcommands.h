#pragma once

#include "cli/command.h"

namespace policylens::cli {

// Subcommands that draw with QtCharts (chart, report); app/main.cpp appends them to the
// headless list. They run offscreen: main.cpp sets QT_QPA_PLATFORM before QApplication.
CommandList widgetCommands();

} // namespace policylens::cli
