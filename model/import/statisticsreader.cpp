#include "import/statisticsreader.h"

#include "import/textdecoder.h"
#include "core/result.h"
#include "extract/statisticperiod.h"
#include "import/valuenormalizer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace policylens {

namespace {

enum Column { Region, Indicator, Year, Value, Unit, Source, Period, Quote, Note, ColumnCount };
// For each Column, the index of its cell in a record (-1: the table has no such column).
using ColumnMap = std::array<int, ColumnCount>;

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

// Reads one CSV record at i into cells, moving i and line past it. False when a quoted field
// is left open or closed by a stray quote.
bool readCsvRecord(const QString &text, qsizetype &i, int &line, QStringList &cells)
{
    const qsizetype n = text.size();
    QString cell;
    bool quoted = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (quoted && c != u'"') {
            if (c == u'\n')
                ++line;
            cell += c;
            ++i;
        } else if (quoted && i + 1 < n && text.at(i + 1) == u'"') {
            cell += u'"';
            i += 2;
        } else if (quoted) {
            quoted = false;
            ++i;
            // After a closing quote only a separator may follow; anything else means the quote
            // was stray and the record is broken.
            if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r')
                return false;
        } else {
            ++i;
            if (c == u'"' && cell.trimmed().isEmpty()) {
                quoted = true;
                cell.clear();
            } else if (c == u',') {
                cells << cell;
                cell.clear();
            } else if (c == u'\n') {
                ++line;
                break;
            } else if (c != u'\r') {
                cell += c;
            }
        }
    }
    if (quoted)
        return false;
    cells << cell;
    return true;
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
        if (!readCsvRecord(text, i, line, cells)) {
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
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // blank line
        records.append({ recordLine, cells });
    }
    return records;
}

// Which cell holds which column, by the header's names; fails naming the columns missing.
Result<ColumnMap> mapColumns(const StatisticsReader::Record &header)
{
    ColumnMap map;
    map.fill(-1);
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
        return Failure { StatisticsReader::tr("its header (line %1) has no column for %2")
                .arg(header.line)
                .arg(missing.join(QStringLiteral(", "))) };
    }
    return map;
}

// One data record as a row, or why it is not one.
Result<StatisticsRow> rowFrom(const StatisticsReader::Record &record,
    const StatisticsReader::Record &header, const ColumnMap &map)
{
    static const QRegularExpression yearPattern(QStringLiteral("^\\D*((?:19|20)\\d{2})(?:\\D|$)"));
    const auto cell = [&](int column) {
        return map[column] >= 0 ? record.cells.value(map[column]).trimmed() : QString();
    };
    const int needed = *std::max_element(map.begin(), map.begin() + Value + 1) + 1;
    if (record.cells.size() < needed)
        return Failure { StatisticsReader::tr("it has %1 fields, the header needs %2").arg(record.cells.size()).arg(needed) };
    QString formulaColumn;
    for (int c : { Region, Indicator, Unit, Source, Period, Note }) {
        if (looksLikeFormula(cell(c)))
            formulaColumn = header.cells.value(map[c]).trimmed();
    }
    if (!formulaColumn.isEmpty()) {
        return Failure {
            StatisticsReader::tr("the %1 cell starts with = + - or @ (a spreadsheet formula) and is not imported")
                .arg(formulaColumn) };
    }
    StatisticsRow row;
    row.line = record.line;
    row.region = cell(Region);
    row.indicator = cell(Indicator);
    row.source = cell(Source);
    if (row.region.isEmpty() || row.indicator.isEmpty())
        return Failure { row.region.isEmpty() ? StatisticsReader::tr("the region is empty") : StatisticsReader::tr("the indicator is empty") };
    QString remark;
    const std::optional<StatisticPeriod> period = StatisticPeriod::parse(
        cell(Period).isEmpty() ? cell(Year) : cell(Year) + QLatin1Char(' ') + cell(Period), &remark);
    if (!period || !yearPattern.match(cell(Year)).hasMatch())
        return Failure { StatisticsReader::tr("the year \"%1\" is not a year").arg(cell(Year)) };
    row.year = period->year();
    row.period = period->key();
    row.quote = cell(Quote);
    row.note = QStringList({ remark, cell(Note) }).filter(QRegularExpression(QStringLiteral("\\S")))
                   .join(QStringLiteral("; "));
    const Result<ValueNormalizer::CellValue> value
        = ValueNormalizer::normalize(cell(Value), cell(Unit));
    if (!value)
        return Failure { value.error() };
    // The store keeps targets' comparators: '=' for a plain figure, '~' for 近/约 without one.
    row.comparator = !value->comparator.isEmpty() ? value->comparator
        : value->approximate                       ? QStringLiteral("~")
                                                  : QStringLiteral("=");
    row.approximate = value->approximate;
    row.value = value->value;
    row.unit = value->unit;
    return row;
}

} // namespace

StatisticsReader::StatisticsReader(ImportLimits limits)
    : m_limits(limits)
{ }

Result<StatisticsTable> StatisticsReader::read(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Failure { tr("the file does not exist") };
    if (info.size() > m_limits.maxFileBytes)
        return Failure {
            tr("it is larger than the limit of %L1 MB").arg(m_limits.maxFileBytes / (1024 * 1024))
        };
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return readXlsx(path);
    if (suffix == QLatin1String("xls"))
        return Failure {
            tr("old binary Excel (.xls) files are not supported; save it as .xlsx or .csv")
        };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { tr("it cannot be read (%1)").arg(file.errorString()) };
    return readCsv(file.readAll());
}

Result<StatisticsTable> StatisticsReader::readCsv(const QByteArray &data) const
{
    const Result<TextDecoder::DecodedText> decoded = TextDecoder::decode(data);
    if (!decoded.has_value())
        return Failure { decoded.error() };
    QList<RowError> errors;
    const QList<Record> records = parseCsv(decoded->text, &errors);
    return fromRecords(records, errors);
}

Result<StatisticsTable> StatisticsReader::fromRecords(
    const QList<Record> &records, QList<RowError> parseErrors) const
{
    StatisticsTable result;
    result.rowErrors = std::move(parseErrors);
    if (records.isEmpty())
        return Failure { tr("it contains no table (empty file)") };
    const Record &header = records.first();
    const Result<ColumnMap> map = mapColumns(header);
    if (!map)
        return Failure { map.error() };
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (result.rows.size() + result.rowErrors.size() > m_limits.maxStatisticsRows)
            return Failure { tr("it has more than %L1 rows").arg(m_limits.maxStatisticsRows) };
        const Result<StatisticsRow> row = rowFrom(records.at(r), header, *map);
        if (row)
            result.rows.append(*row);
        else
            result.rowErrors.append({ records.at(r).line, row.error() });
    }
    std::sort(result.rowErrors.begin(), result.rowErrors.end(),
        [](const RowError &a, const RowError &b) { return a.line < b.line; });
    return result;
}

} // namespace policylens
