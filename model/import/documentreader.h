#pragma once

#include "import/importeddocument.h"
#include "import/importlimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace policylens {

// Picks the importer for a file (by extension, confirmed by the bytes), enforces the stated
// limits and returns normalized plain text. Knows nothing about the workspace.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    explicit DocumentReader(ImportLimits limits = {});

    ImporterResult read(const QString &path) const;

    // Extensions a folder import picks up.
    static const QStringList &documentExtensions();
    static bool isDocumentFile(const QString &path);

    const ImportLimits &limits() const { return m_limits; }

private:
    // The format's importer: PDF and DOCX by extension or magic bytes, HTML by extension or
    // markup, anything else as plain text (Markdown by extension).
    ImporterResult importByFormat(
        const QString &path, const QByteArray &data, const QString &suffix) const;

    ImportLimits m_limits;
};

} // namespace policylens
