#include "import/pdfimporter.h"

#include "import/pdflayout.h"

#include <QPdfDocument>
#include <QPdfSelection>

namespace policylens {

namespace {

// The text layer's rectangles grouped into visual lines: a rectangle that barely overlaps the
// line so far in height (a comma hangs below the baseline, so only a fifth of the smaller height
// is asked for), or that starts left of the previous one, opens a new line.
QList<QRectF> visualLines(const QList<QPolygonF> &bounds)
{
    QList<QRectF> lines;
    double previousLeft = 0;
    for (const QPolygonF &polygon : bounds) {
        const QRectF r = polygon.boundingRect();
        if (r.isEmpty())
            continue;
        bool newLine = lines.isEmpty() || r.left() < previousLeft - 1;
        if (!newLine) {
            const QRectF &last = lines.back();
            const double overlap
                = std::min(last.bottom(), r.bottom()) - std::max(last.top(), r.top());
            newLine = overlap < 0.2 * std::min(last.height(), r.height());
        }
        if (newLine)
            lines.append(r);
        else
            lines.back() = lines.back().united(r);
        previousLeft = r.left();
    }
    return lines;
}

// One page's text lines with their boxes. PDFium joins a line ending in a hyphen to the next
// with U+FFFE; it is split there again (keeping the hyphen) so every text line is one visual
// line. When lines and boxes cannot be paired one to one the page keeps its text without
// geometry, and the layout judges it by its text alone.
PdfTextPage pageLines(const QPdfSelection &selection)
{
    PdfTextPage page;
    bool blank = false;
    for (QString line : selection.text().split(QLatin1Char('\n'))) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            blank = !page.isEmpty();
            continue;
        }
        const QStringList parts = line.split(QChar(0xFFFE));
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QString part = k + 1 < parts.size() ? parts[k] + u'-' : parts[k];
            page.append({ part, QRectF(), blank && k == 0 });
        }
        blank = false;
    }
    const QList<QRectF> boxes = visualLines(selection.bounds());
    if (boxes.size() == page.size()) {
        for (qsizetype i = 0; i < page.size(); ++i)
            page[i].box = boxes[i];
    }
    return page;
}

} // namespace

ImporterResult PdfImporter::import(
    const QString &path, const QByteArray &data, const ImportLimits &limits)
{
    if (!data.startsWith("%PDF-"))
        return Failure(tr("it is not a PDF file (no %PDF header)"));
    // PDFium repairs many broken files silently; a missing %%EOF means the file was cut off.
    if (!data.right(2048).contains("%%EOF"))
        return Failure(tr("the PDF is damaged (truncated: no end-of-file marker)"));

    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return Failure(tr("the PDF is password-protected"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Failure(tr("the PDF uses an unsupported security scheme"));
    default:
        return Failure(tr("the PDF is damaged (it cannot be opened)"));
    }
    const int pages = pdf.pageCount();
    if (pages <= 0)
        return Failure(tr("the PDF is damaged (it has no pages)"));
    if (pages > limits.maxPdfPages)
        return Failure(
            tr("it has %L1 pages, more than the limit of %L2").arg(pages).arg(limits.maxPdfPages));

    QList<PdfTextPage> layout;
    qsizetype chars = 0;
    for (int page = 0; page < pages; ++page) {
        const QPdfSelection selection = pdf.getAllText(page);
        chars += selection.text().size();
        if (chars > limits.maxTextChars)
            return Failure(
                tr("its text is longer than the limit of %L1 characters").arg(limits.maxTextChars));
        layout.append(pageLines(selection));
    }
    const QString text = PdfLayout::text(layout);
    if (text.trimmed().isEmpty())
        return Failure(
            tr("the PDF has no text layer (a scanned document needs OCR first)"));

    ImportedDocument doc;
    doc.text = text;
    doc.format = QStringLiteral("pdf");
    doc.encoding = QStringLiteral("binary");
    pdf.close();
    return doc;
}

} // namespace policylens
