#pragma once

#include "extract/quantity.h"
#include "extract/yearresolver.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace policylens {

// The judgement calls of target extraction, on one quantity inside its sentence (normalized
// text; `local` and `localEnd` are the quantity's span relative to the sentence).
namespace commitmentrules {

// The unit a figure is claimed in. A bare 4.6亿 after 达到 is a count (4.6亿 users) or yuan
// (规模达3000亿); empty when the number claims nothing.
QString effectiveUnit(QStringView sentence, const Quantity &q, qsizetype local);

// Is this quantity something a document commits to or reports, rather than an enumeration,
// a slogan (“两个先行”, 10个领域 after 即), or a passing mention?
bool isCommitment(QStringView sentence, const Quantity &q, const QString &unit, qsizetype local,
    qsizetype localEnd);

// What a document tells about time: the year it was issued (0 if unknown) and, for documents
// without a date, the earliest deadline it sets (0 if none), before which a reported figure
// is a baseline.
struct DocumentYears
{
    int documentYear = 0;
    int earliestDeadline = 0;
};

// target, incentive or baseline.
QString kind(QStringView sentence, const QString &unit, qsizetype local, qsizetype localEnd,
    const std::optional<YearMention> &year, const DocumentYears &years);

// "every year" (每年, annually): a recurring commitment that has no target year of its own.
bool isRecurring(QStringView sentence);

// Clause around the quantity for indicator matching.
QStringView clauseBefore(QStringView sentence, qsizetype local);
QStringView clauseAfter(QStringView sentence, qsizetype localEnd);

} // namespace commitmentrules

} // namespace policylens
