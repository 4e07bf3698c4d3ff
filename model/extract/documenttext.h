#pragma once

#include <QString>

#include <optional>

namespace policylens {

// The one place where `policylens extract` turns a file into text. For now it reads UTF-8
// .txt/.md files; when the importers land, this function should call them so every importable
// format works. On failure returns std::nullopt and sets *error to a message naming the file.
std::optional<QString> loadDocumentText(const QString &path, QString *error);

} // namespace policylens
