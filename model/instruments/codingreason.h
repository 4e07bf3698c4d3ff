#pragma once

#include "instruments/instrumentcoder.h"

#include <QString>

namespace policylens {

// The edge where a structured reason becomes words: a stable key for JSON and storage, and a
// sentence in the interface language (through QCoreApplication::translate).
QString reasonKindKey(CodingReason::Kind kind); // "cue", "verb_object", "mention", ...
std::optional<CodingReason::Kind> reasonKindFromKey(QStringView key);
QString describeReason(const CodingReason &reason); // translated

} // namespace policylens
