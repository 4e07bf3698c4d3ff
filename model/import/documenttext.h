#pragma once

#include "core/result.h"

#include <QString>

namespace policylens {

// The one place where `policylens extract` turns a file into text: the importers' own reader,
// so every importable format (TXT in any supported encoding, HTML, PDF, DOCX, Markdown) works
// and offsets match what an import would store. A failure names the file and the reason,
// translated.
Result<QString> loadDocumentText(const QString &path);

} // namespace policylens
