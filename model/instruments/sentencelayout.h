#pragma once

#include "instruments/instrumentcoder.h"
#include "text/sentencesplitter.h"
#include "text/matchingnormalizer.h"

#include <QStringView>

namespace policylens {

// The place of one unit in the layout of a document, read from punctuation and list markers.
struct UnitLayout
{
    SentenceRole role = SentenceRole::Body;
    qsizetype bodyStart = 0; // offset in the unit where codable text begins (after a note's
                             // close or a run-in heading)
    qsizetype headingEnd = 0; // a run-in heading "一、发展目标 正文…" occupies [0, headingEnd)
    bool sectionHeading = false; // 一、 / 第X章 / I. : a new section begins
};

// A coding unit: a sentence of SentenceSplitter, or a part of one when the document puts one
// paragraph on each line and the normalizer joined a heading line to the paragraph below it.
struct Unit
{
    qsizetype start = 0; // normalized offsets
    qsizetype end = 0;
    bool sectionHeading = false;
    bool listItem = false;
    bool endsLine = false; // a line break (in the original) follows the unit
};

// The units of a normalized chunk. `paragraphLines`: every line break of the original ends a
// unit (documents whose lines are paragraphs rather than a PDF's wrapped lines).
QList<Unit> codingUnits(const QString &original, qsizetype from, const NormalizedText &norm,
    bool paragraphLines);

// Lines are paragraphs when some line is far longer than any PDF column.
bool hasParagraphLines(QStringView original);

// Reads units in document order; remembers whether an attribution note "(责任单位：…" is
// still open, so the units inside it are notes too.
class LayoutReader final
{
public:
    UnitLayout read(QStringView unit, const Unit &where);

private:
    bool m_noteOpen = false;
};

} // namespace policylens
