#include "report/tableexporter.h"

#include "report/atomicfile.h"
#include "report/zippackage.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QXmlStreamWriter>

namespace policylens {

namespace {

struct Cell
{
    QVariant value;
    bool numeric = false;
};

// The table as the export sees it: headers first, then rows.
QList<QList<Cell>> collect(const QAbstractItemModel &model, bool rowHeaders)
{
    QList<QList<Cell>> rows;
    QList<Cell> header;
    if (rowHeaders)
        header << Cell { QString(), false };
    for (int c = 0; c < model.columnCount(); ++c)
        header << Cell { model.headerData(c, Qt::Horizontal).toString(), false };
    rows << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QList<Cell> row;
        if (rowHeaders)
            row << Cell { model.headerData(r, Qt::Vertical).toString(), false };
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant v = model.data(model.index(r, c));
            const int type = v.metaType().id();
            const bool numeric = type == QMetaType::Double || type == QMetaType::Int
                || type == QMetaType::LongLong || type == QMetaType::Float
                || type == QMetaType::UInt || type == QMetaType::ULongLong;
            row << Cell { v, numeric };
        }
        rows << row;
    }
    return rows;
}

QString numberText(const QVariant &v)
{
    // Shortest round-trip form, locale-free: spreadsheets read "3000" and "0.25" everywhere.
    return QString::number(v.toDouble(), 'g', 15);
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Opens a SpreadsheetML part: the XML declaration and the root element in the main namespace.
void startSpreadsheetPart(QXmlStreamWriter &xml, const QString &root)
{
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
}

QByteArray sheetXml(const QList<QList<Cell>> &rows)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    startSpreadsheetPart(xml, QStringLiteral("worksheet"));
    xml.writeStartElement(QStringLiteral("sheetData"));
    for (int r = 0; r < rows.size(); ++r) {
        xml.writeStartElement(QStringLiteral("row"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const Cell &cell = rows.at(r).at(c);
            if (!cell.value.isValid() || (!cell.numeric && cell.value.toString().isEmpty()))
                continue;
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), columnName(c) + QString::number(r + 1));
            if (cell.numeric) {
                xml.writeTextElement(QStringLiteral("v"), numberText(cell.value));
            } else {
                // Inline strings are always text in SpreadsheetML, never formulas: no
                // apostrophe needed, and the researcher sees the cell exactly as stored.
                xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                xml.writeStartElement(QStringLiteral("is"));
                xml.writeStartElement(QStringLiteral("t"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(cell.value.toString());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

// xl/workbook.xml: one sheet of that name. Excel limits sheet names to 31 characters
// and forbids []:*?/\ in them.
QByteArray workbookXml(const QString &sheetName)
{
    QString sheet = sheetName;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &ch : sheet) {
        if (forbidden.contains(ch))
            ch = u' ';
    }
    sheet = sheet.left(31);
    const QString relationships
        = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QByteArray workbook;
    QXmlStreamWriter xml(&workbook);
    startSpreadsheetPart(xml, QStringLiteral("workbook"));
    xml.writeNamespace(relationships, QStringLiteral("r"));
    xml.writeStartElement(QStringLiteral("sheets"));
    xml.writeStartElement(QStringLiteral("sheet"));
    xml.writeAttribute(QStringLiteral("name"), sheet);
    xml.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    xml.writeAttribute(relationships, QStringLiteral("id"), QStringLiteral("rId1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return workbook;
}

} // namespace

QString TableExporter::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray TableExporter::toCsv(const QAbstractItemModel &model, bool rowHeaders)
{
    QString text;
    for (const QList<Cell> &row : collect(model, rowHeaders)) {
        QStringList fields;
        for (const Cell &cell : row) {
            if (!cell.value.isValid()) {
                fields << QString();
                continue;
            }
            if (cell.numeric) {
                fields << numberText(cell.value);
                continue;
            }
            QString field = neutralize(cell.value.toString());
            if (field.contains(QLatin1Char('"')) || field.contains(QLatin1Char(','))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                || field.startsWith(QLatin1Char('\''))) {
                field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                field = QLatin1Char('"') + field + QLatin1Char('"');
            }
            fields << field;
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<QByteArray> TableExporter::toXlsx(
    const QAbstractItemModel &model, bool rowHeaders, const QString &sheetName)
{
    const QByteArray contentTypes
        = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
          R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
          R"(</Types>)";
    ZipPackage zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes);
    zip.add(QStringLiteral("_rels/.rels"),
        relationshipsXml({ { QStringLiteral("rId1"), QStringLiteral("officeDocument"),
            QStringLiteral("xl/workbook.xml") } }));
    zip.add(QStringLiteral("xl/workbook.xml"), workbookXml(sheetName.isEmpty() ? tr("Data") : sheetName));
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
        relationshipsXml({ { QStringLiteral("rId1"), QStringLiteral("worksheet"),
            QStringLiteral("worksheets/sheet1.xml") } }));
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(collect(model, rowHeaders)));
    Result<QByteArray> archive = zip.finish();
    if (!archive)
        return Failure { tr("Cannot create the workbook (%1).").arg(archive.error()) };
    return archive;
}

Result<void> TableExporter::write(
    const QAbstractItemModel &model, const QString &path, bool rowHeaders)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("csv")) {
        data = toCsv(model, rowHeaders);
    } else if (suffix == QLatin1String("xlsx")) {
        Result<QByteArray> workbook = toXlsx(model, rowHeaders, QFileInfo(path).completeBaseName());
        if (!workbook)
            return Failure { tr("Cannot write %1: %2").arg(path, workbook.error()) };
        data = std::move(*workbook);
    } else {
        return Failure { tr("Cannot write %1: unknown table format \"%2\" (use .csv or .xlsx).")
                             .arg(path, suffix) };
    }
    return AtomicFile::write(path, data);
}

} // namespace policylens
