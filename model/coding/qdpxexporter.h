#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace policylens {

// Writes the coded corpus as a REFI-QDA project (.qdpx: a zip with project.qde and the sources
// as UTF-8 plain text under sources/), the exchange format NVivo, MAXQDA, ATLAS.ti and
// QualCoder import. Codebooks become codes (codebook > side > code); each coded sentence a
// PlainTextSelection with one Coding per code not rejected. Selection positions count Unicode
// code points of the source text, as the standard says, not UTF-16 units. GUIDs are derived
// from the workspace's ids, so exporting twice gives the same project.
class QdpxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)

public:
    struct Summary
    {
        int sources = 0;
        int selections = 0;
        int codings = 0;
    };

    // language: "zh_CN" or "en", for code names and the project name.
    static Result<Summary> write(
        const QSqlDatabase &db, const QString &path, const QString &language);

    // Code points before each UTF-16 offset in text (offsets sorted ascending; a low surrogate
    // position counts as its pair's start).
    static QList<qint64> codePointOffsets(const QString &text, const QList<int> &utf16Offsets);
};

} // namespace policylens
