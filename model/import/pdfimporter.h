#pragma once

#include "import/importeddocument.h"
#include "import/importlimits.h"

#include <QCoreApplication>
#include <QString>

namespace policylens {

// PDF via Qt Pdf (PDFium): the text layer page by page. A file without its end-of-file marker
// or that PDFium cannot open is rejected as damaged; a PDF without a text layer (a scan) is
// rejected as having no text.
class PdfImporter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)

public:
    PdfImporter() = delete;
    static ImporterResult import(
        const QString &path, const QByteArray &data, const ImportLimits &limits);
};

} // namespace policylens
