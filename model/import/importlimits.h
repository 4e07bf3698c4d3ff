#pragma once

#include <QtGlobal>

namespace policylens {

// Stated limits of every importer. They bound memory and time on hostile input; a file over a
// limit is rejected with a message naming the limit, never silently truncated.
struct ImportLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024; // size of the file on disk
    qint64 maxDecompressedBytes = 100LL * 1024 * 1024; // inflated bytes read from a DOCX/XLSX
    qint64 maxTextChars = 20LL * 1000 * 1000; // plain text of one document (UTF-16 units)
    int maxPdfPages = 5000;
    int maxStatisticsRows = 1000000;
};

} // namespace policylens
