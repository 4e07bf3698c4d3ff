#pragma once

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
    QString kind; // target / incentive / baseline, empty: all
    int year = 0; // 0: all years
    QString status; // review status, empty: all
    QString text; // substring of the sentence or document title
    qint64 documentId = 0; // 0: all documents

    bool isEmpty() const;
    bool operator==(const TargetFilter &other) const = default;

    bool matches(qint64 regionId, const QString &indicator, const QString &kind, int year,
        const QString &status, const QString &sentence, const QString &title,
        qint64 documentId) const;

    // Appends "AND ..." conditions over the aliases t (targets) and d (documents).
    void appendSql(QString &where, QVariantList &bindings) const;
};

} // namespace policylens
