#pragma once

#include <QString>

namespace policylens {

// The one normal form of document text: it is what is stored, hashed for duplicates, indexed
// and what target offsets point into. LF line ends, no BOM, no trailing spaces on a line, no
// leading or trailing blank lines, at most two consecutive blank lines,
// Kangxi radicals and compatibility ideographs folded to the unified ideographs.
QString canonicalDocumentText(const QString &text);

} // namespace policylens
