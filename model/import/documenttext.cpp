#include "import/documenttext.h"

#include "import/documentreader.h"

#include <QCoreApplication>

namespace policylens {

Result<QString> loadDocumentText(const QString &path)
{
    const ImporterResult result = DocumentReader().read(path);
    if (!result.has_value()) {
        return Failure {
            QCoreApplication::translate("DocumentText", "%1: rejected: %2").arg(path, result.error()) };
    }
    return result->text;
}

} // namespace policylens
