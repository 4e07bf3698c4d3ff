// Layer probe (tests/architecture): the widgets must not see the command line.
#include "cli/command.h"

int policylensLayerProbe() { return 0; }
