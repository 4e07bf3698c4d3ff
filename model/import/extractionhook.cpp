#include "import/extractionhook.h"

namespace policylens {

DocumentHook extractionHook()
{
    // Integration: return a hook that calls TargetExtractor::extract(context.text, ...) and
    // inserts its targets through context.db (document context.documentId, region
    // context.regionId). Returning false from the hook rejects the document.
    return {};
}

} // namespace policylens
