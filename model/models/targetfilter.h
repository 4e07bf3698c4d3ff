#pragma once

#include "core/vocabulary.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace policylens {

// What the Targets view filters on. The same criteria run as SQL (so a filter over 100,000
// targets costs one query) and in memory (TargetsFilterProxy, so a row whose status was just
// changed leaves a "unreviewed only" view at once).
struct TargetFilter
{
    QList<qint64> regionIds; // empty: every region
    QString indicator; // indicator key, empty: all
    std::optional<TargetKind> kind; // none: all
    int year = 0; // 0: all years
    std::optional<ReviewStatus> status; // none: all
    QString text; // substring of the sentence or document title
    qint64 documentId = 0; // 0: all documents

    bool isEmpty() const;
    bool operator==(const TargetFilter &other) const = default;

    bool matches(qint64 regionId, const QString &indicator, TargetKind kind, int year,
        ReviewStatus status, const QString &sentence, const QString &title,
        qint64 documentId) const;

    // Appends "AND ..." conditions over the aliases t (targets) and d (documents).
    void appendSql(QString &where, QVariantList &bindings) const;
};

} // namespace policylens
