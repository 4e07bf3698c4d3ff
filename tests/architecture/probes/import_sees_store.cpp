// Layer probe (tests/architecture): the import layer sees the store layer below it (control).
#include "store/schema.h"

int policylensLayerProbe() { return 0; }
