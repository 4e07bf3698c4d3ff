// Layer probe (tests/architecture): the import layer must not see the use cases.
#include "ingest/importservice.h"

int policylensLayerProbe() { return 0; }
