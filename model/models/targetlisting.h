#pragma once

#include "models/targetfilter.h"
#include "review/targetrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace policylens {

// One target as a script sees it: the record, where it sits, and whether it is the value that
// counts among the values competing for its region, indicator, year and kind.
struct ListedTarget
{
    TargetRecord record;
    QString regionCode; // '' when unknown
    QString documentTitle;
    QStringList userFields;
    int competitors = 1; // values for the same region, indicator, year and kind (itself included)
    bool counts = true; // the one charts and reports use (TargetChoices order)
};

// Lists targets by the Targets tab's filter, for the command line (policylens targets).
class TargetListing final
{
    Q_DECLARE_TR_FUNCTIONS(TargetListing)

public:
    explicit TargetListing(QSqlDatabase db);

    QList<ListedTarget> list(const TargetFilter &filter) const;
    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace policylens
