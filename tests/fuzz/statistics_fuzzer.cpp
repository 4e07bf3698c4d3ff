// Fuzz target: StatisticsReader on arbitrary bytes: read as CSV, and when they look like a zip
// also saved as .xlsx and read from the file. Every rejected row names a line; every kept row
// has one too.
#include "fuzzsupport.h"
#include "import/statisticsreader.h"

using namespace policylens;
using policylens::fuzz::check;

namespace {

void checkResult(const Result<StatisticsTable> &result)
{
    if (!result.has_value()) {
        check(!result.error().isEmpty(), "a refused file gives its reason");
        return;
    }
    for (const RowError &e : result->rowErrors) {
        check(e.line >= 1, "a rejected row names its line");
        check(!e.reason.isEmpty(), "a rejected row gives its reason");
    }
    for (const StatisticsRow &row : result->rows)
        check(row.line >= 2, "a kept row comes after the header");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    policylens::fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportLimits limits;
    limits.maxStatisticsRows = 5000;
    limits.maxDecompressedBytes = 8 * 1024 * 1024;
    const StatisticsReader reader(limits);
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkResult(reader.readCsv(bytes));
    if (bytes.startsWith("PK")) {
        const QString path = policylens::fuzz::scratchPath(".xlsx");
        policylens::fuzz::writeScratch(path, data, size);
        checkResult(reader.read(path));
        QFile::remove(path);
    }
    return 0;
}
