#include "extract/quantityfinder.h"

#include "extract/exclusionrules.h"
#include "extract/numeralparser.h"
#include "extract/unitmatcher.h"
#include "text/matchingnormalizer.h"
#include "text/textscan.h"

namespace policylens {

namespace {

using textscan::isAsciiLetter;
using textscan::at;

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

using exclusionrules::isDash;
using exclusionrules::yearLike;

void classifyExclusion(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    q.exclusion = exclusionrules::exclusionFor(text, n, q);
}

// 九折 = 90%, 五五折 = 55%, 7.5折 = 75%: the price paid, in tenths of the list price.
bool readDiscount(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    const qsizetype p = n.end;
    if (at(text, p) != u'折' || QStringView(u"合算旧扣线叠射返价现让").contains(at(text, p + 1))
        || n.magnitude || n.fraction || n.valueMax)
        return false;
    if (n.digitString && n.characters == 2) {
        q.value = n.value; // 五五折: two digits are the percentage
    } else if (n.value.toDouble() > 0 && n.value.toDouble() < 10) {
        q.value = n.value.scaled(1);
    } else {
        return false;
    }
    q.unit = QStringLiteral("percent");
    q.end = p + 1;
    return true;
}

// -10000, 负3.9%, −5: a sign right before the figure, not a dash between two figures or in
// a name (GPT-4), nor 负 closing a word: 正负 (plus or minus), 减负 (lightening a burden),
// 担负/肩负 (shouldering), 胜负, 抱负, 欺负, 辜负, 自负.
qsizetype signLength(QStringView text, qsizetype start)
{
    const QChar sign = at(text, start - 1);
    const QChar before = at(text, start - 2);
    if (sign == u'负')
        return QStringView(u"正减担肩胜抱欺辜自").contains(before) ? 0 : 1;
    if (sign != u'-' && sign != u'−' && sign != u'﹣')
        return 0;
    if (before.isNull() || before.isSpace()
        || QStringView(u"(（:：，,、；;=“\"[【<>").contains(before))
        return 1;
    // After a word (变动-5, 为-3.9%), not after a numeral or a magnitude (2万-3万).
    const char16_t u = before.unicode();
    return u >= 0x4E00 && u <= 0x9FFF && NumeralParser::chineseDigit(u) < 0
            && NumeralParser::chineseUnitPower(u) == 0
        ? 1
        : 0;
}

// 百分之十五, 三分之一, 九折, 翻一番: numerals whose unit lies in how they are written. Sets the
// unit and the span's end and returns true for those.
bool readWrittenUnit(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    // 三分之一, "two thirds": a share, in percent; 1又1/2 and 3/5 stay plain numbers.
    const QStringView written = text.mid(n.start, n.end - n.start);
    const bool share = n.fraction && !written.contains(u'又')
        && (written.contains(u"分之") || n.english);
    if (n.percentPrefix || share) {
        q.unit = QStringLiteral("percent");
        if (!n.percentPrefix)
            q.value = q.value.scaled(2);
        q.end = n.end;
        return true;
    }
    if (readDiscount(text, n, q))
        return true;
    // 翻一番 = 2 times, 翻两番 = 4 times: doubling n times.
    if (at(text, n.start - 1) == u'翻' && at(text, n.end) == u'番' && n.value.isInteger()
        && n.value.toDouble() >= 1 && n.value.toDouble() <= 10) {
        q.value = Decimal(std::int64_t(1) << int(n.value.toDouble()));
        q.unit = QStringLiteral("times");
        q.start = n.start - 1;
        q.end = n.end + 1;
        return true;
    }
    return false;
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
    q.valueMax = n.valueMax;
    if (readWrittenUnit(text, n, q))
        return q.end;
    qsizetype p = n.end;
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
        && !QStringView(u"为立本果熟效员都群").contains(at(text, p + 1))) {
        unit.unit = QStringLiteral("percent");
        unit.power = 1;
        unit.length = 1;
    }
    // 新台币5兆元, HK$3亿元: 元 after a named currency is that currency's unit.
    const bool yuanOfCurrency = unit.unit == u"CNY" && at(text, p) == u'元';
    if (!currency.unit.isEmpty()
        && (unit.unit.isEmpty() || unit.unit == currency.unit || yuanOfCurrency)) {
        q.start = n.start - currency.length;
        q.unit = currency.unit;
        if (!unit.unit.isEmpty())
            p += unit.length;
    } else if (!unit.unit.isEmpty()) {
        q.unit = unit.unit;
        q.counter = unit.counter;
        q.value = q.value.scaled(unit.power);
        if (q.valueMax)
            q.valueMax = q.valueMax->scaled(unit.power);
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

namespace {

// The power of ten a range's bare first figure is scaled by, from the second figure. A single
// Chinese digit shares the second's multiplier, the place of its leading digit: 三到五百万 is
// three to five million (五百万 = 5 × 10^6). When that would not stay below the second, only the
// second's magnitude is shared: 五到十万 is 5万 to 10万.
int sharedPower(const ParsedNumeral &first, const ParsedNumeral &second)
{
    const bool singleChineseDigit = first.chinese && !first.arabic && first.characters == 1
        && first.value.isInteger() && !second.arabic && second.value.isInteger();
    if (singleChineseDigit) {
        const int place = int(second.value.toString().size()) - 1;
        if (first.value.scaled(place) < second.value)
            return place;
    }
    return second.scalePower;
}

// 从25增长到50EFLOPS, from 25 to 50 EFLOPS: a bare figure a change starts from is in the unit
// (and magnitude) of the figure it changes to.
void takeChangeUnit(QStringView text, const ParsedNumeral &first, Quantity &q, qsizetype end)
{
    qsizetype p = end;
    if (text.mid(p).startsWith(u" to ", Qt::CaseInsensitive)) {
        p += 4;
    } else {
        for (const QStringView verb : { u"增长", u"增加", u"提高", u"提升", u"扩大", u"上升", u"下降",
                 u"降低", u"减少", u"降" }) {
            if (text.mid(p).startsWith(verb)) {
                p += verb.size();
                break;
            }
        }
        if (at(text, p) != u'到' && at(text, p) != u'至')
            return;
        ++p;
    }
    const auto second = NumeralParser::mayStartAt(text, p) && !isAsciiLetter(text[p])
        ? NumeralParser::parseAt(text, p)
        : std::nullopt;
    if (!second || second->english)
        return;
    Quantity q2;
    readUnit(text, *second, q2);
    classifyExclusion(text, *second, q2);
    if (q2.isExcluded() || q2.unit.isEmpty())
        return;
    q.value = first.magnitude ? q.value : q.value.scaled(second->scalePower);
    q.value = q.value.scaled(UnitMatcher::unitAt(text, second->end).power);
    q.unit = q2.unit;
    q.counter = q2.counter;
}

// Ranges: 10%—20%, 100至200亿元, 3-5个, 一千到一千五百. "从100到200" and "from 100 to 200"
// are changes, not ranges. Returns the new end of the quantity.
qsizetype readRange(QStringView text, const ParsedNumeral &first, Quantity &q, qsizetype end)
{
    const QChar sep = at(text, end);
    const bool englishTo = text.mid(end).startsWith(u" to ");
    const bool change = at(text, first.start - 1) == u'从' || at(text, first.start - 1) == u'由'
        || text.left(first.start).endsWith(u"from ", Qt::CaseInsensitive);
    if (change && q.unit.isEmpty() && !yearLike(first))
        takeChangeUnit(text, first, q, end);
    if (!(isDash(sep) || sep == u'至' || sep == u'到' || englishTo) || yearLike(first) || change
        || q.valueMax)
        return end;
    qsizetype next = englishTo ? end + 4 : end + 1;
    while (!englishTo && next < text.size() && isDash(text[next]))
        ++next;
    const bool letterOk = englishTo || !(isAsciiLetter(at(text, next)) && first.arabic);
    const auto second = letterOk && next < text.size() && NumeralParser::mayStartAt(text, next)
        ? NumeralParser::parseAt(text, next)
        : std::nullopt;
    if (!second || (!englishTo && second->english))
        return end;
    Quantity q2;
    const qsizetype end2 = readUnit(text, *second, q2);
    classifyExclusion(text, *second, q2);
    if (q2.isExcluded())
        return end;
    if (!q2.unit.isEmpty() && (q.unit.isEmpty() || q.unit == q2.unit)) {
        if (q.unit.isEmpty()) {
            q.value = first.magnitude ? q.value : q.value.scaled(sharedPower(first, *second));
            // the second unit's own factor (EFLOPS) applies to both ends
            q.value = q.value.scaled(UnitMatcher::unitAt(text, second->end).power);
            q.unit = q2.unit;
            q.counter = q2.counter;
        }
        if (!(q.value < q2.value))
            return end;
        q.valueMax = q2.value;
        q.approximate = q.approximate || q2.approximate;
        return q.end = end2;
    }
    if (q.unit.isEmpty() && q2.unit.isEmpty() && !first.arabic && !second->arabic) {
        // 五到十万: the bare first figure takes the second's magnitude.
        if (!first.magnitude)
            q.value = q.value.scaled(sharedPower(first, *second));
        if (!(q.value < q2.value))
            return end;
        q.valueMax = q2.value;
        return q.end = end2;
    }
    return end;
}

// -10000, 负3.9%; 上万家, 上百亿元 ("upwards of": a floor, approximately).
void readSignAndFloor(QStringView text, const ParsedNumeral &n, Quantity &q)
{
    if (q.start == n.start && !n.english) {
        if (const qsizetype sign = signLength(text, q.start)) {
            q.start -= sign;
            q.value = q.value.negated();
        }
    }
    if (at(text, q.start - 1) == u'上' && n.chinese && !q.unit.isEmpty()
        && NumeralParser::chineseUnitPower(text[n.start].unicode()) >= 2) {
        --q.start;
        q.approximate = true;
        q.comparator = QStringLiteral(">=");
    }
}

// Comparator words on both sides; suffixAt is where an English bound may stand before the
// counted noun ("100 or more companies"), or -1.
void readComparators(QStringView text, Quantity &q, qsizetype suffixAt)
{
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
            q.comparator = q.approximate && afterMatch.comparator == u"~" ? q.comparator
                                                                          : afterMatch.comparator;
    }
    if (q.comparator == u"~")
        q.approximate = true;
}

// The quantity whose numeral was parsed at i; returns where scanning goes on.
qsizetype readQuantity(QStringView text, const ParsedNumeral &parsed, Quantity &q)
{
    qsizetype end = readUnit(text, parsed, q);
    qsizetype suffixAt = -1; // "100 or more companies": the bound sits before the noun
    if (q.unit.isEmpty()
        && (parsed.arabic || (parsed.english && !text.mid(q.end).startsWith(u" to ")))) {
        suffixAt = q.end;
        readEnglishCount(text, q);
        if (q.unit.isEmpty())
            suffixAt = -1;
    }
    end = readRange(text, parsed, q, end);
    if (q.unit.isEmpty() && q.valueMax && parsed.english) {
        suffixAt = q.end; // "three to five models"
        readEnglishCount(text, q);
        end = std::max(end, q.end);
        if (q.unit.isEmpty())
            suffixAt = -1;
    }
    classifyExclusion(text, parsed, q);
    if (!q.isExcluded() && q.unit.isEmpty() && q.valueMax.has_value() && yearLike(parsed))
        q.exclusion = QStringLiteral("year");
    readSignAndFloor(text, parsed, q);
    readComparators(text, q, suffixAt);
    if (!q.isExcluded() && insideShortQuote(text, q.start, q.end))
        q.quoted = true;
    return std::max(end, parsed.end);
}

bool afterPerPrefix(QStringView text, qsizetype i)
{
    if (i < 3)
        return false;
    const QStringView prefix = text.mid(i - 3, 3);
    return prefix == u"百分之" || prefix == u"千分之" || prefix == u"万分之";
}

} // namespace

QList<Quantity> QuantityFinder::find(QStringView text)
{
    QList<Quantity> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while ((i = NumeralParser::nextStart(text, i)) < n) {
        // Five-year-plan names (十四五) are periods, not numbers.
        if (text[i] == u'十' && i + 2 < n && QStringView(u"一二三四五").contains(text[i + 1])
            && text[i + 2] == u'五') {
            Quantity plan;
            plan.start = plan.contextStart = i;
            plan.end = plan.contextEnd = i + 3;
            plan.exclusion = QStringLiteral("plan");
            out.append(plan);
            i += 3;
            continue;
        }
        const auto parsed = NumeralParser::parseAt(text, afterPerPrefix(text, i) ? i - 3 : i);
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
        i = readQuantity(text, *parsed, q);
        out.append(q);
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
        f.approximate = q.approximate;
        f.exact = q.value.toString();
        if (q.valueMax)
            f.exactMax = q.valueMax->toString();
        out.append(f);
    }
    return out;
}

} // namespace policylens
