#pragma once

#include "extract/documentgenre.h"
#include "extract/targetreason.h"

#include <QDate>
#include <QString>

#include <optional>

namespace policylens {

// One quantitative statement of a policy document, ready for review.
struct ExtractedTarget
{
    QString kind; // "target" | "incentive" | "baseline"
    QString indicator; // taxonomy key or "other"
    double value = 0; // base units (yuan, percent, PFLOPS, count...)
    std::optional<double> valueMax;
    QString unit; // CNY, USD, percent, percentage_point, PFLOPS, count, times, or as written
    QString counter; // counter word for count units (家, 个...), else empty
    QString comparator; // ">=", ">", "=", "<=", "<", "~", "range"
    std::optional<int> year;
    bool approximate = false;
    QString sentence; // the sentence, as in the original text
    qsizetype start = 0, end = 0; // sentence span, UTF-16 offsets into the ORIGINAL text
    qsizetype quoteStart = 0, quoteEnd = 0; // the number+unit span, offsets into the original text
    double confidence = 0;
    TargetReason reason; // the cues that decided kind, year, comparator and indicator
};

// What is known about a document before extraction. Unset fields are detected from the text;
// a value set here (a user's correction stored with the document) wins over detection.
struct DocumentContext
{
    QDate published; // invalid: guessed from the text (date line, dateline, document number)
    QString language;
    std::optional<DocumentGenre> genre = std::nullopt; // unset: detectDocumentGenre()
};

} // namespace policylens
