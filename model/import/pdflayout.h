#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace policylens {

// One line of a PDF page's text layer and its box in page points (y grows downwards). A null
// box means the geometry is unknown; the line is then judged by its text alone.
struct PdfTextLine
{
    QString text;
    QRectF box;
    bool blankBefore = false; // an empty line precedes it in the text layer
};

using PdfTextPage = QList<PdfTextLine>;

// Rebuilds paragraphs from the positioned lines of a PDF, so the stored text reads like the
// document rather than like its page layout:
// - page numbers (— 3 —, - 3 -, 第3页, Page 3 of 9) and running headers and footers (the same
//   first or last line on at least half of the pages) are dropped;
// - a line end is a soft wrap, joined without a break, only when the evidence says so: the line
//   reaches the usual right edge (the next line's first word would not have fitted after it), the
//   next line is not indented (a first-line indent opens a paragraph), not set apart by extra
//   space, and not a list item after a finished sentence. A centred line after a full one
//   continues a centred title. Everything else is a paragraph end ('\n');
// - cells of one table row (boxes side by side on the same baseline) are joined by tabs;
// - spaces between Chinese and digits or Latin letters, a layout artefact of CJK typesetting,
//   are removed; Latin words across a soft wrap keep one space.
class PdfLayout final
{
public:
    PdfLayout() = delete;

    static QString text(const QList<PdfTextPage> &pages);

    // Exposed for tests: is this line a page number?
    static bool isPageNumber(const QString &line);
    // Exposed for tests: spaces between CJK characters and digits or Latin letters removed.
    static QString removeCjkSpacing(const QString &line);
};

} // namespace policylens
