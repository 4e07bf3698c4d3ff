#include "extract/quantityfinder.h"

#include "extract/numeralparser.h"
#include "extract/unitmatcher.h"
#include "text/matchingnormalizer.h"

namespace policylens {

namespace {

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'—' || c == u'–' || c == u'~' || c == u'〜' || c == u'～'
        || c == u'―';
}

bool yearLike(const ParsedNumeral &n)
{
    if (!n.value.isInteger() || n.magnitude || n.separators)
        return false;
    const double v = n.value.toDouble();
    return v >= 1900 && v <= 2100 && (n.arabicIntegerDigits == 4 || n.digitString);
}

// Is pos inside an open bracket pair of the given kind on the same line?
bool insidePair(QStringView text, qsizetype pos, QChar open, QChar close, int reach)
{
    for (qsizetype i = pos - 1; i >= 0 && pos - i <= reach; --i) {
        if (text[i] == close || text[i] == u'\n')
            return false;
        if (text[i] == open)
            return true;
    }
    return false;
}

// A short quotation: “两个先行”, “10+2”. Longer quotes are ordinary sentences.
bool insideShortQuote(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype open = -1;
    for (qsizetype i = start - 1; i >= 0 && start - i <= 10; --i) {
        if (text[i] == u'”' || text[i] == u'」' || text[i] == u'\n' || text[i] == u'。')
            return false;
        if (text[i] == u'“' || text[i] == u'「') {
            open = i;
            break;
        }
    }
    if (open < 0)
        return false;
    for (qsizetype i = end; i < text.size() && i - open <= 14; ++i) {
        if (text[i] == u'”' || text[i] == u'」')
            return true;
        if (text[i] == u'“' || text[i] == u'「' || text[i] == u'\n' || text[i] == u'。')
            return false;
    }
    return false;
}

bool atLineOrItemStart(QStringView text, qsizetype pos)
{
    qsizetype i = pos - 1;
    while (i >= 0 && text[i] == u' ')
        --i;
    return i < 0 || text[i] == u'\n' || text[i] == u'(' || text[i] == u'。' || text[i] == u';'
        || text[i] == u'；' || text[i] == u':';
}

// Labels numerals that are not quantities; returns true when it set an exclusion.
void classifyExclusion(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    const qsizetype s = n.start;
    const qsizetype e = n.end;
    const QChar before = at(text, s - 1);
    const QChar after = at(text, e);
    if (before == u'第' || (before == u'前' && (after == u'名' || after == u'位'))) {
        q.exclusion = QStringLiteral("ordinal");
        return;
    }
    if (before == u'〔' || before == u'[' || after == u'号'
        || insidePair(text, s, u'〔', u'〕', 6)) {
        q.exclusion = QStringLiteral("document_number");
        return;
    }
    if (after == u'年' && yearLike(n)) {
        q.exclusion = QStringLiteral("year");
        return;
    }
    if (yearLike(n) && q.unit.isEmpty() && !n.chinese) {
        q.exclusion = QStringLiteral("year");
        return;
    }
    if (after == u'年' || (after == u'个' && at(text, e + 1) == u'月')) {
        q.exclusion = QStringLiteral("duration");
        return;
    }
    if ((after == u'月' || after == u'日' || after == u'号') && n.value.toDouble() <= 31
        && q.unit.isEmpty()) {
        q.exclusion = after == u'号' ? QStringLiteral("document_number") : QStringLiteral("date");
        return;
    }
    if (insidePair(text, s, u'《', u'》', 60)) {
        q.exclusion = QStringLiteral("title");
        return;
    }
    // Phone numbers: 010-12345678, long digit runs, or after 电话/Tel.
    if (n.arabic && !n.magnitude && !n.separators && q.unit.isEmpty()
        && (n.arabicIntegerDigits >= 7
            || (isDash(after) && isDigit(at(text, e + 1)) && n.arabicIntegerDigits >= 3)
            || (isDash(before) && isDigit(at(text, s - 2)) && n.arabicIntegerDigits >= 7))) {
        q.exclusion = QStringLiteral("phone");
        return;
    }
    for (qsizetype i = std::max<qsizetype>(0, s - 6); i < s; ++i) {
        if (text.mid(i).startsWith(u"电话")
            || text.mid(i).startsWith(u"Tel", Qt::CaseInsensitive)) {
            q.exclusion = QStringLiteral("phone");
            return;
        }
    }
    // Names that contain numerals: 5G, IPv6, GPT-4, H100, 7×24, “10+2”, 二十大, 6大领域.
    if (q.unit.isEmpty()
        && (isAsciiLetter(after) || isAsciiLetter(before)
            || ((before == u'-' || before == u'.') && isAsciiLetter(at(text, s - 2))))) {
        q.exclusion = QStringLiteral("name");
        return;
    }
    if (after == u'+' || before == u'+' || after == u'×' || before == u'×' || after == u'*') {
        q.exclusion = QStringLiteral("name");
        return;
    }
    if ((after == u'大' || after == u'级') && q.unit.isEmpty()) { // 二十大; 千亿级 is a class
        q.exclusion = QStringLiteral("name");
        return;
    }
    // Version or section numbers: 1.2.3
    if ((after == u'.' && isDigit(at(text, e + 1)))
        || (before == u'.' && isDigit(at(text, s - 2)))) {
        q.exclusion = QStringLiteral("list_marker");
        return;
    }
    if (q.unit.isEmpty() && atLineOrItemStart(text, s)
        && (after == u'、' || after == u')' || after == u'.' || after == u'是')) {
        q.exclusion = QStringLiteral("list_marker");
        return;
    }
    if (q.unit.isEmpty() && after == u')' && before == u'(') {
        q.exclusion = QStringLiteral("list_marker");
        return;
    }
    // A lone Chinese numeral character without a unit is part of a word (统一, 万物, 队伍).
    if (n.chinese && !n.arabic && q.unit.isEmpty() && (n.characters <= 1 || n.financial)) {
        q.exclusion = QStringLiteral("word");
        return;
    }
    // 数十家, 几百个, 上百家: "dozens", "hundreds" — no figure is given.
    if (n.chinese && !n.arabic
        && (before == u'数' || before == u'几' || before == u'上' || before == u'成')
        && (text[s] == u'十' || text[s] == u'百' || text[s] == u'千' || text[s] == u'万')) {
        q.exclusion = QStringLiteral("vague");
        return;
    }
    if (n.chinese && !n.arabic && q.counter == u"批" && n.value.toDouble() == 1) {
        q.exclusion = QStringLiteral("vague"); // 一批: "a number of"
        return;
    }
    if (n.financial && q.unit.isEmpty()) {
        q.exclusion = QStringLiteral("word");
        return;
    }
}

// Fills unit, comparator words and the span for one numeral; returns the end of the unit.
qsizetype readUnit(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    q.value = n.value;
    q.start = n.start;
    q.chineseNumeral = n.chinese && !n.arabic;
    q.magnitude = n.magnitude;
    if (n.approximateInside) {
        q.approximate = true;
        q.comparator = QStringLiteral(">");
    }
    qsizetype p = n.end;
    if (n.percentPrefix) {
        q.unit = QStringLiteral("percent");
        q.end = p;
        return p;
    }
    // 翻一番 = 2 times, 翻两番 = 4 times: doubling n times.
    if (at(text, n.start - 1) == u'翻' && at(text, p) == u'番' && n.value.isInteger()
        && n.value.toDouble() >= 1 && n.value.toDouble() <= 10) {
        q.value = Decimal(std::int64_t(1) << int(n.value.toDouble()));
        q.unit = QStringLiteral("times");
        q.start = n.start - 1;
        q.end = p + 1;
        return q.end;
    }
    // 一千多万 already folded 多 in; 20余项, 100多家 and 二十几个 mark an approximate count.
    if ((at(text, p) == u'多' || at(text, p) == u'余' || at(text, p) == u'几')
        && !UnitMatcher::unitAt(text, p + 1).unit.isEmpty()) {
        q.approximate = true;
        q.comparator = QStringLiteral(">");
        ++p;
    }
    const UnitMatch currency = UnitMatcher::currencyBefore(text, n.start);
    UnitMatch unit = UnitMatcher::unitAt(text, p);
    // 一成 = 10%: only after Chinese numerals, so 形成 and 建成 never match.
    if (unit.unit.isEmpty() && at(text, p) == u'成' && q.chineseNumeral && n.value.toDouble() <= 10
        && !QStringView(u"为立本果熟效员都").contains(at(text, p + 1))) {
        unit.unit = QStringLiteral("percent");
        unit.power = 1;
        unit.length = 1;
    }
    if (!currency.unit.isEmpty() && (unit.unit.isEmpty() || unit.unit == currency.unit)) {
        q.start = n.start - currency.length;
        q.unit = currency.unit;
        if (!unit.unit.isEmpty())
            p += unit.length;
    } else if (!unit.unit.isEmpty()) {
        q.unit = unit.unit;
        q.counter = unit.counter;
        q.value = q.value.scaled(unit.power);
        p += unit.length;
    }
    q.end = p;
    return p;
}

// English counts: "30 key enterprises", "100 application scenarios".
void readEnglishCount(QStringView text, Quantity &q)
{
    static const QStringView nouns[] = { u"enterprises", u"companies", u"firms", u"businesses",
        u"models", u"scenarios", u"parks", u"projects", u"platforms", u"clusters", u"talents",
        u"people", u"experts", u"researchers", u"patents", u"standards", u"centers", u"centres",
        u"cases", u"products", u"applications", u"laboratories", u"labs", u"institutes", u"teams",
        u"zones", u"bases", u"datasets", u"startups", u"start-ups", u"universities", u"schools",
        u"hospitals", u"factories", u"professionals", u"engineers", u"workers", u"graduates",
        u"specialists", u"scientists", u"unicorns", u"pilots", u"demonstrations", u"programs",
        u"programmes", u"facilities", u"stations", u"vehicles", u"robots", u"chips", u"servers" };
    qsizetype p = q.end;
    for (int word = 0; word < 3; ++word) {
        if (at(text, p) != u' ')
            return;
        const qsizetype s = p + 1;
        qsizetype e = s;
        while (e < text.size() && (isAsciiLetter(text[e]) || text[e] == u'-'))
            ++e;
        if (e == s)
            return;
        const QStringView w = text.mid(s, e - s);
        for (const QStringView noun : nouns) {
            if (w.compare(noun, Qt::CaseInsensitive) == 0) {
                q.unit = QStringLiteral("count");
                q.counter = noun.toString();
                q.nounStart = q.end;
                q.end = e; // the quote runs to the counted noun: "50 leading enterprises"
                return;
            }
        }
        p = e;
    }
}

} // namespace

QList<Quantity> QuantityFinder::find(QStringView text)
{
    QList<Quantity> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!NumeralParser::mayStartAt(text, i)) {
            ++i;
            continue;
        }
        // Five-year-plan names (十四五) are periods, not numbers.
        if (text[i] == u'十' && i + 2 < n && QStringView(u"一二三四五").contains(text[i + 1])
            && text[i + 2] == u'五') {
            Quantity plan;
            plan.start = i;
            plan.end = plan.contextStart = plan.contextEnd = i + 3;
            plan.contextStart = i;
            plan.exclusion = QStringLiteral("plan");
            out.append(plan);
            i += 3;
            continue;
        }
        const qsizetype percentStart
            = (i >= 3 && (text.mid(i - 3, 3) == u"百分之" || text.mid(i - 3, 3) == u"千分之"))
            ? i - 3
            : i;
        auto parsed = NumeralParser::parseAt(text, percentStart);
        if (!parsed || parsed->end <= i) {
            // Skip the rest of an English word so "often" is not retried at every letter.
            if (isAsciiLetter(text[i])) {
                while (i < n && isAsciiLetter(text[i]))
                    ++i;
            } else {
                ++i;
            }
            continue;
        }
        Quantity q;
        qsizetype end = readUnit(text, *parsed, q);
        qsizetype suffixAt = -1; // "100 or more companies": the bound sits before the noun
        if (q.unit.isEmpty() && parsed->arabic) {
            suffixAt = q.end;
            readEnglishCount(text, q);
            if (q.unit.isEmpty())
                suffixAt = -1;
        }
        // Ranges: 10%—20%, 100至200亿元, 3-5个, 一千到一千五百.
        // "从100到200" and "from 100 to 200" are changes, not ranges.
        const QChar sep = at(text, end);
        const bool englishTo = text.mid(end).startsWith(u" to ");
        const bool change = at(text, parsed->start - 1) == u'从'
            || at(text, parsed->start - 1) == u'由'
            || text.left(parsed->start).endsWith(u"from ", Qt::CaseInsensitive);
        if ((isDash(sep) || sep == u'至' || sep == u'到' || englishTo) && !yearLike(*parsed)
            && !change) {
            qsizetype next = englishTo ? end + 4 : end + 1;
            while (!englishTo && next < n && isDash(text[next]))
                ++next;
            const bool letterOk = englishTo || !(isAsciiLetter(at(text, next)) && parsed->arabic);
            auto second = letterOk && next < n && NumeralParser::mayStartAt(text, next)
                ? NumeralParser::parseAt(text, next)
                : std::nullopt;
            if (second && (englishTo || !second->english)) {
                Quantity q2;
                const qsizetype end2 = readUnit(text, *second, q2);
                classifyExclusion(text, *second, q2);
                const bool sameUnit = q.unit.isEmpty() || q.unit == q2.unit;
                if (!q2.isExcluded() && !q2.unit.isEmpty() && sameUnit) {
                    if (q.unit.isEmpty()) {
                        q.value = parsed->magnitude ? q.value : q.value.scaled(second->scalePower);
                        // the second unit's own factor (EFLOPS) applies to both ends
                        const UnitMatch u2 = UnitMatcher::unitAt(text, second->end);
                        q.value = q.value.scaled(u2.power);
                        q.unit = q2.unit;
                        q.counter = q2.counter;
                    }
                    if (q.value < q2.value) {
                        q.valueMax = q2.value;
                        q.end = end2;
                        end = end2;
                        if (q2.approximate)
                            q.approximate = true;
                    }
                } else if (q.unit.isEmpty() && q2.unit.isEmpty() && !q2.isExcluded()
                    && q.value < q2.value && !parsed->arabic && !second->arabic) {
                    q.valueMax = q2.value;
                    q.end = end = end2;
                }
            }
        }
        if (q.unit.isEmpty() && q.valueMax && parsed->english) {
            suffixAt = q.end; // "three to five models"
            readEnglishCount(text, q);
            end = std::max(end, q.end);
            if (q.unit.isEmpty())
                suffixAt = -1;
        }
        classifyExclusion(text, *parsed, q);
        if (!q.isExcluded() && q.unit.isEmpty() && q.valueMax.has_value() && yearLike(*parsed))
            q.exclusion = QStringLiteral("year");
        // Comparator words on both sides.
        q.contextStart = q.start;
        q.contextEnd = q.end;
        const ComparatorMatch before = UnitMatcher::comparatorBefore(text, q.start);
        if (!before.comparator.isEmpty()) {
            q.contextStart = q.start - before.length;
            if (before.comparator != u"=")
                q.comparator = before.comparator;
        }
        ComparatorMatch afterMatch = UnitMatcher::comparatorAfter(text, q.end);
        if (afterMatch.comparator.isEmpty() && suffixAt >= 0) {
            afterMatch = UnitMatcher::comparatorAfter(text, suffixAt);
            afterMatch.length = 0; // the context already covers the noun
        }
        if (!afterMatch.comparator.isEmpty()) {
            q.contextEnd = q.end + afterMatch.length;
            if (q.comparator.isEmpty() || q.comparator == u">")
                q.comparator = q.approximate && afterMatch.comparator == u"~"
                    ? q.comparator
                    : afterMatch.comparator;
        }
        if (q.comparator == u"~")
            q.approximate = true;
        if (!q.isExcluded() && insideShortQuote(text, q.start, q.end))
            q.quoted = true;
        out.append(q);
        i = std::max(end, parsed->end);
    }
    return out;
}

QList<FoundQuantity> findQuantities(const QString &original)
{
    const NormalizedText normalized = MatchingNormalizer::normalize(original);
    QList<FoundQuantity> out;
    for (const Quantity &q : QuantityFinder::find(normalized.text)) {
        if (q.isExcluded())
            continue;
        FoundQuantity f;
        f.start = normalized.originalStart(q.start);
        f.end = normalized.originalEnd(q.end);
        f.text = original.mid(f.start, f.end - f.start);
        f.value = q.value.toDouble();
        if (q.valueMax)
            f.valueMax = q.valueMax->toDouble();
        f.unit = q.unit;
        f.counter = q.counter;
        f.comparator = q.valueMax ? QStringLiteral("range") : q.comparator;
        out.append(f);
    }
    return out;
}

} // namespace policylens
