#pragma once

#include <QString>

namespace policylens {

// The columns TargetRepository::recordFromQuery reads, in its order, of the targets table
// aliased t: the table model and the command line listing select them and add their own after.
inline QString targetRecordColumns()
{
    return QStringLiteral(
        "t.id, t.document_id, t.region_id, t.indicator_key, t.kind, t.value, t.value_max, "
        "t.unit, t.counter, t.comparator, t.year, t.approximate, t.sentence, t.start_offset, "
        "t.end_offset, t.quote_start, t.quote_end, t.confidence, t.review_status, t.origin");
}

// How many they are: the first column a caller adds is at this position.
constexpr int TargetRecordColumnCount = 20;

} // namespace policylens
