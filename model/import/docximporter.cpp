#include "import/docximporter.h"

#include "core/result.h"
#include "import/boundedzip.h"

#include <QXmlStreamReader>

namespace policylens {

namespace {

// Deepest element nesting accepted in word/document.xml. Real documents stay far below it (each
// nested table adds about five levels); the reader is iterative, so the limit bounds memory and
// states a rule rather than protecting the stack.
constexpr int MaxXmlDepth = 256;

// Builds text from WordprocessingML events: paragraphs become lines, table cells are joined
// by tabs and rows become lines.
class DocumentXmlText
{
public:
    explicit DocumentXmlText(qint64 maxChars)
        : m_maxChars(maxChars)
    { }

    // Consumes what the reader can parse so far. Fails on a real error (not on "needs more
    // data").
    Result<void> pump(QXmlStreamReader &xml)
    {
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            switch (token) {
            case QXmlStreamReader::DTD:
                return Failure { DocxImporter::tr("it declares a DTD, which Word documents never "
                                                  "contain (entities are not expanded)") };
            case QXmlStreamReader::StartElement:
                if (++m_depth > MaxXmlDepth) {
                    return Failure {
                        DocxImporter::tr("its XML is nested deeper than the limit of %1 levels")
                            .arg(MaxXmlDepth) };
                }
                start(xml.name());
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                end(xml.name());
                break;
            case QXmlStreamReader::Characters:
                if (m_inText)
                    m_paragraph += xml.text();
                break;
            default:
                break;
            }
            if (m_out.size() + m_paragraph.size() > m_maxChars) {
                return Failure {
                    DocxImporter::tr("its text is longer than the limit of %L1 characters")
                        .arg(m_maxChars) };
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            return Failure { DocxImporter::tr("the document is damaged (%1 at line %2)")
                    .arg(xml.errorString())
                    .arg(xml.lineNumber()) };
        }
        return {};
    }

    QString text() const { return m_out; }

private:
    void start(QStringView name)
    {
        if (name == u"t")
            m_inText = true;
        else if (name == u"tab")
            m_paragraph += u'\t';
        else if (name == u"br" || name == u"cr")
            m_paragraph += u'\n';
        else if (name == u"tbl")
            ++m_tableDepth;
        else if (name == u"tr" && m_tableDepth == 1)
            m_row.clear();
        else if (name == u"tc" && m_tableDepth == 1)
            m_cell.clear();
    }

    void end(QStringView name)
    {
        if (name == u"t") {
            m_inText = false;
        } else if (name == u"p") {
            const QString paragraph = m_paragraph.trimmed();
            m_paragraph.clear();
            if (m_tableDepth > 0) {
                if (!paragraph.isEmpty())
                    m_cell += (m_cell.isEmpty() ? QString() : QStringLiteral(" ")) + paragraph;
            } else {
                m_out += paragraph;
                m_out += u'\n';
            }
        } else if (name == u"tc" && m_tableDepth == 1) {
            m_row << m_cell.simplified();
            m_cell.clear();
        } else if (name == u"tr" && m_tableDepth == 1) {
            m_out += m_row.join(u'\t');
            m_out += u'\n';
            m_row.clear();
        } else if (name == u"tbl" && m_tableDepth > 0) {
            --m_tableDepth;
        }
    }

    qint64 m_maxChars;
    QString m_out;
    QString m_paragraph;
    QString m_cell;
    QStringList m_row;
    int m_tableDepth = 0;
    bool m_inText = false;
    int m_depth = 0;
};

QString coreTitle(BoundedZip &zip)
{
    QByteArray core;
    if (zip.readAll(QStringLiteral("docProps/core.xml"), &core) != BoundedZip::Status::Ok)
        return QString();
    QXmlStreamReader xml(core);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            return QString();
        if (xml.isStartElement() && xml.name() == u"title")
            return xml.readElementText().simplified();
    }
    return QString();
}

} // namespace

ImporterResult DocxImporter::import(const QString &path, const ImportLimits &limits)
{
    BoundedZip zip(path, limits.maxDecompressedBytes);
    if (!zip.open())
        return Failure(tr("it is not a Word document (not a ZIP package)"));
    const QString documentXml = QStringLiteral("word/document.xml");
    if (!zip.contains(documentXml))
        return Failure(tr("it is not a Word document (no word/document.xml)"));

    QXmlStreamReader xml;
    xml.setNamespaceProcessing(true);
    DocumentXmlText builder(limits.maxTextChars);
    QString error; // why the last chunk was refused
    const BoundedZip::Status status = zip.read(documentXml, [&](const QByteArray &chunk) {
        xml.addData(chunk);
        const Result<void> pumped = builder.pump(xml);
        error = pumped.error();
        return pumped.has_value();
    });
    switch (status) {
    case BoundedZip::Status::Ok:
        break;
    case BoundedZip::Status::TooLarge:
        return Failure(tr("it expands beyond the limit of %L1 MB when decompressed")
                                           .arg(limits.maxDecompressedBytes / (1024 * 1024)));
    case BoundedZip::Status::Refused:
        return Failure(error);
    case BoundedZip::Status::Missing:
    case BoundedZip::Status::Damaged:
        return Failure(tr("the document is damaged (the ZIP package is corrupt)"));
    }
    // All data is in: a document that still wants more is truncated.
    if (xml.hasError())
        return Failure(tr("the document is damaged (%1)").arg(xml.errorString()));
    if (const Result<void> pumped = builder.pump(xml); !pumped)
        return Failure(pumped.error());
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return Failure(tr("the document is damaged (its XML ends prematurely)"));

    ImportedDocument doc;
    doc.text = builder.text();
    doc.format = QStringLiteral("docx");
    doc.encoding = QStringLiteral("UTF-8");
    doc.titleHint = coreTitle(zip);
    return doc;
}

} // namespace policylens
