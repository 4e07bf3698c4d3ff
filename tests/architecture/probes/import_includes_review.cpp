// Layer probe (tests/architecture): the import layer must not see review.
#include "review/targetrepository.h"

int policylensLayerProbe() { return 0; }
