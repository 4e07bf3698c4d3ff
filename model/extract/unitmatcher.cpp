#include "extract/unitmatcher.h"

#include "text/textscan.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <unordered_map>
#include <vector>

namespace policylens {

namespace {

using textscan::isAsciiLetter;

struct UnitEntry
{
    QStringView text;
    QStringView unit;
    int power;
    bool count; // the text is a counter word
    bool wordEnd; // ASCII: must not be followed by a letter
};

char16_t foldCase(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c - u'A' + u'a') : c;
}

std::vector<UnitEntry> sortedByLength(std::vector<UnitEntry> v)
{
    std::stable_sort(v.begin(), v.end(),
        [](const UnitEntry &a, const UnitEntry &b) { return a.text.size() > b.text.size(); });
    return v;
}

// Money: 元 and the named currencies.
constexpr UnitEntry kMoney[] = {
    { u"元人民币", u"CNY", 0, false, false },
    { u"元", u"CNY", 0, false, false },
    { u"人民币", u"CNY", 0, false, false },
    { u"yuan", u"CNY", 0, false, true },
    { u"RMB", u"CNY", 0, false, true },
    { u"CNY", u"CNY", 0, false, true },
    { u"美元", u"USD", 0, false, false },
    { u"美金", u"USD", 0, false, false },
    { u"US dollars", u"USD", 0, false, true },
    { u"dollars", u"USD", 0, false, true },
    { u"USD", u"USD", 0, false, true },
    { u"欧元", u"EUR", 0, false, false },
    { u"港元", u"HKD", 0, false, false },
    { u"港币", u"HKD", 0, false, false },
    { u"日元", u"JPY", 0, false, false },
    { u"新台币", u"TWD", 0, false, false },
    { u"台币", u"TWD", 0, false, false },
    { u"英镑", u"GBP", 0, false, false },
    { u"韩元", u"KRW", 0, false, false },
};

// Shares, rates and multiples.
constexpr UnitEntry kRates[] = {
    { u"%", u"percent", 0, false, false },
    { u"percent", u"percent", 0, false, true },
    { u"per cent", u"percent", 0, false, true },
    { u"‰", u"percent", -1, false, false },
    { u"个百分点", u"percentage_point", 0, false, false },
    { u"百分点", u"percentage_point", 0, false, false },
    { u"percentage points", u"percentage_point", 0, false, true },
    { u"percentage point", u"percentage_point", 0, false, true },
    { u"倍", u"times", 0, false, false },
    { u"times", u"times", 0, false, true },
    { u"fold", u"times", 0, false, true },
};

// Computing power, in PFLOPS: 1 EFLOPS = 1000 PFLOPS.
constexpr UnitEntry kCompute[] = {
    { u"PFLOPS", u"PFLOPS", 0, false, true },
    { u"PFlops", u"PFLOPS", 0, false, true },
    { u"PFLOPs", u"PFLOPS", 0, false, true },
    { u"Pflops", u"PFLOPS", 0, false, true },
    { u"PFLOP/s", u"PFLOPS", 0, false, true },
    { u"P", u"PFLOPS", 0, false, true },
    { u"EFLOPS", u"PFLOPS", 3, false, true },
    { u"EFlops", u"PFLOPS", 3, false, true },
    { u"EFLOPs", u"PFLOPS", 3, false, true },
    { u"Eflops", u"PFLOPS", 3, false, true },
    { u"E", u"PFLOPS", 3, false, true },
    { u"TFLOPS", u"PFLOPS", -3, false, true },
    { u"TFlops", u"PFLOPS", -3, false, true },
    { u"千万亿次", u"PFLOPS", 0, false, false },
    { u"百亿亿次", u"PFLOPS", 3, false, false },
    { u"亿亿次", u"PFLOPS", 1, false, false },
    { u"万亿次", u"PFLOPS", -3, false, false },
};

// Counters: everything counted is unit "count" with its counter word.
constexpr UnitEntry kCounters[] = {
    { u"个", u"count", 0, true, false },
    { u"家", u"count", 0, true, false },
    { u"项", u"count", 0, true, false },
    { u"人次", u"count", 0, true, false },
    { u"人", u"count", 0, true, false },
    { u"名", u"count", 0, true, false },
    { u"座", u"count", 0, true, false },
    { u"台", u"count", 0, true, false },
    { u"套", u"count", 0, true, false },
    { u"款", u"count", 0, true, false },
    { u"批", u"count", 0, true, false },
    { u"架", u"count", 0, true, false },
    { u"条", u"count", 0, true, false },
    { u"所", u"count", 0, true, false },
    { u"种", u"count", 0, true, false },
    { u"类", u"count", 0, true, false },
    { u"处", u"count", 0, true, false },
    { u"只", u"count", 0, true, false },
    { u"件", u"count", 0, true, false },
    { u"位", u"count", 0, true, false },
    { u"支", u"count", 0, true, false },
    { u"张", u"count", 0, true, false },
    { u"户", u"count", 0, true, false },
    { u"辆", u"count", 0, true, false },
    { u"场", u"count", 0, true, false },
    { u"份", u"count", 0, true, false },
    { u"篇", u"count", 0, true, false },
    { u"颗", u"count", 0, true, false },
    { u"栋", u"count", 0, true, false },
};

// Other units keep their written name; the value stays in that unit's own scale.
constexpr UnitEntry kMeasures[] = {
    { u"平方公里", u"平方公里", 0, false, false },
    { u"平方千米", u"平方公里", 0, false, false },
    { u"平方米", u"平方米", 0, false, false },
    { u"公里", u"km", 0, false, false },
    { u"千米", u"km", 0, false, false },
    { u"km", u"km", 0, false, true },
    { u"公顷", u"公顷", 0, false, false },
    { u"亩", u"亩", 0, false, false },
    { u"吨", u"吨", 0, false, false },
    { u"千瓦时", u"kWh", 0, false, false },
    { u"千瓦", u"kW", 0, false, false },
    { u"兆瓦", u"MW", 0, false, false },
    { u"kWh", u"kWh", 0, false, true },
    { u"kW", u"kW", 0, false, true },
    { u"MW", u"MW", 0, false, true },
    { u"GW", u"GW", 0, false, true },
    { u"GB", u"GB", 0, false, true },
    { u"TB", u"TB", 0, false, true },
    { u"PB", u"PB", 0, false, true },
    { u"EB", u"EB", 0, false, true },
    { u"Gbps", u"Gbps", 0, false, true },
    { u"Mbps", u"Mbps", 0, false, true },
    { u"Tbps", u"Tbps", 0, false, true },
    { u"兆", u"Mbps", 0, false, false },
    { u"square metres", u"平方米", 0, false, true },
    { u"square meters", u"平方米", 0, false, true },
    { u"kilometers", u"km", 0, false, true },
    { u"kilometres", u"km", 0, false, true },
};

const std::vector<UnitEntry> &units()
{
    static const std::vector<UnitEntry> table = [] {
        std::vector<UnitEntry> all;
        for (const auto &group : { std::span<const UnitEntry>(kMoney), std::span<const UnitEntry>(kRates),
                 std::span<const UnitEntry>(kCompute), std::span<const UnitEntry>(kCounters),
                 std::span<const UnitEntry>(kMeasures) })
            all.insert(all.end(), group.begin(), group.end());
        return sortedByLength(std::move(all));
    }();
    return table;
}

// The units by the first character they are written with (ASCII letters lower-cased), each list
// longest first: a figure is followed by one of a few units, so only those are compared.
const std::unordered_map<char16_t, std::vector<const UnitEntry *>> &unitsByFirst()
{
    static const auto index = [] {
        std::unordered_map<char16_t, std::vector<const UnitEntry *>> m;
        for (const UnitEntry &entry : units())
            m[foldCase(entry.text[0].unicode())].push_back(&entry);
        return m;
    }();
    return index;
}

struct ComparatorEntry
{
    QStringView text;
    QStringView comparator;
};

// Comparator words before a figure, longest first when matched.
constexpr ComparatorEntry kPrefixes[] = {
    { u"不少于", u">=" },
    { u"不低于", u">=" },
    { u"不小于", u">=" },
    { u"至少", u">=" },
    { u"最少", u">=" },
    { u"最低", u">=" },
    { u"at least", u">=" },
    { u"no less than", u">=" },
    { u"not less than", u">=" },
    { u"a minimum of", u">=" },
    { u"no fewer than", u">=" },
    { u"超过", u">" },
    { u"突破", u">" },
    { u"逾", u">" },
    { u"超", u">" },
    { u"高于", u">" },
    { u"大于", u">" },
    { u"多于", u">" },
    { u"more than", u">" },
    { u"over", u">" },
    { u"above", u">" },
    { u"exceeding", u">" },
    { u"exceed", u">" },
    { u"greater than", u">" },
    { u"不超过", u"<=" },
    { u"不高于", u"<=" },
    { u"不大于", u"<=" },
    { u"最高", u"<=" },
    { u"最多", u"<=" },
    { u"上限", u"<=" },
    { u"up to", u"<=" },
    { u"no more than", u"<=" },
    { u"not more than", u"<=" },
    { u"at most", u"<=" },
    { u"a maximum of", u"<=" },
    { u"not exceeding", u"<=" },
    { u"低于", u"<" },
    { u"少于", u"<" },
    { u"小于", u"<" },
    { u"不足", u"<" },
    { u"不到", u"<" },
    { u"less than", u"<" },
    { u"fewer than", u"<" },
    { u"below", u"<" },
    { u"under", u"<" },
    { u"约", u"~" },
    { u"约为", u"~" }, // a reporting verb after 约 keeps the approximation
    { u"约达", u"~" },
    { u"大约为", u"~" },
    { u"大约", u"~" },
    { u"近", u"~" },
    { u"将近", u"~" },
    { u"接近", u"~" },
    { u"大概", u"~" },
    { u"about", u"~" },
    { u"around", u"~" },
    { u"approximately", u"~" },
    { u"nearly", u"~" },
    { u"roughly", u"~" },
    { u"达到", u"=" },
    { u"达", u"=" },
    { u"reach", u"=" },
    { u"reaching", u"=" },
};

const std::vector<ComparatorEntry> &prefixes()
{
    static const std::vector<ComparatorEntry> table = [] {
        std::vector<ComparatorEntry> v(std::begin(kPrefixes), std::end(kPrefixes));
        std::stable_sort(
            v.begin(), v.end(), [](const ComparatorEntry &a, const ComparatorEntry &b) {
                return a.text.size() > b.text.size();
            });
        return v;
    }();
    return table;
}

const std::vector<ComparatorEntry> &suffixes()
{
    static const std::vector<ComparatorEntry> table = { { u"及以上", u">=" }, { u"或以上", u">=" },
        { u"以上", u">=" }, { u"以下", u"<=" }, { u"以内", u"<=" }, { u"之内", u"<=" },
        { u"封顶", u"<=" }, { u"左右", u"~" }, { u"上下", u"~" }, { u" or more", u">=" },
        { u" or above", u">=" }, { u" and above", u">=" }, { u" or less", u"<=" },
        { u" and below", u"<=" }, { u" or below", u"<=" } };
    return table;
}

// The end of a Chinese computing-power unit that ends at `after`: it may go on as operations per
// second (千万亿次浮点运算/秒) and repeat itself in Latin letters (千万亿次浮点指令/秒(PFLOPS)).
qsizetype computeUnitEnd(QStringView text, qsizetype after)
{
    qsizetype end = after;
    for (const QStringView tail : { QStringView(u"浮点运算每秒"), QStringView(u"浮点运算/秒"),
             QStringView(u"浮点指令/秒"), QStringView(u"每秒"), QStringView(u"/秒") }) {
        if (text.mid(after).startsWith(tail)) {
            end += tail.size();
            break;
        }
    }
    if (end < text.size() && text[end] == u'(') {
        qsizetype close = end + 1;
        while (close < text.size() && close - end < 12
            && (isAsciiLetter(text[close]) || text[close] == u'/'))
            ++close;
        if (close < text.size() && text[close] == u')' && close > end + 1)
            return close + 1;
    }
    return end;
}

} // namespace

UnitMatch UnitMatcher::unitAt(QStringView text, qsizetype pos)
{
    UnitMatch match;
    if (pos >= text.size())
        return match;
    qsizetype p = pos;
    const bool spaced = text[p] == u' ';
    if (spaced)
        ++p;
    const QStringView rest = text.mid(p);
    if (rest.isEmpty())
        return match;
    const auto candidates = unitsByFirst().find(foldCase(rest[0].unicode()));
    if (candidates == unitsByFirst().end())
        return match;
    for (const UnitEntry *e : candidates->second) {
        const UnitEntry &entry = *e;
        const bool ascii = entry.text[0].unicode() < 0x80 && entry.text[0] != u'%';
        if (spaced && !ascii)
            continue;
        if (!rest.startsWith(entry.text,
                ascii && entry.text.size() > 3 ? Qt::CaseInsensitive : Qt::CaseSensitive))
            continue;
        const qsizetype after = p + entry.text.size();
        if (entry.wordEnd && after < text.size() && isAsciiLetter(text[after]))
            continue;
        // 人工智能 after a number is not "people"; 部门 is an issuer, not a count.
        if (entry.text == u"人" && after < text.size() && text[after] == u'工')
            continue;
        if (entry.text == u"部" && after < text.size() && text[after] == u'门')
            continue;
        match.unit = entry.unit.toString();
        if (entry.count)
            match.counter = entry.text.toString();
        match.power = entry.power;
        match.length = after - pos;
        // The operations-per-second spelling goes on: 千万亿次浮点运算/秒 (PFLOPS).
        if (match.unit == u"PFLOPS" && !ascii)
            match.length = computeUnitEnd(text, after) - pos;
        return match;
    }
    return match;
}

UnitMatch UnitMatcher::currencyBefore(QStringView text, qsizetype pos)
{
    UnitMatch match;
    static const std::pair<QStringView, QStringView> signs[]
        = { { u"NT$", u"TWD" }, { u"HK$", u"HKD" }, { u"新台币", u"TWD" }, { u"港币", u"HKD" },
              { u"US$", u"USD" }, { u"$", u"USD" }, { u"USD ", u"USD" }, { u"USD", u"USD" },
              { u"RMB ", u"CNY" }, { u"RMB", u"CNY" }, { u"CNY ", u"CNY" }, { u"¥", u"CNY" },
              { u"￥", u"CNY" }, { u"人民币", u"CNY" } };
    const QStringView before = text.left(pos);
    // Every sign ends in one of these: most figures have none before them.
    if (before.isEmpty() || !QStringView(u"$ DBY¥￥币").contains(before.back()))
        return match;
    for (const auto &[sign, unit] : signs) {
        if (before.endsWith(sign)) {
            match.unit = unit.toString();
            match.length = sign.size();
            return match;
        }
    }
    return match;
}

ComparatorMatch UnitMatcher::comparatorBefore(QStringView text, qsizetype pos)
{
    qsizetype p = pos;
    if (p > 0 && text[p - 1] == u' ')
        --p;
    const QStringView before = text.left(p);
    if (before.isEmpty())
        return {};
    const char16_t last = foldCase(before.back().unicode());
    for (const auto &entry : prefixes()) {
        if (foldCase(entry.text.back().unicode()) != last)
            continue;
        const bool ascii = entry.text[0].unicode() < 0x80;
        if (!before.endsWith(entry.text, ascii ? Qt::CaseInsensitive : Qt::CaseSensitive))
            continue;
        const qsizetype start = p - entry.text.size();
        if (ascii && start > 0 && isAsciiLetter(text[start - 1]))
            continue;
        if (ascii && p == pos)
            continue; // English words need a space before the number
        return { entry.comparator.toString(), pos - start };
    }
    // Bounds may stand a few words before the figure: 不超过项目总投资的30%, 最高给予500万元.
    static const std::pair<QStringView, QStringView> distant[] = { { u"原则上不超过", u"<=" },
        { u"不超过", u"<=" }, { u"不高于", u"<=" }, { u"最高", u"<=" }, { u"最多", u"<=" },
        { u"不低于", u">=" }, { u"不少于", u">=" }, { u"至少", u">=" }, { u"up to", u"<=" },
        { u"at least", u">=" }, { u"no more than", u"<=" } };
    for (qsizetype back = 1; back <= 12 && p - back >= 0; ++back) {
        const QChar c = text[p - back];
        if (c.isDigit() || c == u'，' || c == u',' || c == u'。' || c == u'；' || c == u';'
            || c == u'、' || c == u'\n' || c == u'.' || c == u':' || c == u'：')
            break;
        const QStringView head = text.left(p - back + 1);
        for (const auto &[word, comparator] : distant) {
            if (foldCase(word.back().unicode()) != foldCase(c.unicode()))
                continue;
            if (head.endsWith(word, Qt::CaseInsensitive))
                return { comparator.toString(), 0 };
        }
    }
    return {};
}

ComparatorMatch UnitMatcher::comparatorAfter(QStringView text, qsizetype pos)
{
    const QStringView rest = text.mid(pos);
    if (rest.isEmpty())
        return {};
    const char16_t first = foldCase(rest[0].unicode());
    for (const auto &entry : suffixes()) {
        if (foldCase(entry.text[0].unicode()) != first)
            continue;
        if (!rest.startsWith(entry.text, Qt::CaseInsensitive))
            continue;
        if (entry.text == u"上下" && rest.size() > 2 && rest[2] == u'游')
            continue; // 上下游: up- and downstream
        return { entry.comparator.toString(), entry.text.size() };
    }
    return {};
}

} // namespace policylens
