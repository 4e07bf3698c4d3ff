#pragma once

#include <QString>

#include <optional>

namespace policylens {

// The one place where `policylens extract` turns a file into text: the importers' own reader,
// so every importable format (TXT in any supported encoding, HTML, PDF, DOCX, Markdown) works
// and offsets match what an import would store. On failure returns std::nullopt and sets
// *error to a translated message naming the file and the reason.
std::optional<QString> loadDocumentText(const QString &path, QString *error);

} // namespace policylens
