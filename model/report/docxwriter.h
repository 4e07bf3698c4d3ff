#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace policylens {

// A QTextDocument (a report) as a Word document (.docx, WordprocessingML): headings, paragraphs
// with bold runs, tables with a header row, page breaks and the document's image resources as
// embedded PNG pictures. Qt writes ODT but not DOCX, and many journals take only Word files.
// Text is written as Unicode text, so it copies and searches as written.
class DocxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    DocxWriter() = delete;

    // The .docx bytes, or why the package could not be assembled.
    static Result<QByteArray> write(const QTextDocument &document);
};

} // namespace policylens
