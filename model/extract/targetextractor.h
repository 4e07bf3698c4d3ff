#pragma once

#include "extract/commitmentrules.h"
#include "extract/extractedtarget.h"
#include "extract/indicatortaxonomy.h"
#include "extract/kindrules.h"
#include "extract/yearresolver.h"

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
    // What earlier sentences leave for the next: a year framing them (leadIn when it came from
    // a lead-in "到2025年，……："), and whether the paragraph reports or plans.
    struct CarriedYear
    {
        std::optional<YearMention> year;
        bool leadIn = false;
        kindrules::Frame frame = kindrules::Frame::None;
        bool listLead = false; // the last sentence led in a list ("…主要预期目标是：")
    };
    struct DocumentFacts
    {
        commitmentrules::DocumentYears years;
        DocumentGenre genre = DocumentGenre::Other;
        int reportYear = 0; // a statistics bulletin's year: figures without a year of their own
    };

    void extractPiece(const QString &text, qsizetype pieceStart, qsizetype pieceEnd,
        const DocumentFacts &facts, CarriedYear &carried, QList<ExtractedTarget> &out) const;

    IndicatorTaxonomy m_taxonomy;
};

} // namespace policylens
