// Layer probe (tests/architecture): the model layer must not see the widgets.
#include "charts/chartbuilder.h"

int policylensLayerProbe() { return 0; }
