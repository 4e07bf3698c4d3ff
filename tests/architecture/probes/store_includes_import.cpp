// Layer probe (tests/architecture): the store layer must not see the import layer.
#include "import/documentreader.h"

int policylensLayerProbe() { return 0; }
