#include "report/docxwriter.h"

#include "report/zippackage.h"

#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>
#include <QXmlStreamWriter>

#include <utility>

namespace policylens {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR
    = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kWp
    = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
constexpr qint64 kEmuPerPixel = 9525; // at 96 DPI

struct Picture
{
    QString relationId;
    QString part; // media/image1.png
    QByteArray png;
};

// Writes the body of word/document.xml from the text document, collecting the pictures.
class BodyWriter
{
public:
    BodyWriter(const QTextDocument &doc, QXmlStreamWriter &xml)
        : m_doc(doc)
        , m_xml(xml)
    { }

    void frame(QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                writeTable(table);
            else if (it.currentFrame())
                this->frame(it.currentFrame());
            else if (it.currentBlock().isValid())
                paragraph(it.currentBlock(), false);
        }
    }

    QList<Picture> pictures;

private:
    void paragraph(const QTextBlock &block, bool headerCell)
    {
        const QTextBlockFormat format = block.blockFormat();
        m_xml.writeStartElement(kW, QStringLiteral("p"));
        m_xml.writeStartElement(kW, QStringLiteral("pPr"));
        if (format.headingLevel() > 0) {
            m_xml.writeEmptyElement(kW, QStringLiteral("pStyle"));
            m_xml.writeAttribute(
                kW, QStringLiteral("val"), QStringLiteral("Heading%1").arg(format.headingLevel()));
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            m_xml.writeEmptyElement(kW, QStringLiteral("pageBreakBefore"));
        m_xml.writeEndElement();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat cf = fragment.charFormat();
            if (cf.isImageFormat())
                image(cf.toImageFormat());
            else
                run(fragment.text(), headerCell || cf.fontWeight() >= QFont::Bold,
                    cf.fontPointSize() > 0 && cf.fontPointSize() < 9);
        }
        m_xml.writeEndElement();
    }

    void run(const QString &text, bool bold, bool small)
    {
        // A line break inside a paragraph (<br/>) is U+2028 in QTextDocument.
        const QStringList lines = QString(text).replace(QChar(0xFFFC), QString()).split(QChar(0x2028));
        m_xml.writeStartElement(kW, QStringLiteral("r"));
        if (bold || small) {
            m_xml.writeStartElement(kW, QStringLiteral("rPr"));
            if (bold)
                m_xml.writeEmptyElement(kW, QStringLiteral("b"));
            if (small) {
                m_xml.writeEmptyElement(kW, QStringLiteral("sz"));
                m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("16"));
            }
            m_xml.writeEndElement();
        }
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_xml.writeEmptyElement(kW, QStringLiteral("br"));
            m_xml.writeStartElement(kW, QStringLiteral("t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(lines.at(i));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void image(const QTextImageFormat &format)
    {
        const QVariant resource = m_doc.resource(QTextDocument::ImageResource, QUrl(format.name()));
        const QImage img = resource.value<QImage>();
        if (img.isNull())
            return;
        Picture picture;
        const int n = int(pictures.size()) + 1;
        picture.relationId = QStringLiteral("rIdImage%1").arg(n);
        picture.part = QStringLiteral("media/image%1.png").arg(n);
        QBuffer buffer(&picture.png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        const double width = format.width() > 0 ? format.width() : img.width();
        const double height = format.height() > 0 ? format.height()
                                                  : width * img.height() / qMax(1, img.width());
        drawing(picture, qint64(width * 1.2 * kEmuPerPixel), qint64(height * 1.2 * kEmuPerPixel),
            n, format.name());
        pictures << picture;
    }

    void drawing(const Picture &p, qint64 cx, qint64 cy, int id, const QString &name)
    {
        QXmlStreamWriter &x = m_xml;
        x.writeStartElement(kW, QStringLiteral("r"));
        x.writeStartElement(kW, QStringLiteral("drawing"));
        x.writeStartElement(kWp, QStringLiteral("inline"));
        x.writeEmptyElement(kWp, QStringLiteral("extent"));
        x.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        x.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        x.writeEmptyElement(kWp, QStringLiteral("docPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(id));
        x.writeAttribute(QStringLiteral("name"), name);
        x.writeStartElement(kA, QStringLiteral("graphic"));
        x.writeStartElement(kA, QStringLiteral("graphicData"));
        x.writeAttribute(QStringLiteral("uri"), kPic);
        x.writeStartElement(kPic, QStringLiteral("pic"));
        x.writeStartElement(kPic, QStringLiteral("nvPicPr"));
        x.writeEmptyElement(kPic, QStringLiteral("cNvPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(id));
        x.writeAttribute(QStringLiteral("name"), name);
        x.writeEmptyElement(kPic, QStringLiteral("cNvPicPr"));
        x.writeEndElement();
        x.writeStartElement(kPic, QStringLiteral("blipFill"));
        x.writeEmptyElement(kA, QStringLiteral("blip"));
        x.writeAttribute(kR, QStringLiteral("embed"), p.relationId);
        x.writeStartElement(kA, QStringLiteral("stretch"));
        x.writeEmptyElement(kA, QStringLiteral("fillRect"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(kPic, QStringLiteral("spPr"));
        x.writeStartElement(kA, QStringLiteral("xfrm"));
        x.writeEmptyElement(kA, QStringLiteral("off"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeEmptyElement(kA, QStringLiteral("ext"));
        x.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        x.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        x.writeEndElement();
        x.writeStartElement(kA, QStringLiteral("prstGeom"));
        x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        x.writeEndElement();
        x.writeEndElement(); // spPr
        x.writeEndElement(); // pic
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // inline
        x.writeEndElement(); // drawing
        x.writeEndElement(); // r
    }

    void writeTable(QTextTable *table)
    {
        m_xml.writeStartElement(kW, QStringLiteral("tbl"));
        m_xml.writeStartElement(kW, QStringLiteral("tblPr"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblStyle"));
        m_xml.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("TableGrid"));
        m_xml.writeEmptyElement(kW, QStringLiteral("tblW"));
        m_xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("5000"));
        m_xml.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("pct"));
        m_xml.writeEndElement();
        // Word wants the column grid; equal columns across the text width (A4 less margins).
        m_xml.writeStartElement(kW, QStringLiteral("tblGrid"));
        for (int c = 0; c < table->columns(); ++c) {
            m_xml.writeEmptyElement(kW, QStringLiteral("gridCol"));
            m_xml.writeAttribute(kW, QStringLiteral("w"), QString::number(10206 / qMax(1, table->columns())));
        }
        m_xml.writeEndElement();
        const int headerRows = table->format().headerRowCount();
        for (int r = 0; r < table->rows(); ++r) {
            m_xml.writeStartElement(kW, QStringLiteral("tr"));
            if (r < qMax(1, headerRows)) {
                m_xml.writeStartElement(kW, QStringLiteral("trPr"));
                m_xml.writeEmptyElement(kW, QStringLiteral("tblHeader"));
                m_xml.writeEndElement();
            }
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                m_xml.writeStartElement(kW, QStringLiteral("tc"));
                bool any = false;
                if (cell.row() == r && cell.column() == c) {
                    for (auto it = cell.begin(); !it.atEnd(); ++it) {
                        if (it.currentBlock().isValid()) {
                            paragraph(it.currentBlock(), r == 0);
                            any = true;
                        }
                    }
                }
                if (!any) // every cell needs a paragraph
                    m_xml.writeEmptyElement(kW, QStringLiteral("p"));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const QTextDocument &m_doc;
    QXmlStreamWriter &m_xml;
};

QByteArray stylesXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("styles"));
    const auto style = [&](const QString &id, const QString &type, int halfPoints, bool bold) {
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), type);
        x.writeAttribute(kW, QStringLiteral("styleId"), id);
        x.writeEmptyElement(kW, QStringLiteral("name"));
        x.writeAttribute(kW, QStringLiteral("val"),
            id.startsWith(QLatin1String("Heading")) ? QStringLiteral("heading ") + id.right(1) : id);
        if (type == QLatin1String("table")) {
            x.writeStartElement(kW, QStringLiteral("tblPr"));
            x.writeStartElement(kW, QStringLiteral("tblBorders"));
            for (const char *side : { "top", "left", "bottom", "right", "insideH", "insideV" }) {
                x.writeEmptyElement(kW, QString::fromLatin1(side));
                x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
                x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
                x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("B0B8C0"));
            }
            x.writeEndElement();
            x.writeEndElement();
        } else {
            x.writeStartElement(kW, QStringLiteral("rPr"));
            if (bold)
                x.writeEmptyElement(kW, QStringLiteral("b"));
            x.writeEmptyElement(kW, QStringLiteral("sz"));
            x.writeAttribute(kW, QStringLiteral("val"), QString::number(halfPoints));
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    style(QStringLiteral("Normal"), QStringLiteral("paragraph"), 20, false);
    style(QStringLiteral("Heading1"), QStringLiteral("paragraph"), 40, true);
    style(QStringLiteral("Heading2"), QStringLiteral("paragraph"), 28, true);
    style(QStringLiteral("Heading3"), QStringLiteral("paragraph"), 22, true);
    style(QStringLiteral("TableGrid"), QStringLiteral("table"), 0, false);
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

// word/document.xml: the body, then the section (A4, 15 mm margins).
QByteArray documentXml(const QTextDocument &document, QList<Picture> *pictures)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    const std::pair<QString, QString> namespaces[] = { { kW, QStringLiteral("w") },
        { kR, QStringLiteral("r") }, { kWp, QStringLiteral("wp") }, { kA, QStringLiteral("a") },
        { kPic, QStringLiteral("pic") } };
    for (const auto &[uri, prefix] : namespaces)
        xml.writeNamespace(uri, prefix);
    xml.writeStartElement(kW, QStringLiteral("document"));
    xml.writeStartElement(kW, QStringLiteral("body"));
    BodyWriter writer(document, xml);
    writer.frame(document.rootFrame());
    xml.writeStartElement(kW, QStringLiteral("sectPr"));
    xml.writeEmptyElement(kW, QStringLiteral("pgSz"));
    xml.writeAttribute(kW, QStringLiteral("w"), QStringLiteral("11906"));
    xml.writeAttribute(kW, QStringLiteral("h"), QStringLiteral("16838"));
    xml.writeEmptyElement(kW, QStringLiteral("pgMar"));
    for (const char *side : { "top", "right", "bottom", "left", "header", "footer" })
        xml.writeAttribute(kW, QString::fromLatin1(side), QStringLiteral("850"));
    xml.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    *pictures = writer.pictures;
    return body;
}

} // namespace

Result<QByteArray> DocxWriter::write(const QTextDocument &document)
{
    QList<Picture> pictures;
    const QByteArray body = documentXml(document, &pictures);
    const QByteArray types = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                       R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                       R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                       R"(<Default Extension="xml" ContentType="application/xml"/>)"
                       R"(<Default Extension="png" ContentType="image/png"/>)"
                       R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
                       R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
                       R"(</Types>)";
    QList<PackageRelationship> bodyRelationships { { QStringLiteral("rIdStyles"),
        QStringLiteral("styles"), QStringLiteral("styles.xml") } };
    for (const Picture &p : std::as_const(pictures))
        bodyRelationships.append({ p.relationId, QStringLiteral("image"), p.part });

    ZipPackage zip;
    zip.add(QStringLiteral("[Content_Types].xml"), types);
    zip.add(QStringLiteral("_rels/.rels"),
        relationshipsXml({ { QStringLiteral("rId1"), QStringLiteral("officeDocument"),
            QStringLiteral("word/document.xml") } }));
    zip.add(QStringLiteral("word/document.xml"), body);
    zip.add(QStringLiteral("word/styles.xml"), stylesXml());
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), relationshipsXml(bodyRelationships));
    for (const Picture &p : std::as_const(pictures))
        zip.add(QStringLiteral("word/") + p.part, p.png);
    Result<QByteArray> archive = zip.finish();
    if (!archive)
        return Failure { tr("The Word document could not be assembled (%1).").arg(archive.error()) };
    return archive;
}

} // namespace policylens
