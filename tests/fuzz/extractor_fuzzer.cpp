// Fuzz target: TargetExtractor::extract on arbitrary text. Every target's sentence and quote
// spans must lie inside the text, in order, with the quote inside its sentence.
#include "extract/targetextractor.h"
#include "fuzzsupport.h"

#include <QString>

using namespace policylens;
using policylens::fuzz::check;

namespace {
const TargetExtractor *extractor = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    policylens::fuzz::ensureApplication(argc, argv);
    extractor = new TargetExtractor; // loads the taxonomy once
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const ExtractedTarget &t : extractor->extract(text)) {
        check(t.start >= 0 && t.start <= t.end && t.end <= text.size(),
            "sentence span inside the text");
        check(t.quoteStart >= t.start && t.quoteStart <= t.quoteEnd && t.quoteEnd <= t.end,
            "quote inside its sentence");
        check(!t.kind.isEmpty() && !t.indicator.isEmpty(), "kind and indicator set");
    }
    return 0;
}
