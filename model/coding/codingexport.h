#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

// The coded corpus to a file chosen by its suffix: .qdpx (REFI-QDA project), .csv or .xlsx
// (one row per coded sentence: document, region, sentence, codes, review state).
class CodingExport final
{
    Q_DECLARE_TR_FUNCTIONS(CodingExport)

public:
    static bool isSupported(const QString &path);
    // The rows written: sentences (CSV/XLSX) or coded selections (QDPX).
    static Result<int> write(const QSqlDatabase &db, const QString &path, const QString &language);
};

} // namespace policylens
