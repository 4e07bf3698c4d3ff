#pragma once

#include "coding/codingtypes.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace policylens {

// Counts of coded sentences per region and code (rejected codings left out), the data behind
// the cities x codes matrix and the supply / environment / demand share chart.
struct InstrumentMatrix
{
    struct Region
    {
        qint64 id = 0; // 0: documents whose region is unknown
        QString code;
        BilingualText name;
    };
    QList<Region> regions; // by name, "region unknown" last
    QList<StoredCode> codes; // the codebook's codes in order
    QList<QList<int>> counts; // [region][code]

    int total(int region) const;
    int sideTotal(int region, InstrumentSide side) const;
    double share(int region, int code) const; // 0..1 of the region's total
    double sideShare(int region, InstrumentSide side) const;
    int codeTotal(int code) const;

    // For the codebook key (empty: the built-in one, else the first; none yet gives an empty
    // matrix). Fails for an unknown key or an unreadable workspace.
    static Result<InstrumentMatrix> load(const QSqlDatabase &db, const QString &codebookKey);
};

} // namespace policylens
