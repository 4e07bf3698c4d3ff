#include "ingest/extractionhook.h"

#include "extract/documentgenre.h"
#include "extract/targetextractor.h"
#include "extract/targetreason.h"
#include "review/targetrepository.h"

#include <memory>

namespace policylens {

QList<TargetRecord> toTargetInputs(const QList<ExtractedTarget> &targets)
{
    QList<TargetRecord> inputs;
    inputs.reserve(targets.size());
    for (const ExtractedTarget &t : targets) {
        TargetRecord in;
        in.kind = targetKindFromString(t.kind).value_or(TargetKind::Target);
        in.indicator = t.indicator;
        in.value = t.value;
        in.valueMax = t.valueMax;
        in.unit = t.unit;
        in.counter = t.counter;
        in.comparator = t.comparator;
        in.year = t.year;
        in.approximate = t.approximate;
        in.sentence = t.sentence;
        in.start = static_cast<int>(t.start);
        in.end = static_cast<int>(t.end);
        in.quoteStart = static_cast<int>(t.quoteStart);
        in.quoteEnd = static_cast<int>(t.quoteEnd);
        in.confidence = t.confidence;
        in.reason = targetReasonToJson(t.reason);
        inputs.append(in);
    }
    return inputs;
}

DocumentHook extractionHook()
{
    // One extractor per import batch: loading the taxonomy once, extract() itself is const.
    auto extractor = std::make_shared<const TargetExtractor>();
    return [extractor](const StoredDocumentContext &context) -> Result<void> {
        DocumentContext documentContext;
        documentContext.published = context.metadata.published;
        documentContext.language = context.metadata.language;
        // The type detected on import is stored with the document; extraction reads with it.
        documentContext.genre = documentGenreFromKey(context.metadata.docType);
        const QList<ExtractedTarget> found = extractor->extract(context.text, documentContext);
        TargetRepository targets(context.db);
        if (!targets.writeExtractedTargets(context.documentId, toTargetInputs(found)))
            return Failure { targets.lastError() };
        return {};
    };
}

} // namespace policylens
