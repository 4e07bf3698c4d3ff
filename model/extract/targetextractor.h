#pragma once

#include "extract/commitmentrules.h"
#include "extract/extractedtarget.h"
#include "extract/indicatortaxonomy.h"
#include "extract/targetcontext.h"

#include <QList>
#include <QString>

namespace policylens {

// Finds the quantitative commitments of a policy document (targets, incentives, baselines)
// with indicator, value in base units, comparator, year and source sentence. extract() is
// const and keeps no state between calls, so one extractor can serve many threads.
class TargetExtractor final
{
public:
    TargetExtractor(); // the built-in taxonomy from :/data/indicators.json
    explicit TargetExtractor(IndicatorTaxonomy taxonomy);

    QList<ExtractedTarget> extract(const QString &text, const DocumentContext &ctx = {}) const;

    const IndicatorTaxonomy &taxonomy() const { return m_taxonomy; }

private:
    void extractPiece(const QString &text, qsizetype pieceStart, qsizetype pieceEnd,
        const targetcontext::DocumentFacts &facts, targetcontext::CarriedYear &carried,
        QList<ExtractedTarget> &out) const;

    IndicatorTaxonomy m_taxonomy;
};

} // namespace policylens
