#pragma once

#include "review/targetrecord.h"
#include "store/documentstore.h"

#include <QList>

namespace policylens {

struct ExtractedTarget;

// The integration point between import and target extraction. Every import path (CLI, GUI,
// sample workspace) installs this hook on its ImportService; it runs inside the transaction of
// each new document, so the targets it stores commit or roll back with their document.
DocumentHook extractionHook();

// The extractor's records as the review layer stores them (a field-by-field copy).
QList<TargetRecord> toTargetInputs(const QList<ExtractedTarget> &targets);

} // namespace policylens
