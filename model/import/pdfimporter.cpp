#include "import/pdfimporter.h"

#include <QPdfDocument>
#include <QPdfSelection>

namespace policylens {

ImporterResult PdfImporter::import(
    const QString &path, const QByteArray &data, const ImportLimits &limits)
{
    if (!data.startsWith("%PDF-"))
        return ImporterResult::failure(tr("it is not a PDF file (no %PDF header)"));
    // PDFium repairs many broken files silently; a missing %%EOF means the file was cut off.
    if (!data.right(2048).contains("%%EOF"))
        return ImporterResult::failure(tr("the PDF is damaged (truncated: no end-of-file marker)"));

    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return ImporterResult::failure(tr("the PDF is password-protected"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return ImporterResult::failure(tr("the PDF uses an unsupported security scheme"));
    default:
        return ImporterResult::failure(tr("the PDF is damaged (it cannot be opened)"));
    }
    const int pages = pdf.pageCount();
    if (pages <= 0)
        return ImporterResult::failure(tr("the PDF is damaged (it has no pages)"));
    if (pages > limits.maxPdfPages)
        return ImporterResult::failure(
            tr("it has %L1 pages, more than the limit of %L2").arg(pages).arg(limits.maxPdfPages));

    QString text;
    for (int page = 0; page < pages; ++page) {
        const QString pageText = pdf.getAllText(page).text();
        if (!text.isEmpty() && !pageText.isEmpty())
            text += QStringLiteral("\n\n");
        text += pageText;
        if (text.size() > limits.maxTextChars)
            return ImporterResult::failure(
                tr("its text is longer than the limit of %L1 characters").arg(limits.maxTextChars));
    }
    if (text.trimmed().isEmpty())
        return ImporterResult::failure(
            tr("the PDF has no text layer (a scanned document needs OCR first)"));

    ImportedDocument doc;
    doc.text = text;
    doc.format = QStringLiteral("pdf");
    doc.encoding = QStringLiteral("binary");
    pdf.close();
    return ImporterResult::success(std::move(doc));
}

} // namespace policylens
