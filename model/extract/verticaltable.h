#pragma once

#include "extract/extractedtarget.h"

#include <QList>
#include <QPair>

namespace policylens {

class IndicatorTaxonomy;

// Tables copied from a web page or a DOCX with one cell per line: a header block of short lines
// naming the columns (指标名称 / 属性 / 全年目标 / 全年完成), then the rows, as many lines each as
// there are headers. A column named as a goal (目标, 预期目标, 计划) holds targets, one named as an
// outcome (完成, 实际, 实绩) baselines; the year comes from the caption above the header
// (表一 2024年…完成情况), else the document's year.
class VerticalTable final
{
public:
    // Appends the table figures found in original[pieceStart, pieceEnd) and returns the spans
    // (offsets into original) of the rows they came from.
    static QList<QPair<qsizetype, qsizetype>> extract(const QString &original, qsizetype pieceStart,
        qsizetype pieceEnd, int documentYear, const IndicatorTaxonomy &taxonomy,
        QList<ExtractedTarget> &out);
};

} // namespace policylens
