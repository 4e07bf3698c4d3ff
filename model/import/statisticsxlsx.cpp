// The XLSX half of StatisticsReader: the first worksheet of a workbook as records, read from
// the package in memory with its sizes bounded (BoundedZip) and DTDs refused.
#include "import/statisticsreader.h"

#include "core/result.h"
#include "import/boundedzip.h"

#include <QXmlStreamReader>

namespace policylens {

namespace {

int columnIndex(const QString &reference)
{
    int index = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        index = index * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return index - 1;
}

// The first sheet in workbook order, found through the workbook's relationships; sheet1.xml
// when the package does not say (Excel names the first sheet so).
QString firstSheetPath(BoundedZip &zip)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    QByteArray workbook, rels;
    if (zip.readAll(QStringLiteral("xl/workbook.xml"), &workbook) != BoundedZip::Status::Ok
        || zip.readAll(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels)
            != BoundedZip::Status::Ok)
        return fallback;
    QString relationId;
    QXmlStreamReader book(workbook);
    while (!book.atEnd() && relationId.isEmpty()) {
        if (book.readNext() == QXmlStreamReader::DTD)
            return fallback;
        if (book.isStartElement() && book.name() == u"sheet") {
            for (const QXmlStreamAttribute &a : book.attributes()) {
                if (a.name() == u"id")
                    relationId = a.value().toString();
            }
        }
    }
    QXmlStreamReader relations(rels);
    while (!relations.atEnd() && !relationId.isEmpty()) {
        if (relations.readNext() == QXmlStreamReader::DTD)
            return fallback;
        if (relations.isStartElement() && relations.name() == u"Relationship"
            && relations.attributes().value(QStringLiteral("Id")) == relationId) {
            const QString target
                = relations.attributes().value(QStringLiteral("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return fallback;
}

QString dtdRefused()
{
    return StatisticsReader::tr("the spreadsheet declares a DTD, which XLSX files never contain");
}

QString damagedBy(const QXmlStreamReader &xml)
{
    return StatisticsReader::tr("the spreadsheet is damaged") + QStringLiteral(" (")
        + xml.errorString() + QLatin1Char(')');
}

// Shared strings: the text of cells with t="s", by index.
Result<QStringList> readSharedStrings(const QByteArray &xmlBytes)
{
    QStringList shared;
    QXmlStreamReader xml(xmlBytes);
    QString current;
    bool inSi = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::DTD)
            return Failure { dtdRefused() };
        if (xml.isStartElement() && xml.name() == u"si") {
            inSi = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == u"t" && inSi) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"si") {
            shared << current;
            inSi = false;
        }
    }
    if (xml.hasError())
        return Failure { damagedBy(xml) };
    return shared;
}

// Reads the worksheet's rows as records; blank rows are dropped.
class SheetReader
{
public:
    explicit SheetReader(const QStringList &shared) : m_shared(shared) { }

    Result<QList<StatisticsReader::Record>> read(const QByteArray &xmlBytes)
    {
        QXmlStreamReader xml(xmlBytes);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::DTD)
                return Failure { dtdRefused() };
            if (xml.isStartElement()) {
                if (Result<void> read = startElement(xml); !read)
                    return Failure { read.error() };
            } else if (xml.isEndElement() && xml.name() == u"row") {
                endRow();
            }
        }
        if (xml.hasError())
            return Failure { damagedBy(xml) };
        return m_records;
    }

private:
    Result<void> startElement(QXmlStreamReader &xml)
    {
        if (xml.name() == u"row") {
            m_row = StatisticsReader::Record();
            m_row.line = xml.attributes().value(QStringLiteral("r")).toInt();
            if (m_row.line <= 0)
                m_row.line = int(m_records.size()) + 1;
            m_column = 0;
        } else if (xml.name() == u"c") {
            const QString ref = xml.attributes().value(QStringLiteral("r")).toString();
            m_column = ref.isEmpty() ? int(m_row.cells.size()) : columnIndex(ref);
            m_type = xml.attributes().value(QStringLiteral("t")).toString();
        } else if (xml.name() == u"v"
            || (xml.name() == u"t" && m_type == QLatin1String("inlineStr"))) {
            QString value = xml.readElementText();
            if (m_type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= m_shared.size())
                    return Failure { StatisticsReader::tr("the spreadsheet is damaged") };
                value = m_shared.at(index);
            }
            if (m_column >= 0 && m_column < 1000) {
                while (m_row.cells.size() <= m_column)
                    m_row.cells << QString();
                m_row.cells[m_column] = value;
            }
        }
        return {};
    }

    void endRow()
    {
        bool blank = true;
        for (const QString &c : std::as_const(m_row.cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            m_records << m_row;
    }

    const QStringList &m_shared;
    QList<StatisticsReader::Record> m_records;
    StatisticsReader::Record m_row;
    int m_column = 0;
    QString m_type;
};

} // namespace

Result<StatisticsTable> StatisticsReader::readXlsx(const QString &path) const
{
    BoundedZip zip(path, m_limits.maxDecompressedBytes);
    if (!zip.open())
        return Failure { tr("the spreadsheet is damaged (not a ZIP package)") };
    const QString tooLarge = tr("it expands beyond the limit of %L1 MB when decompressed")
                                 .arg(m_limits.maxDecompressedBytes / (1024 * 1024));
    QByteArray xmlBytes;
    BoundedZip::Status status = zip.readAll(QStringLiteral("xl/sharedStrings.xml"), &xmlBytes);
    Result<QStringList> shared = QStringList();
    if (status == BoundedZip::Status::Ok)
        shared = readSharedStrings(xmlBytes);
    else if (status == BoundedZip::Status::TooLarge)
        shared = Failure { tooLarge };
    else if (status == BoundedZip::Status::Damaged)
        shared = Failure { tr("the spreadsheet is damaged") };
    if (!shared)
        return Failure { shared.error() };
    status = zip.readAll(firstSheetPath(zip), &xmlBytes);
    if (status != BoundedZip::Status::Ok)
        return Failure { status == BoundedZip::Status::TooLarge
                ? tooLarge
                : tr("the spreadsheet is damaged (no first worksheet)") };
    const Result<QList<Record>> records = SheetReader(*shared).read(xmlBytes);
    if (!records)
        return Failure { records.error() };
    return fromRecords(*records, {});
}

} // namespace policylens
