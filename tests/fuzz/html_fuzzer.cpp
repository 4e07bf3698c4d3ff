// Fuzz target: HtmlImporter::import on arbitrary bytes. Either a document or a reason; never a
// crash, a hang, or text beyond the stated limit.
#include "fuzzsupport.h"
#include "import/htmlimporter.h"

using namespace policylens;
using policylens::fuzz::check;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    policylens::fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ImportLimits limits;
    limits.maxTextChars = 100000; // small, so the limit itself gets exercised
    const ImporterResult result = HtmlImporter::import(bytes, limits);
    if (result.has_value())
        check(result->text.size() <= limits.maxTextChars, "text within maxTextChars");
    else
        check(!result.error().isEmpty(), "a refusal gives its reason");
    (void)HtmlImporter::declaredCharset(bytes);
    return 0;
}
