#include "import/documenttext.h"

#include "import/documentreader.h"

#include <QCoreApplication>

namespace policylens {

std::optional<QString> loadDocumentText(const QString &path, QString *error)
{
    const ImporterResult result = DocumentReader().read(path);
    if (!result.ok) {
        if (error)
            *error = QCoreApplication::translate("DocumentText", "%1: rejected: %2").arg(path, result.error);
        return std::nullopt;
    }
    return result.document.text;
}

} // namespace policylens
