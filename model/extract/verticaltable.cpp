#include "extract/verticaltable.h"

#include "extract/indicatortaxonomy.h"
#include "extract/quantityfinder.h"
#include "extract/yearresolver.h"
#include "text/matchingnormalizer.h"

#include <optional>

namespace policylens {

namespace {

struct Line
{
    qsizetype start = 0; // offsets into the original text, trimmed
    qsizetype end = 0;
    QStringView original;
    mutable std::optional<QString> normalized; // normalized on first use: most lines are prose

    const QString &text() const
    {
        if (!normalized)
            normalized = MatchingNormalizer::normalize(original).text;
        return *normalized;
    }
};

enum class Column { Other, Goal, Outcome };

QList<Line> linesOf(const QString &original, qsizetype from, qsizetype to)
{
    QList<Line> lines;
    qsizetype s = from;
    while (s < to) {
        qsizetype e = original.indexOf(QLatin1Char('\n'), s);
        if (e < 0 || e > to)
            e = to;
        qsizetype a = s, b = e;
        while (a < b && original[a].isSpace())
            ++a;
        while (b > a && original[b - 1].isSpace())
            --b;
        if (b > a)
            lines.append({ a, b, QStringView(original).mid(a, b - a), std::nullopt });
        s = e + 1;
    }
    return lines;
}

// Normalization drops only spaces and bracketed pinyin glosses, so a line without brackets
// keeps at least its ASCII and CJK characters: more than ten of them cannot make a header cell.
bool tooLongForHeader(QStringView original)
{
    int kept = 0;
    for (const QChar c : original) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == 0xFF08)
            return false;
        if ((u > u' ' && u < 0x7F) || (u >= 0x4E00 && u <= 0x9FFF))
            ++kept;
    }
    return kept > 10;
}

bool isHeaderCell(const QString &t)
{
    if (t.size() > 10)
        return false;
    for (const QChar c : t) {
        if (c.isDigit() || c == u'。' || c == u'，' || c == u',' || c == u'%')
            return false;
    }
    return true;
}

bool isHeaderLine(const Line &line)
{
    return !tooLongForHeader(line.original) && isHeaderCell(line.text());
}

Column columnOf(const QString &t)
{
    if (t.contains(u"目标") || t.contains(u"计划") || t.contains(u"预期目标"))
        return Column::Goal;
    if (t.contains(u"完成") || t.contains(u"实际") || t.contains(u"实绩") || t.contains(u"执行"))
        return Column::Outcome;
    return Column::Other;
}

bool hasDigit(const QString &t)
{
    for (const QChar c : t) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// The header block starting at lines[i]: its column kinds, or empty. Row names look like header
// cells (短, no digits), so the block is the shortest run naming a goal and an outcome column
// whose first row has figures in those columns.
QList<Column> headerAt(const QList<Line> &lines, qsizetype i)
{
    QList<Column> columns;
    bool goal = false, outcome = false;
    for (qsizetype k = i; k < lines.size() && k - i < 6 && isHeaderLine(lines[k]); ++k) {
        columns.append(columnOf(lines[k].text()));
        goal = goal || columns.last() == Column::Goal;
        outcome = outcome || columns.last() == Column::Outcome;
        const qsizetype width = columns.size();
        if (width < 3 || !goal || !outcome || k + width >= lines.size())
            continue;
        bool figures = true;
        for (qsizetype c = 0; c < width; ++c) {
            if (columns[c] != Column::Other && !hasDigit(lines[k + 1 + c].text()))
                figures = false;
        }
        if (figures)
            return columns;
    }
    return {};
}

int captionYear(const QList<Line> &lines, qsizetype header, int documentYear)
{
    if (header > 0) {
        const QList<YearMention> years = YearResolver::find(lines[header - 1].text(), documentYear);
        if (!years.isEmpty())
            return years.first().year;
    }
    return documentYear;
}

// The first figure with a unit in the cell of row r, column c of the table whose header block
// starts at line `header`; nothing when the cell holds none.
std::optional<ExtractedTarget> cellTarget(const QString &original, const QList<Line> &lines,
    qsizetype header, qsizetype r, qsizetype c, Column column, int year,
    const IndicatorTaxonomy &taxonomy)
{
    const Line &cell = lines[r + c];
    const NormalizedText norm
        = MatchingNormalizer::normalize(QStringView(original).mid(cell.start, cell.end - cell.start));
    for (const Quantity &q : QuantityFinder::find(norm.text)) {
        if (q.isExcluded() || q.unit.isEmpty())
            continue;
        ExtractedTarget t;
        t.kind = column == Column::Goal ? QStringLiteral("target") : QStringLiteral("baseline");
        t.value = q.value.toDouble();
        if (q.valueMax)
            t.valueMax = q.valueMax->toDouble();
        t.unit = q.unit;
        t.counter = q.counter;
        t.comparator = q.valueMax ? QStringLiteral("range")
                                  : (q.comparator.isEmpty() ? QStringLiteral("=") : q.comparator);
        t.approximate = q.approximate;
        if (year > 0)
            t.year = year;
        const IndicatorMatch match = taxonomy.matchWithKeyword(lines[r].text(), cell.text(), t.unit);
        t.indicator = match.key;
        t.reason.indicatorWord = match.keyword;
        t.reason.kindCue = column == Column::Goal ? KindCue::GoalWord : KindCue::PastAspect;
        t.reason.kindWord = lines[header + c].text();
        t.reason.yearCue = YearCue::Table;
        // The cell's own line: a source sentence never spans the table's lines.
        t.start = cell.start;
        t.end = cell.end;
        t.sentence = original.mid(t.start, t.end - t.start);
        t.quoteStart = cell.start + norm.originalStart(q.start);
        t.quoteEnd = cell.start + norm.originalEnd(q.end);
        t.confidence = 0.6;
        return t;
    }
    return std::nullopt;
}

} // namespace

QList<QPair<qsizetype, qsizetype>> VerticalTable::extract(const QString &original,
    qsizetype pieceStart, qsizetype pieceEnd, int documentYear, const IndicatorTaxonomy &taxonomy,
    QList<ExtractedTarget> &out)
{
    QList<QPair<qsizetype, qsizetype>> rows;
    const QList<Line> lines = linesOf(original, pieceStart, pieceEnd);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<Column> columns = headerAt(lines, i);
        if (columns.isEmpty())
            continue;
        const int year = captionYear(lines, i, documentYear);
        const qsizetype k = columns.size();
        qsizetype r = i + k;
        for (; r + k <= lines.size(); r += k) {
            const qsizetype before = out.size();
            for (qsizetype c = 1; c < k; ++c) {
                if (columns[c] == Column::Other)
                    continue;
                if (auto t = cellTarget(original, lines, i, r, c, columns[c], year, taxonomy))
                    out.append(*t);
            }
            if (out.size() == before)
                break; // not a row of figures: the table has ended
            rows.append({ lines[r].start, lines[r + k - 1].end });
        }
        i = r - 1;
    }
    return rows;
}

} // namespace policylens
