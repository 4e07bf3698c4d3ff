#pragma once

#include "store/documentstore.h"

namespace policylens {

// THE integration point for target extraction. Every import path (CLI, GUI) installs this hook
// on its ImportService; it runs inside the transaction of each new document, so the targets it
// stores commit or roll back with their document. Until the extraction engine is merged it
// returns an empty hook and documents are imported without targets.
DocumentHook extractionHook();

} // namespace policylens
