#pragma once

#include "import/importeddocument.h"
#include "import/importlimits.h"

#include <QCoreApplication>
#include <QString>

namespace policylens {

// Word documents: the paragraphs and tables of word/document.xml, streamed out of the package
// with a running cap on inflated bytes and parsed incrementally with QXmlStreamReader. A DTD
// is refused outright (Word never writes one), so neither external entities nor entity bombs
// are ever expanded.
class DocxImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)

public:
    DocxImporter() = delete;
    static ImporterResult import(const QString &path, const ImportLimits &limits);
};

} // namespace policylens
