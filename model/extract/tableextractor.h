#pragma once

#include "extract/extractedtarget.h"

#include <QList>

namespace policylens {

class IndicatorTaxonomy;

// Indicator tables as plain text or Markdown: a header row naming years (2020年 | 2025年) and
// rows "核心产业规模（亿元） | 2150 | 3000" whose unit is written in brackets after the name.
// Each cell becomes a baseline (a year before the document) or a target. Sentences elsewhere
// are left to the sentence extractor; table rows have no sentence punctuation.
class TableExtractor final
{
public:
    // Appends the figures of every table in original[pieceStart, pieceEnd). Tables are read from
    // the original text because normalization joins the spaces that separate their columns.
    static void extract(const QString &original, qsizetype pieceStart, qsizetype pieceEnd,
        int documentYear, const IndicatorTaxonomy &taxonomy, QList<ExtractedTarget> &out);
};

} // namespace policylens
