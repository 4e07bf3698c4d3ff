#pragma once

#include "core/vocabulary.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace policylens {

// One row of the targets table, as the review code reads and writes it. The one target type of
// the use cases: the extractor's findings (ingest/extractionhook) and a researcher's selection
// (SelectionGuess, ReviewService::addManualTarget) are handed over as records too; the writer
// then sets what only the workspace knows (id, region, review status, origin).
struct TargetRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    std::optional<qint64> regionId;
    QString indicator = QStringLiteral("other");
    TargetKind kind = TargetKind::Target;
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    QString counter;
    QString comparator = QStringLiteral("=");
    std::optional<int> year;
    bool approximate = false;
    QString sentence;
    int start = 0; // sentence span, UTF-16 offsets into documents.body
    int end = 0;
    int quoteStart = 0; // the number with its unit
    int quoteEnd = 0;
    double confidence = 0;
    ReviewStatus reviewStatus = ReviewStatus::Unreviewed;
    TargetOrigin origin = TargetOrigin::Extracted;
    QString note;
    QString reason; // the extractor's cues as JSON (extract/targetreason.h); empty if added by hand
};

// The fields a reviewer may change on a target.
enum class TargetField { Indicator, Kind, Value, ValueMax, Unit, Counter, Comparator, Year, Region };

// The key a field has in targets.user_fields and on the command line.
QString targetFieldKey(TargetField field);

// Outcome of replacing a document's machine-extracted targets.
struct ReplaceResult
{
    int deleted = 0;
    int inserted = 0;
    int skipped = 0; // new targets that duplicated a kept (reviewed) one at the same quote span
};

} // namespace policylens
