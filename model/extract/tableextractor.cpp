#include "extract/tableextractor.h"

#include "extract/indicatortaxonomy.h"
#include "extract/numeralparser.h"
#include "extract/quantityfinder.h"
#include "text/matchingnormalizer.h"

#include <optional>

namespace policylens {

namespace {

struct Cell
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Splits a line into cells at '|', tabs or runs of two or more spaces.
QList<Cell> cellsOf(QStringView line)
{
    QList<Cell> cells;
    qsizetype start = 0;
    auto push = [&](qsizetype end) {
        qsizetype s = start;
        qsizetype e = end;
        while (s < e && line[s].isSpace())
            ++s;
        while (e > s && line[e - 1].isSpace())
            --e;
        if (e > s)
            cells.append({ s, e });
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool separator
            = line[i] == u'|' || line[i] == u'\t' || line[i] == u' ' || line[i] == u'\u3000';
        if (!separator)
            continue;
        push(i);
        while (i + 1 < line.size()
            && (line[i + 1] == u' ' || line[i + 1] == u'|' || line[i + 1] == u'\t'
                || line[i + 1] == u'\u3000'))
            ++i;
        start = i + 1;
    }
    push(line.size());
    return cells;
}

// The year a header cell names: 2020年, 2025, 2025年目标.
int yearOfHeader(QStringView cell)
{
    const auto n = NumeralParser::parseAt(cell, 0);
    if (!n || n->arabicIntegerDigits != 4 || !n->value.isInteger())
        return 0;
    const int year = int(n->value.toDouble());
    return year >= 1990 && year <= 2100 ? year : 0;
}

bool hasSentencePunctuation(QStringView line)
{
    for (const QChar c : line) {
        if (c == u'。' || c == u'，' || c == u'；' || c == u'：')
            return true;
    }
    return false;
}

bool hasDigit(QStringView line)
{
    for (const QChar c : line) {
        if ((c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19))
            return true;
    }
    return false;
}

QString normalizedCell(QStringView line, const Cell &c)
{
    return MatchingNormalizer::normalize(line.mid(c.start, c.end - c.start)).text;
}

// A header row names at least two years: one entry per cell, 0 for the others; else empty.
QList<int> headerYearsOf(QStringView line, const QList<Cell> &cells)
{
    QList<int> years;
    int yearCells = 0;
    for (const Cell &c : cells) {
        years.append(yearOfHeader(normalizedCell(line, c)));
        yearCells += years.last() > 0;
    }
    return yearCells >= 2 ? years : QList<int>();
}

// A row's name with its unit in brackets: 核心产业规模（亿元）.
struct RowName
{
    QString name; // normalized
    qsizetype open = 0; // where the bracketed unit begins
    Quantity unit; // the unit read as "1<unit>": both unit and scale (1亿元)
};

std::optional<RowName> rowNameOf(QStringView line, const Cell &first)
{
    RowName row { normalizedCell(line, first), 0, {} };
    const QStringView name(row.name);
    row.open = std::max(name.lastIndexOf(u'('), name.lastIndexOf(u'（'));
    if (row.open < 0)
        return std::nullopt;
    const qsizetype close = name.indexOf(u')', row.open) >= 0 ? name.indexOf(u')', row.open)
                                                               : name.indexOf(u'）', row.open);
    if (close < 0)
        return std::nullopt;
    const QString unitText = name.mid(row.open + 1, close - row.open - 1).toString();
    // Reuse the quantity reader for the unit: "1亿元" tells both unit and scale.
    const QList<Quantity> probe = QuantityFinder::find(QString(QLatin1Char('1') + unitText));
    if (probe.isEmpty() || probe.first().unit.isEmpty() || probe.first().end != unitText.size() + 1)
        return std::nullopt;
    row.unit = probe.first();
    return row;
}

// A value cell: a figure, with >=, ≥ or > before it or 以上/左右 after it.
struct CellValue
{
    Decimal value;
    QString comparator;
};

std::optional<CellValue> cellValueOf(QStringView cell)
{
    qsizetype p = 0;
    QString comparator = QStringLiteral("=");
    if (cell.startsWith(u">=") || cell.startsWith(u"≥")) {
        comparator = QStringLiteral(">=");
        p = cell.startsWith(u"≥") ? 1 : 2;
    } else if (cell.startsWith(u">")) {
        comparator = QStringLiteral(">");
        p = 1;
    }
    const auto number = NumeralParser::parseAt(cell, p);
    if (!number)
        return std::nullopt;
    const QStringView rest = cell.mid(number->end);
    if (rest.startsWith(u"以上"))
        comparator = QStringLiteral(">=");
    else if (rest.startsWith(u"左右"))
        comparator = QStringLiteral("~");
    else if (!rest.isEmpty())
        return std::nullopt;
    return CellValue { number->value, comparator };
}

// The figures of a table row under the header years (one per cell; 0 where a column names none);
// lineStart is where the line begins in original.
void readRow(const QString &original, qsizetype lineStart, QStringView line,
    const QList<Cell> &cells, const QList<int> &years, int documentYear,
    const IndicatorTaxonomy &taxonomy, QList<ExtractedTarget> &out)
{
    // A row: a name with its unit in brackets, then one figure per year column.
    const std::optional<RowName> row = rowNameOf(line, cells[0]);
    if (!row)
        return;
    const qsizetype firstValueCell = cells.size() - (years.size() - 1);
    for (qsizetype k = 1; k < cells.size(); ++k) {
        const qsizetype column = k - firstValueCell + 1;
        if (column < 1 || column >= years.size() || years[column] == 0)
            continue;
        const std::optional<CellValue> cell = cellValueOf(normalizedCell(line, cells[k]));
        const auto value = cell ? cell->value.multiplied(row->unit.value) : std::nullopt;
        if (!value)
            continue;
        ExtractedTarget t;
        t.year = years[column];
        t.kind = documentYear > 0 && years[column] < documentYear ? QStringLiteral("baseline")
                                                                  : QStringLiteral("target");
        t.value = value->toDouble();
        t.unit = row->unit.unit;
        t.counter = row->unit.counter;
        t.comparator = cell->comparator;
        t.approximate = t.comparator == u"~";
        t.indicator = taxonomy.match(QStringView(row->name).left(row->open), QStringView(), t.unit);
        t.start = lineStart;
        t.end = lineStart + line.size();
        t.sentence = original.mid(t.start, t.end - t.start);
        t.quoteStart = lineStart + cells[k].start;
        t.quoteEnd = lineStart + cells[k].end;
        t.confidence = 0.6;
        out.append(t);
    }
}

} // namespace

void TableExtractor::extract(const QString &original, qsizetype pieceStart, qsizetype pieceEnd,
    int documentYear, const IndicatorTaxonomy &taxonomy, QList<ExtractedTarget> &out)
{
    const QStringView text = QStringView(original).mid(pieceStart, pieceEnd - pieceStart);
    QList<int> years; // one per header cell; 0 for the name column
    for (qsizetype lineStart = 0, lineEnd = 0; lineStart < text.size(); lineStart = lineEnd + 1) {
        lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        // Markdown separator rows (|---|---|) belong to the table.
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"|-") || trimmed.startsWith(u"| -") || trimmed.startsWith(u"|:"))
            continue;
        if (trimmed.isEmpty() || hasSentencePunctuation(line) || line.size() > 200) {
            years.clear();
            continue;
        }
        // Headers and rows both hold figures; most lines of a document have none.
        const QList<Cell> cells = hasDigit(line) ? cellsOf(line) : QList<Cell>();
        if (cells.size() < 2)
            continue;
        if (const QList<int> header = headerYearsOf(line, cells); !header.isEmpty()) {
            years = header;
            continue;
        }
        if (!years.isEmpty())
            readRow(original, pieceStart + lineStart, line, cells, years, documentYear, taxonomy, out);
    }
}

} // namespace policylens
