#include "extract/commitmentrules.h"

#include "extract/numeralparser.h"
#include "extract/unitmatcher.h"
#include "text/wordsearch.h"

#include <algorithm>

#include <initializer_list>

namespace policylens::commitmentrules {

namespace {

bool containsAny(QStringView text, std::initializer_list<QStringView> words,
    Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (cs == Qt::CaseSensitive)
        return wordsearch::containsAny(text, words);
    for (const QStringView w : words) {
        if (text.contains(w, cs))
            return true;
    }
    return false;
}

bool endsWithAny(QStringView text, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words) {
        if (text.endsWith(w))
            return true;
    }
    return false;
}

bool isClauseBreak(QChar c)
{
    return c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'。' || c == u':'
        || c == u'：' || c == u'\n';
}

// Verbs that make a count a goal: 培育10家, 建设5个, 形成3至4个.
constexpr std::initializer_list<QStringView> kGoalVerbs = { u"培育", u"建设", u"打造", u"形成",
    u"建成", u"新增", u"引进", u"攻克", u"推出", u"实施", u"组织", u"开展", u"支持", u"聚集",
    u"集聚", u"布局", u"创建", u"认定", u"达到", u"超过", u"突破", u"新建", u"遴选", u"评选",
    u"发布", u"制定", u"制修订", u"部署", u"推广", u"吸引", u"引育", u"孵化", u"建立", u"培养",
    u"达", u"超", u"累计", u"落地", u"引导", u"入选", u"获得" };

// Nouns after a counter that describe the plan's own structure, not a goal.
constexpr std::initializer_list<QStringView> kStructureNouns = { u"方面", u"层面", u"维度", u"环节",
    u"阶段", u"原则", u"方向", u"重点任务", u"任务", u"措施", u"举措", u"部分", u"章", u"条款",
    u"领域", u"步", u"批次", u"个字", u"坚持", u"统筹", u"结合", u"转变", u"突出", u"优先", u"工作",
    u"部门", u"行动", u"专项行动", u"机制", u"战略", u"体系" };

// English counts name what they count right after the number: "5.9 million standard racks",
// "no less than 10 leading industrial enterprises". A plural noun within four words, before any
// punctuation, makes a bare number a count; units of time are durations, not counts.
bool englishCount(QStringView sentence, const Quantity &q, qsizetype local)
{
    if (q.chineseNumeral || (!q.value.isInteger() && !q.magnitude))
        return false;
    const qsizetype end = local + (q.end - q.start);
    if (end >= sentence.size() || sentence[end] != u' ')
        return false;
    qsizetype p = end + 1;
    for (int words = 0; words < 4 && p < sentence.size(); ++words) {
        qsizetype w = p;
        while (w < sentence.size() && (sentence[w].isLetterOrNumber() || sentence[w] == u'-'))
            ++w;
        const QStringView word = sentence.mid(p, w - p);
        if (word.isEmpty() || word[0].unicode() >= 0x80)
            return false;
        if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss")) {
            for (const QStringView time : { u"years", u"months", u"days", u"hours", u"times",
                     u"minutes", u"seconds", u"weeks", u"decades", u"percents" }) {
                if (word.compare(time, Qt::CaseInsensitive) == 0)
                    return false;
            }
            return true;
        }
        if (w >= sentence.size() || sentence[w] != u' ')
            return false;
        p = w + 1;
    }
    return false;
}

// 三个一百, 两个一百年, 四个一批: a count right before another number names a slogan made of
// numbered items, not how many things are built. A number of its own follows: one with a
// magnitude (一百) or a counter (一批), not a grade (一流) or a scale (一百亿级, 一百亿元).
bool countsNumberedNames(QStringView after)
{
    if (after.isEmpty() || NumeralParser::chineseDigit(after[0].unicode()) < 0)
        return false;
    const auto n = NumeralParser::parseAt(after, 0);
    if (!n || !n->chinese || n->arabic)
        return false;
    const UnitMatch unit = UnitMatcher::unitAt(after, n->end);
    if (n->end < after.size() && after[n->end] == u'级')
        return false;
    return unit.unit.isEmpty() ? n->characters >= 2 : !unit.counter.isEmpty();
}

} // namespace

// Words that put a statement in the future: 到2025年, 力争, 将, 计划, 目标. 到 inside 达到/得到
// is a verb of reaching, not a deadline.
bool hasFutureMarker(QStringView text)
{
    if (containsAny(text,
            { u"力争", u"将", u"计划", u"目标", u"预计", u"争取", u"确保", u"力求", u"预期" }))
        return true;
    for (qsizetype i = text.indexOf(u'到'); i >= 0; i = text.indexOf(u'到', i + 1)) {
        if (i == 0 || !QStringView(u"达得受做遇看听感提收").contains(text[i - 1]))
            return true;
    }
    return false;
}

// Verbs that report a figure: 为, 约为, 达, 达到了, 已达, 实现, 共有.
bool hasReportingVerb(QStringView text)
{
    if (containsAny(text,
            { u"约为", u"达", u"实现", u"完成", u"共有", u"拥有", u"累计", u"增长", u"突破" }))
        return true;
    for (qsizetype i = text.indexOf(u'为'); i >= 0; i = text.indexOf(u'为', i + 1)) {
        // 为 as "is" stands before a figure, not inside 作为/成为/为了.
        const QChar prev = i > 0 ? text[i - 1] : QChar();
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (!QStringView(u"作成认视称因以").contains(prev) && next != u'了' && next != u'主')
            return true;
    }
    return false;
}

bool isRecurring(QStringView sentence)
{
    if (containsAny(sentence, { u"每年", u"年年", u"每一年" }))
        return true;
    // Case-insensitive searches are slow; Chinese sentences rarely hold a Latin letter.
    const bool latin = std::any_of(sentence.begin(), sentence.end(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
    return latin
        && containsAny(sentence, { u"every year", u"each year", u"annually", u"per year" },
            Qt::CaseInsensitive);
}

QStringView clauseBefore(QStringView sentence, qsizetype local)
{
    qsizetype s = local;
    // English words are longer than Chinese ones: look further back in Latin text.
    const qsizetype reach = (local > 0 && sentence[local - 1].unicode() < 0x80) ? 80 : 30;
    while (s > 0 && !isClauseBreak(sentence[s - 1]) && local - s < reach)
        --s;
    return sentence.mid(s, local - s);
}

QStringView clauseAfter(QStringView sentence, qsizetype localEnd)
{
    qsizetype e = localEnd;
    while (e < sentence.size() && !isClauseBreak(sentence[e]) && sentence[e] != u'、'
        && e - localEnd < 24)
        ++e;
    return sentence.mid(localEnd, e - localEnd);
}

QString effectiveUnit(QStringView sentence, const Quantity &q, qsizetype local)
{
    if (!q.unit.isEmpty())
        return q.unit;
    const QStringView before = clauseBefore(sentence, local);
    if (englishCount(sentence, q, local))
        return QStringLiteral("count");
    // English: "the number of AI enterprises will exceed 1,500".
    if (!q.chineseNumeral && q.value.isInteger()
        && endsWithAny(
            before, { u"exceed ", u"reach ", u"over ", u"more than ", u"at least ", u"to " })
        && containsAny(before,
            { u"enterprises", u"companies", u"firms", u"models", u"scenarios", u"parks",
                u"projects", u"platforms", u"talents", u"patents", u"standards", u"users" },
            Qt::CaseInsensitive))
        return QStringLiteral("count");
    if (!q.magnitude || q.value.toDouble() < 10000)
        return {};
    if (!endsWithAny(before,
            { u"达到", u"达", u"超过", u"突破", u"超", u"逾", u"为", u"约", u"近", u"增长到",
                u"提高到", u"提升到", u"增加到", u"量", u"reach", u"over", u"of" })
        && q.comparator.isEmpty())
        return {};
    // A noun right after the figure is what is counted: 10万标准机架.
    const qsizetype localEnd = local + (q.end - q.start);
    const QChar next = localEnd < sentence.size() ? sentence[localEnd] : QChar();
    const bool nounFollows = next.unicode() >= 0x4E00 && next.unicode() <= 0x9FFF
        && !QStringView(u"的和及与或等").contains(next);
    if (!nounFollows
        && containsAny(before,
            { u"产业规模", u"经济规模", u"市场规模", u"基金规模", u"收入", u"产值", u"营收",
                u"投资", u"资金", u"增加值", u"金额", u"总额", u"销售额", u"交易额", u"GDP",
                u"生产总值", u"融资", u"营业额", u"税收" }))
        return QStringLiteral("CNY");
    return QStringLiteral("count");
}

namespace {

// A sum or share that describes something else is not itself a goal or a grant:
// 对年营业收入首次突破1亿元的企业，给予50万元奖励; 培育5家营收超百亿元的龙头企业.
bool describesSomethingElse(
    QStringView sentence, const QString &unit, qsizetype local, QStringView after)
{
    qsizetype a = 0;
    while (a < after.size() && a < 6 && !isClauseBreak(after[a]) && after[a] != u'的')
        ++a;
    const bool attributive = a < after.size() && after[a] == u'的'
        && containsAny(after.mid(a + 1).left(12),
            { u"企业", u"项目", u"单位", u"机构", u"主体", u"团队", u"公司", u"产品", u"平台",
                u"园区", u"人才", u"集群", u"基地", u"龙头", u"领军" });
    const QStringView clause = clauseBefore(sentence, local);
    const bool giving = containsAny(sentence, { u"给予", u"奖励", u"补助", u"补贴", u"资助" });
    const bool conditional = containsAny(clause, { u"对", u"凡", u"符合", u"首次", u"年度" })
        && !containsAny(
            clause.right(8), { u"给予", u"奖励", u"补助", u"补贴", u"资助", u"最高" });
    if (attributive && giving && conditional)
        return true;
    if (attributive && unit != u"count" && !giving)
        return true;
    // A threshold naming a class of things (百亿元以上产业集群, 1000P以上智算中心): a noun
    // follows 以上 directly.
    if (unit != u"count" && (after.startsWith(u"以上") || after.startsWith(u"以下"))
        && after.size() > 2 && after[2].unicode() >= 0x4E00 && after[2].unicode() <= 0x9FFF
        && !QStringView(u"的和及或等").contains(after[2]))
        return true;
    return false;
}

// A count a document commits to, not an enumeration of its own measures, a slogan (“两个先行”,
// 三个一百) or an explanation after 即.
bool isCountCommitment(QStringView sentence, const Quantity &q, QStringView before, QStringView after)
{
    if (q.quoted)
        return false;
    // 3项1亿元资金: a count of the amounts that follow it, not a figure of its own.
    if (!after.isEmpty() && after[0].isDigit())
        return false;
    if (countsNumberedNames(after))
        return false;
    // 14条政策, 25个支持方向: the measures of the document itself.
    if (containsAny(after.left(4), { u"政策", u"方向", u"举措", u"条款" }))
        return false;
    for (const QStringView noun : kStructureNouns) {
        if (after.startsWith(noun)
            || (after.startsWith(u"重点") && after.mid(2).startsWith(noun)))
            return false;
    }
    // "即推进10个领域重点工作": an explanation of a slogan, not a goal.
    const qsizetype ji = before.lastIndexOf(u'即');
    if (ji >= 0
        && !QStringView(u"将可时使便")
                .contains(ji + 1 < sentence.size() ? sentence[ji + 1] : QChar()))
        return false;
    if (q.chineseNumeral && q.value.toDouble() < 10) {
        const QStringView near = before.right(6);
        if (!containsAny(near, kGoalVerbs))
            return false;
        // 一张网, 一件事, 一张图: slogans count one thing named by a single character.
        qsizetype noun = 0;
        while (noun < after.size() && after[noun].unicode() >= 0x4E00
            && after[noun].unicode() <= 0x9FFF)
            ++noun;
        if (q.value.toDouble() == 1 && noun < 2)
            return false;
    }
    return true;
}

} // namespace

bool isCommitment(QStringView sentence, const Quantity &q, const QString &unit, qsizetype local,
    qsizetype localEnd)
{
    if (q.isExcluded() || unit.isEmpty())
        return false;
    const QStringView before = sentence.left(local);
    const QStringView after = sentence.mid(localEnd);
    // Penalties in regulations (处一万元以上十万元以下罚款) are neither goals nor support.
    if (containsAny(
            sentence, { u"罚款", u"罚金", u"有期徒刑", u"拘留", u"没收", u"fine of", u"fined" }))
        return false;
    if (describesSomethingElse(sentence, unit, local, after))
        return false;
    if (unit == u"count" && !isCountCommitment(sentence, q, before, after))
        return false;
    if (unit == u"times" && q.chineseNumeral == false && q.value.toDouble() > 1000)
        return false;
    return true;
}

QString refineComparator(QStringView sentence, qsizetype local, const QString &stated,
    const QString &previous, bool incentive)
{
    const QStringView before = sentence.left(local);
    const QStringView english = before.right(32).trimmed();
    if (stated.isEmpty() || stated == u">") {
        for (const QStringView w : { u"not exceed", u"not exceeding", u"no more than",
                 u"not more than", u"up to", u"maximum of", u"capped at", u"at most" }) {
            if (english.endsWith(w, Qt::CaseInsensitive))
                return QStringLiteral("<=");
        }
    }
    if (!stated.isEmpty())
        return stated;
    if (!previous.isEmpty() && previous != u"~" && previous != u"range")
        return previous; // 分别突破2000亿元、6000亿元
    // The clause before the figure, read across 、 so that 最高 reaches every item of its list.
    qsizetype s = local;
    const qsizetype reach = (local > 0 && sentence[local - 1].unicode() < 0x80) ? 80 : 16;
    while (s > 0 && !isClauseBreak(sentence[s - 1]) && local - s < reach)
        --s;
    const QStringView clause = sentence.mid(s, local - s);
    if (containsAny(clause, { u"最高", u"不超过", u"上限", u"至多" })
        || containsAny(clause, { u"maximum", u"up to" }, Qt::CaseInsensitive))
        return QStringLiteral("<=");
    if (incentive && (clause.endsWith(u"可达") || clause.endsWith(u"最多")))
        return QStringLiteral("<=");
    // 200万元申领上限, 50万元封顶: the figure is a cap.
    const QStringView after = sentence.mid(local).left(24);
    const qsizetype unitEnd = after.indexOf(u"元");
    if (incentive && unitEnd >= 0
        && (after.mid(unitEnd + 1).left(5).contains(u"上限")
            || after.mid(unitEnd + 1).startsWith(u"封顶")))
        return QStringLiteral("<=");
    for (const QStringView w : { u"exceeded", u"crossed", u"surpassed", u"topped" }) {
        if (english.endsWith(w, Qt::CaseInsensitive))
            return QStringLiteral(">");
    }
    return QStringLiteral("=");
}

} // namespace policylens::commitmentrules
