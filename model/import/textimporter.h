#pragma once

#include "import/importeddocument.h"
#include "import/importlimits.h"

#include <QByteArray>
#include <QCoreApplication>

namespace policylens {

// Plain text and Markdown. Markdown stays text: only its front matter and heading marks go.
class TextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    TextImporter() = delete;
    static ImporterResult import(const QByteArray &data, bool markdown, const ImportLimits &limits);
    static QString stripMarkdown(const QString &text);
};

} // namespace policylens
