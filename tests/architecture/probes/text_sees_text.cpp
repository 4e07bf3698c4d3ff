// Layer probe (tests/architecture): the text layer sees its own headers (control).
#include "extract/quantity.h"

int policylensLayerProbe() { return 0; }
