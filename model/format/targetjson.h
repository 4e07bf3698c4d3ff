#pragma once

#include "extract/extractedtarget.h"
#include "format/jsonline.h"

namespace policylens {

// The fields of an extracted target that every JSON line of one carries (extract --json and the
// golden files), in the order scripts and golden files read them: kind, indicator, value,
// value_max, unit, counter, comparator, year, approximate. Callers add what their line adds.
JsonLine &addTargetFields(JsonLine &line, const ExtractedTarget &target);

} // namespace policylens
