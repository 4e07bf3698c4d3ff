#include "extract/tableextractor.h"

#include "extract/indicatortaxonomy.h"
#include "extract/numeralparser.h"
#include "extract/quantityfinder.h"
#include "text/matchingnormalizer.h"

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

} // namespace

void TableExtractor::extract(const QString &original, qsizetype pieceStart, qsizetype pieceEnd,
    int documentYear, const IndicatorTaxonomy &taxonomy, QList<ExtractedTarget> &out)
{
    const QStringView text = QStringView(original).mid(pieceStart, pieceEnd - pieceStart);
    QList<int> years; // one per header cell; 0 for the name column
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        const qsizetype base = lineStart;
        lineStart = lineEnd + 1;
        // Markdown separator rows (|---|---|) belong to the table.
        if (line.trimmed().startsWith(u"|-") || line.trimmed().startsWith(u"| -")
            || line.trimmed().startsWith(u"|:"))
            continue;
        if (line.trimmed().isEmpty() || hasSentencePunctuation(line) || line.size() > 200) {
            years.clear();
            continue;
        }
        // Headers and rows both hold figures; most lines of a document have none.
        bool anyDigit = false;
        for (const QChar c : line) {
            if ((c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)) {
                anyDigit = true;
                break;
            }
        }
        if (!anyDigit)
            continue;
        const QList<Cell> cells = cellsOf(line);
        if (cells.size() < 2)
            continue;
        // A header: at least two cells that are years.
        QList<int> headerYears;
        int yearCells = 0;
        for (const Cell &c : cells) {
            const int y
                = yearOfHeader(MatchingNormalizer::normalize(line.mid(c.start, c.end - c.start)).text);
            headerYears.append(y);
            yearCells += y > 0;
        }
        if (yearCells >= 2) {
            years = headerYears;
            continue;
        }
        if (years.isEmpty())
            continue;
        // A row: a name with its unit in brackets, then one figure per year column.
        const QString nameText
            = MatchingNormalizer::normalize(line.mid(cells[0].start, cells[0].end - cells[0].start))
                  .text;
        const QStringView name(nameText);
        const qsizetype open = std::max(name.lastIndexOf(u'('), name.lastIndexOf(u'（'));
        if (open < 0)
            continue;
        const qsizetype close
            = name.indexOf(u')', open) >= 0 ? name.indexOf(u')', open) : name.indexOf(u'）', open);
        if (close < 0)
            continue;
        const QString unitText = name.mid(open + 1, close - open - 1).toString();
        // Reuse the quantity reader for the unit: "1亿元" tells both unit and scale.
        const QList<Quantity> probe = QuantityFinder::find(QString(QLatin1Char('1') + unitText));
        if (probe.isEmpty() || probe.first().unit.isEmpty()
            || probe.first().end != unitText.size() + 1)
            continue;
        const Quantity &unit = probe.first();
        const qsizetype firstValueCell = cells.size() - (years.size() - 1);
        for (qsizetype k = 1; k < cells.size(); ++k) {
            const qsizetype column = k - firstValueCell + 1;
            if (column < 1 || column >= years.size() || years[column] == 0)
                continue;
            const QString cellText
                = MatchingNormalizer::normalize(line.mid(cells[k].start, cells[k].end - cells[k].start))
                      .text;
            const QStringView cell(cellText);
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
                continue;
            const QStringView rest = cell.mid(number->end);
            if (rest.startsWith(u"以上"))
                comparator = QStringLiteral(">=");
            else if (!rest.isEmpty() && !rest.startsWith(u"左右"))
                continue;
            const auto value = number->value.multiplied(unit.value);
            if (!value)
                continue;
            ExtractedTarget t;
            t.year = years[column];
            t.kind = documentYear > 0 && years[column] < documentYear ? QStringLiteral("baseline")
                                                                      : QStringLiteral("target");
            t.value = value->toDouble();
            t.unit = unit.unit;
            t.counter = unit.counter;
            t.comparator = rest.startsWith(u"左右") ? QStringLiteral("~") : comparator;
            t.approximate = t.comparator == u"~";
            t.indicator = taxonomy.match(name.left(open), QStringView(), t.unit);
            t.start = pieceStart + base;
            t.end = pieceStart + base + line.size();
            t.sentence = original.mid(t.start, t.end - t.start);
            t.quoteStart = pieceStart + base + cells[k].start;
            t.quoteEnd = pieceStart + base + cells[k].end;
            t.confidence = 0.6;
            out.append(t);
        }
    }
}

} // namespace policylens
