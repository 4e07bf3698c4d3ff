// Layer probe (tests/architecture): the text layer must not see the store layer.
#include "store/workspace.h"

int policylensLayerProbe() { return 0; }
