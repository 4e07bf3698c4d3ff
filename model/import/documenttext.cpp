#include "import/documenttext.h"

#include "import/documentreader.h"

#include <QCoreApplication>

namespace policylens {

Result<QString> loadDocumentText(const QString &path)
{
    const ImporterResult result = DocumentReader().read(path);
    if (!result.ok) {
        return Failure {
            QCoreApplication::translate("DocumentText", "%1: rejected: %2").arg(path, result.error) };
    }
    return result.document.text;
}

} // namespace policylens
