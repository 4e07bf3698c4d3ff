// Fuzz target: DocxImporter::import on arbitrary bytes saved as a .docx (the importer reads a
// path). Zip parsing, the inflate cap and the XML reader all see hostile input.
#include "fuzzsupport.h"
#include "import/docximporter.h"

using namespace policylens;
using policylens::fuzz::check;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    policylens::fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = policylens::fuzz::scratchPath(".docx");
    policylens::fuzz::writeScratch(path, data, size);
    ImportLimits limits;
    limits.maxDecompressedBytes = 8 * 1024 * 1024;
    limits.maxTextChars = 200000;
    const ImporterResult result = DocxImporter::import(path, limits);
    if (result.has_value())
        check(result->text.size() <= limits.maxTextChars, "text within maxTextChars");
    else
        check(!result.error().isEmpty(), "a refusal gives its reason");
    QFile::remove(path);
    return 0;
}
