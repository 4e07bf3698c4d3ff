#pragma once

#include "core/documentdata.h"
#include "core/result.h"

#include <QString>

namespace policylens {

// An importer's answer: a document, or a translated reason (without the file name; the
// caller adds it).
using ImporterResult = Result<ImportedDocument>;

} // namespace policylens
