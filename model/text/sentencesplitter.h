#pragma once

#include <QList>
#include <QStringView>

namespace policylens {

struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, includes the closing punctuation
    bool sectionHeading = false; // opens with 一、 or 第X章: ends the scope of a lead-in year
    bool listItem = false; // opens with (一) 1. ① ——
    // A cell of a table (a run of lines with tab-separated cells) is read with the cell heading
    // its column (in the table's first row) and the one heading its row (the row's first cell);
    // -1 where there is none.
    qsizetype columnHeaderStart = -1, columnHeaderEnd = -1;
    qsizetype rowHeaderStart = -1, rowHeaderEnd = -1;
};

// Splits normalized text (see MatchingNormalizer) into sentences and clause-like units: Chinese and
// English sentence ends, semicolons, colons (a lead-in such as "到2025年，……：" becomes its own
// unit, so its year can be carried to the list after it), line breaks and the tabs between
// table cells. Thread-safe.
//
// A unit never exceeds MaxSentenceChars UTF-16 code units: a longer run without a boundary (a
// table flattened to one line, a page of text without punctuation) is cut after the last
// full-width comma, enumeration comma or space in the second half of the window, else exactly
// at the limit. The cut bounds the work per sentence; each piece is read as a sentence of its
// own.
class SentenceSplitter final
{
public:
    static constexpr qsizetype MaxSentenceChars = 1000;

    static QList<SentenceSpan> split(QStringView text);
};

} // namespace policylens
