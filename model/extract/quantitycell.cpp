#include "extract/quantitycell.h"

#include "extract/numeralparser.h"
#include "extract/quantityfinder.h"
#include "text/matchingnormalizer.h"

namespace policylens {

namespace {

bool isRangeDash(QChar c)
{
    return c == u'-' || c == u'–' || c == u'—' || c == u'~' || c == u'至' || c == u'到';
}

// Comparator symbols typed in spreadsheets. Words (超过, 近, 约, at least) are the unit
// matcher's, read by the quantity finder like in prose.
struct Symbol
{
    QStringView text;
    QStringView comparator;
};
constexpr Symbol kLeadingSymbols[] = { { u">=", u">=" }, { u"≥", u">=" }, { u"⩾", u">=" },
    { u"<=", u"<=" }, { u"≤", u"<=" }, { u"⩽", u"<=" }, { u">", u">" }, { u"<", u"<" },
    { u"≈", u"~" }, { u"~", u"~" } };

QString prepared(QStringView raw)
{
    return MatchingNormalizer::normalize(raw).text.trimmed();
}

// "~3500 (近3500)", "亿元 (100 million CNY)": a bracketed gloss after the value or unit repeats
// it as written in the source; the part before it is what counts.
QString withoutGloss(const QString &text)
{
    if (!text.endsWith(u')') && !text.endsWith(u'）'))
        return text;
    const qsizetype open = std::max(text.lastIndexOf(u'('), text.lastIndexOf(u'（'));
    return open > 0 ? text.left(open).trimmed() : text;
}

// The one quantity that spans text[from..], or nothing. Exclusions do not apply: in a cell
// "2025" or "一" is a value, not a year or part of a word.
std::optional<Quantity> wholeQuantity(QStringView text)
{
    const QList<Quantity> found = QuantityFinder::find(text);
    if (found.isEmpty() || found.front().exclusion == u"plan")
        return std::nullopt;
    Quantity q = found.front();
    if (q.contextStart != 0 || q.start < 0)
        return std::nullopt;
    const qsizetype end = std::max(q.end, q.contextEnd);
    const QStringView rest = text.mid(end).trimmed();
    if (rest.isEmpty())
        return q;
    // 100-200: prose leaves bare figures joined by a dash alone (phone numbers, codes); in a
    // cell it is a range. Ranges with a unit (100-200亿元) the finder reads itself.
    if (isRangeDash(rest.front()) && !q.valueMax && q.unit.isEmpty()) {
        const auto upper = wholeQuantity(rest.mid(1).trimmed());
        if (upper && !upper->valueMax && upper->unit.isEmpty() && q.value < upper->value) {
            q.valueMax = upper->value;
            q.approximate = q.approximate || upper->approximate;
            return q;
        }
    }
    return std::nullopt;
}

// The factor and base unit a unit column stands for: 亿元 = 10^8 CNY, 万P = 10^4 PFLOPS,
// "billion USD" = 10^9 USD; a unit the engine does not know stays as written.
struct ColumnUnit
{
    Decimal factor { 1 };
    Decimal unitFactor { 1 }; // without the magnitude (EFLOPS = 1000 PFLOPS)
    QString unit;
    QString counter;
};

ColumnUnit columnUnit(QStringView unitCell)
{
    ColumnUnit out;
    const QString text = withoutGloss(prepared(unitCell));
    if (text.isEmpty())
        return out;
    const bool ascii = text.front().unicode() < 0x80 && text.front().isLetter();
    const QString probe = (ascii ? QStringLiteral("1 ") : QStringLiteral("1")) + text;
    const QList<Quantity> found = QuantityFinder::find(probe);
    const auto numeral = NumeralParser::parseAt(probe, 0);
    if (found.isEmpty() || found.front().start != 0 || !numeral) {
        out.unit = text;
        return out;
    }
    const Quantity &q = found.front();
    out.factor = q.value;
    out.unitFactor = q.value.divided(numeral->value).value_or(Decimal(1));
    out.unit = q.unit;
    out.counter = q.counter;
    if (q.unit.isEmpty()) // a magnitude before a unit the engine does not know: 万户
        out.unit = probe.mid(numeral->end).trimmed();
    return out;
}

void applyColumnUnit(Quantity &q, QStringView unitCell)
{
    if (!q.unit.isEmpty() || unitCell.trimmed().isEmpty())
        return;
    const ColumnUnit column = columnUnit(unitCell);
    // 2150亿 under the column 亿元: the magnitude was written in the cell already.
    const Decimal factor = q.magnitude ? column.unitFactor : column.factor;
    q.value = q.value.multiplied(factor).value_or(q.value);
    if (q.valueMax)
        q.valueMax = q.valueMax->multiplied(factor).value_or(*q.valueMax);
    q.unit = column.unit;
    q.counter = column.counter;
}

} // namespace

std::optional<Quantity> parseQuantityCell(QStringView cell, QStringView unitCell)
{
    QString text = withoutGloss(prepared(cell));
    QString symbolComparator;
    for (const Symbol &symbol : kLeadingSymbols) {
        if (text.startsWith(symbol.text)) {
            symbolComparator = symbol.comparator.toString();
            text = text.mid(symbol.text.size()).trimmed();
            break;
        }
    }
    // 2500+ : "2500 or more" in a table.
    bool plus = false;
    if (text.endsWith(QLatin1Char('+'))) {
        plus = true;
        text.chop(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    std::optional<Quantity> q = wholeQuantity(text);
    if (!q)
        return std::nullopt;
    if (!symbolComparator.isEmpty())
        q->comparator = symbolComparator;
    else if (plus && q->comparator.isEmpty())
        q->comparator = QStringLiteral(">=");
    if (q->comparator == u"~")
        q->approximate = true;
    applyColumnUnit(*q, unitCell);
    q->exclusion.clear();
    q->start = q->end = q->contextStart = q->contextEnd = 0;
    q->nounStart = -1;
    return q;
}

} // namespace policylens
