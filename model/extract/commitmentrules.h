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

// Words that put a statement in the future (力争, 将, 计划, 目标, 到 as a deadline).
bool hasFutureMarker(QStringView text);

// Verbs that report a figure: 为, 约为, 达, 实现, 共有.
bool hasReportingVerb(QStringView text);

// The comparator a figure is claimed with, refined by the words around it that the quantity
// reader does not see: 最高 before a list it distributes over (最高200万元、100万元), "does not
// exceed", "up to", "a maximum of", 可达 for support, English past verbs (exceeded, crossed).
// `stated` is the quantity's own comparator ("" for a plain figure); `previous` the comparator
// of the figure just before it when only 、/和/及 separate them, else empty.
QString refineComparator(QStringView sentence, qsizetype local, const QString &stated,
    const QString &previous, bool incentive);

// "every year" (每年, annually): a recurring commitment that has no target year of its own.
bool isRecurring(QStringView sentence);

// Clause around the quantity for indicator matching.
QStringView clauseBefore(QStringView sentence, qsizetype local);
QStringView clauseAfter(QStringView sentence, qsizetype localEnd);

} // namespace commitmentrules

} // namespace policylens
