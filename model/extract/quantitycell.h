#pragma once

#include "extract/quantity.h"

#include <QStringView>

#include <optional>

namespace policylens {

// Reads one value as people write it in a statistics cell or type it into an editor (2150亿元,
// 3.5万亿, 近3500, >2500, 2500+, 1.2万P, 300 billion, -3.9%, 约15%, 100-200) with the numeral
// and unit engine that reads documents, so a figure means the same wherever it was written.
//
// unitCell is the table's unit column (亿元, 万P, "billion USD", "亿元 (100 million CNY)"); it
// applies when the value carries no unit of its own (its magnitude only when the value has none).
// The result is in base units (yuan as CNY, percent, PFLOPS, count...); comparator is >=, >, <=,
// <, ~ or empty; approximate for 约/近/多/余/几/上; valueMax for a range. Offsets are not set.
// Returns nothing when the text is not exactly one quantity (empty, words, two figures).
// Pure and thread-safe.
std::optional<Quantity> parseQuantityCell(QStringView cell, QStringView unitCell = {});

} // namespace policylens
