#include "import/statisticsreader.h"

#include "import/boundedzip.h"
#include "import/textdecoder.h"
#include "extract/statisticperiod.h"
#include "import/valuenormalizer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace policylens {

namespace {

enum Column { Region, Indicator, Year, Value, Unit, Source, Period, Quote, Note, ColumnCount };

int columnFor(const QString &header)
{
    const QString h = header.trimmed().toLower().remove(QChar(0xFEFF));
    static const QList<QStringList> names {
        { QStringLiteral("region"), QStringLiteral("地区"), QStringLiteral("城市"),
            QStringLiteral("省份"), QStringLiteral("地方"), QStringLiteral("区域"),
            QStringLiteral("city"), QStringLiteral("province") },
        { QStringLiteral("indicator"), QStringLiteral("指标"), QStringLiteral("指标名称"),
            QStringLiteral("indicator_key"), QStringLiteral("项目") },
        { QStringLiteral("year"), QStringLiteral("年份"), QStringLiteral("年度"),
            QStringLiteral("年") },
        { QStringLiteral("value"), QStringLiteral("数值"), QStringLiteral("值"),
            QStringLiteral("数据"), QStringLiteral("数量") },
        { QStringLiteral("unit"), QStringLiteral("单位"), QStringLiteral("計量單位"),
            QStringLiteral("计量单位") },
        { QStringLiteral("source"), QStringLiteral("来源"), QStringLiteral("数据来源"),
            QStringLiteral("source_url"), QStringLiteral("出处"), QStringLiteral("url") },
        { QStringLiteral("period"), QStringLiteral("期间"), QStringLiteral("统计期"),
            QStringLiteral("时期"), QStringLiteral("時期") },
        { QStringLiteral("quote"), QStringLiteral("原文"), QStringLiteral("引文"),
            QStringLiteral("摘录"), QStringLiteral("excerpt"), QStringLiteral("sentence") },
        { QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("备注"),
            QStringLiteral("備註"), QStringLiteral("remark") }
    };
    for (int c = 0; c < ColumnCount; ++c) {
        if (names.at(c).contains(h))
            return c;
    }
    return -1;
}

// A text cell that a spreadsheet would run as a formula when the data is exported again.
bool looksLikeFormula(const QString &cell)
{
    const QString t = cell.trimmed();
    return !t.isEmpty()
        && (t.startsWith(QLatin1Char('=')) || t.startsWith(QLatin1Char('+'))
            || t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('@')));
}

// RFC 4180 CSV. A quoted field left open (or closed by a stray quote) is an error for the line
// it opened on; reading resumes on the next line, so one stray quote costs one row, not the file.
QList<StatisticsReader::Record> parseCsv(const QString &text, QList<RowError> *errors)
{
    QList<StatisticsReader::Record> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        const qsizetype recordStart = i;
        const int recordLine = line;
        QStringList cells;
        QString cell;
        bool quoted = false;
        bool unterminated = false;
        while (true) {
            if (i >= n) {
                if (quoted)
                    unterminated = true;
                break;
            }
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    ++i;
                    // After a closing quote only a separator may follow; anything else means
                    // the quote was stray and the record is broken.
                    if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                        unterminated = true;
                        break;
                    }
                    continue;
                }
                if (c == u'\n')
                    ++line;
                cell += c;
                ++i;
                continue;
            }
            if (c == u'"' && cell.trimmed().isEmpty()) {
                quoted = true;
                cell.clear();
                ++i;
                continue;
            }
            if (c == u',') {
                cells << cell;
                cell.clear();
                ++i;
                continue;
            }
            if (c == u'\r') {
                ++i;
                continue;
            }
            if (c == u'\n') {
                ++i;
                ++line;
                break;
            }
            cell += c;
            ++i;
        }
        if (unterminated) {
            // Resume after the line the broken record started on.
            const qsizetype nl = text.indexOf(QLatin1Char('\n'), recordStart);
            const QString raw = text.mid(recordStart, nl < 0 ? n - recordStart : nl - recordStart);
            errors->append({ recordLine,
                looksLikeFormula(raw)
                    ? StatisticsReader::tr("the first cell starts with = + - or @ (a "
                                           "spreadsheet formula) and is not imported")
                    : StatisticsReader::tr("a quoted field is not closed properly") });
            i = nl < 0 ? n : nl + 1;
            line = recordLine + 1;
            continue;
        }
        cells << cell;
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // blank line
        records.append({ recordLine, cells });
    }
    return records;
}

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

} // namespace

StatisticsReader::StatisticsReader(ImportLimits limits)
    : m_limits(limits)
{ }

StatisticsReader::Result StatisticsReader::read(const QString &path) const
{
    Result result;
    const QFileInfo info(path);
    if (!info.isFile()) {
        result.error = tr("the file does not exist");
        return result;
    }
    if (info.size() > m_limits.maxFileBytes) {
        result.error = tr("it is larger than the limit of %L1 MB")
                           .arg(m_limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return readXlsx(path);
    if (suffix == QLatin1String("xls")) {
        result.error
            = tr("old binary Excel (.xls) files are not supported; save it as .xlsx or .csv");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("it cannot be read (%1)").arg(file.errorString());
        return result;
    }
    return readCsv(file.readAll());
}

StatisticsReader::Result StatisticsReader::readCsv(const QByteArray &data) const
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    if (!decoded.ok) {
        Result result;
        result.error = decoded.error;
        return result;
    }
    QList<RowError> errors;
    const QList<Record> records = parseCsv(decoded.text, &errors);
    return fromRecords(records, errors);
}

StatisticsReader::Result StatisticsReader::fromRecords(
    const QList<Record> &records, QList<RowError> parseErrors) const
{
    Result result;
    result.rowErrors = std::move(parseErrors);
    if (records.isEmpty()) {
        result.error = tr("it contains no table (empty file)");
        return result;
    }
    int map[ColumnCount];
    std::fill(std::begin(map), std::end(map), -1);
    const Record &header = records.first();
    for (int c = 0; c < header.cells.size(); ++c) {
        const int column = columnFor(header.cells.at(c));
        if (column >= 0 && map[column] < 0)
            map[column] = c;
    }
    QStringList missing;
    const char *required[] = { "region", "indicator", "year", "value" };
    for (int c = Region; c <= Value; ++c) {
        if (map[c] < 0)
            missing << QLatin1String(required[c]);
    }
    if (!missing.isEmpty()) {
        result.error = tr("its header (line %1) has no column for %2")
                           .arg(header.line)
                           .arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    static const QRegularExpression yearPattern(QStringLiteral("^\\D*((?:19|20)\\d{2})(?:\\D|$)"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (result.rows.size() + result.rowErrors.size() > m_limits.maxStatisticsRows) {
            result.error = tr("it has more than %L1 rows").arg(m_limits.maxStatisticsRows);
            return result;
        }
        const Record &record = records.at(r);
        auto cell = [&](int column) {
            return map[column] >= 0 ? record.cells.value(map[column]).trimmed() : QString();
        };
        auto fail = [&](const QString &reason) {
            result.rowErrors.append({ record.line, reason });
        };
        const int needed = *std::max_element(map, map + Value + 1) + 1;
        if (record.cells.size() < needed) {
            fail(tr("it has %1 fields, the header needs %2").arg(record.cells.size()).arg(needed));
            continue;
        }
        QString formulaColumn;
        for (int c : { Region, Indicator, Unit, Source, Period, Note }) {
            if (looksLikeFormula(cell(c)))
                formulaColumn = header.cells.value(map[c]).trimmed();
        }
        if (!formulaColumn.isEmpty()) {
            fail(
                tr("the %1 cell starts with = + - or @ (a spreadsheet formula) and is not imported")
                    .arg(formulaColumn));
            continue;
        }
        StatisticsRow row;
        row.line = record.line;
        row.region = cell(Region);
        row.indicator = cell(Indicator);
        row.source = cell(Source);
        if (row.region.isEmpty() || row.indicator.isEmpty()) {
            fail(row.region.isEmpty() ? tr("the region is empty") : tr("the indicator is empty"));
            continue;
        }
        QString remark;
        const std::optional<StatisticPeriod> period = StatisticPeriod::parse(
            cell(Period).isEmpty() ? cell(Year) : cell(Year) + QLatin1Char(' ') + cell(Period),
            &remark);
        if (!period || !yearPattern.match(cell(Year)).hasMatch()) {
            fail(tr("the year \"%1\" is not a year").arg(cell(Year)));
            continue;
        }
        row.year = period->year();
        row.period = period->key();
        row.quote = cell(Quote);
        row.note = QStringList({ remark, cell(Note) }).filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QStringLiteral("; "));
        const ValueNormalizer::Result value = ValueNormalizer::normalize(cell(Value), cell(Unit));
        if (!value.ok) {
            fail(value.error);
            continue;
        }
        // The store keeps targets' comparators: '=' for a plain figure, '~' for 近/约 without one.
        row.comparator = !value.comparator.isEmpty() ? value.comparator
            : value.approximate                       ? QStringLiteral("~")
                                                      : QStringLiteral("=");
        row.approximate = value.approximate;
        row.value = value.value;
        row.unit = value.unit;
        result.rows.append(row);
    }
    std::sort(result.rowErrors.begin(), result.rowErrors.end(),
        [](const RowError &a, const RowError &b) { return a.line < b.line; });
    result.ok = true;
    return result;
}

StatisticsReader::Result StatisticsReader::readXlsx(const QString &path) const
{
    Result result;
    const QString damaged = tr("the spreadsheet is damaged");
    BoundedZip zip(path, m_limits.maxDecompressedBytes);
    if (!zip.open()) {
        result.error = tr("the spreadsheet is damaged (not a ZIP package)");
        return result;
    }
    auto tooLarge = [&]() {
        result.error = tr("it expands beyond the limit of %L1 MB when decompressed")
                           .arg(m_limits.maxDecompressedBytes / (1024 * 1024));
        return result;
    };
    // Shared strings: the text of cells with t="s", by index.
    QStringList shared;
    QByteArray xmlBytes;
    BoundedZip::Status status = zip.readAll(QStringLiteral("xl/sharedStrings.xml"), &xmlBytes);
    if (status == BoundedZip::Status::TooLarge)
        return tooLarge();
    if (status == BoundedZip::Status::Damaged) {
        result.error = damaged;
        return result;
    }
    if (status == BoundedZip::Status::Ok) {
        QXmlStreamReader xml(xmlBytes);
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                result.error = tr("the spreadsheet declares a DTD, which XLSX files never contain");
                return result;
            }
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
        if (xml.hasError()) {
            result.error = damaged + QStringLiteral(" (") + xml.errorString() + QLatin1Char(')');
            return result;
        }
    }
    status = zip.readAll(firstSheetPath(zip), &xmlBytes);
    if (status == BoundedZip::Status::TooLarge)
        return tooLarge();
    if (status != BoundedZip::Status::Ok) {
        result.error = tr("the spreadsheet is damaged (no first worksheet)");
        return result;
    }
    QList<Record> records;
    QXmlStreamReader xml(xmlBytes);
    Record row;
    int column = 0;
    QString type;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            result.error = tr("the spreadsheet declares a DTD, which XLSX files never contain");
            return result;
        }
        if (xml.isStartElement()) {
            if (xml.name() == u"row") {
                row = Record();
                row.line = xml.attributes().value(QStringLiteral("r")).toInt();
                if (row.line <= 0)
                    row.line = int(records.size()) + 1;
                column = 0;
            } else if (xml.name() == u"c") {
                const QString ref = xml.attributes().value(QStringLiteral("r")).toString();
                column = ref.isEmpty() ? int(row.cells.size()) : columnIndex(ref);
                type = xml.attributes().value(QStringLiteral("t")).toString();
            } else if (xml.name() == u"v"
                || (xml.name() == u"t" && type == QLatin1String("inlineStr"))) {
                QString value = xml.readElementText();
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        result.error = damaged;
                        return result;
                    }
                    value = shared.at(index);
                }
                if (column >= 0 && column < 1000) {
                    while (row.cells.size() <= column)
                        row.cells << QString();
                    row.cells[column] = value;
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"row") {
            bool blank = true;
            for (const QString &c : std::as_const(row.cells))
                blank = blank && c.trimmed().isEmpty();
            if (!blank)
                records << row;
        }
    }
    if (xml.hasError()) {
        result.error = damaged + QStringLiteral(" (") + xml.errorString() + QLatin1Char(')');
        return result;
    }
    return fromRecords(records, {});
}

} // namespace policylens
