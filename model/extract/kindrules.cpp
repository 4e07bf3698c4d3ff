#include "extract/kindrules.h"

#include "extract/numeralparser.h"
#include "text/wordsearch.h"

#include <QList>
#include <QRegularExpression>

#include <cstdint>
#include <vector>

#include <initializer_list>

namespace policylens::kindrules {

namespace {

using commitmentrules::clauseAfter;
using commitmentrules::clauseBefore;

// The first of `words` found in text; sets *found to it.
bool findAny(QStringView text, std::initializer_list<QStringView> words, QString *found = nullptr,
    Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const QStringView w : words) {
        if (cs == Qt::CaseSensitive ? wordsearch::contains(text, w) : text.contains(w, cs)) {
            if (found)
                *found = w.trimmed().toString();
            return true;
        }
    }
    return false;
}

bool findEnglish(
    QStringView text, std::initializer_list<QStringView> words, QString *found = nullptr)
{
    return findAny(text, words, found, Qt::CaseInsensitive);
}

bool isMoneyUnit(const QString &unit)
{
    return unit == u"CNY" || unit == u"USD" || unit == u"EUR";
}

// A cue found in the text before a figure, with where it ends: the nearest one decides.
struct Cue
{
    qsizetype end = -1;
    QString kind;
    KindCue cue = KindCue::None;
    QString word;
};

bool hasLatinLetter(QStringView text)
{
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            return true;
    }
    return false;
}

// The words that tell past from future, in order of precedence on a tie (two cues ending at the
// same character: the earlier group, then the earlier word, decides).
struct CueWord
{
    QStringView word;
    KindCue cue;
    bool target; // else baseline
    bool english; // matched ignoring case, only in text with Latin letters
};

struct CueGroup
{
    KindCue cue;
    bool target;
    bool english;
    std::initializer_list<QStringView> words;
};

// 了 stands between the past-aspect words and the year-on-year ones; it counts only after a
// verb (isPastLe), not wherever it is written.
constexpr QStringView kLe = u"了";

const std::vector<CueWord> &cueWords()
{
    static const std::vector<CueWord> words = [] {
        const CueGroup groups[] = {
            { KindCue::AsOf, false, false,
                { u"截至", u"截止", u"目前", u"现有", u"当前", u"至今", u"以来", u"近年来",
                    u"拥有", u"共有" } },
            { KindCue::PastAspect, false, false,
                { u"已经", u"已", u"去年", u"上年", u"过去一年", u"过去五年", u"前三季度",
                    u"上半年", u"一季度", u"全年" } },
            { KindCue::PastAspect, false, false, { kLe } },
            { KindCue::YearOnYear, false, false,
                { u"同比", u"按可比价", u"较上年", u"比上年", u"比去年", u"较去年" } },
            { KindCue::ReportingFrame, false, false,
                { u"据统计", u"数据显示", u"统计显示", u"据介绍", u"据悉", u"获悉", u"介绍" } },
            { KindCue::PastAspect, false, true,
                { u" has ", u" have ", u" had ", u" grew", u" rose", u" reached", u" exceeded",
                    u" exceeding", u" crossed", u" was ", u" were ", u" totaled", u" totalled",
                    u" increased", u" recorded", u" ranks", u" ranked", u" accounting for",
                    u" accounted", u" surpassed", u" hit ", u" stood at", u" year on year",
                    u" year-on-year", u" last year", u" so far", u" as of" } },
            { KindCue::GoalWord, true, false,
                { u"力争", u"目标", u"将", u"计划", u"争取", u"确保", u"力求", u"预期", u"拟",
                    u"谋划", u"报告指出", u"报告提出", u"报告明确", u"报告要求" } },
            { KindCue::GoalWord, true, true,
                { u" will ", u" aims to", u" aim to", u" plans to", u" plan to", u" target",
                    u" goal", u" strive", u" seeks to", u" is to ", u" are to " } },
            { KindCue::Forecast, true, false, { u"预计", u"有望", u"预测" } },
            { KindCue::Forecast, true, true,
                { u" expected to", u" projected to", u" forecast", u" set to " } },
        };
        std::vector<CueWord> all;
        for (const CueGroup &g : groups) {
            for (const QStringView w : g.words)
                all.push_back({ w, g.cue, g.target, g.english });
        }
        return all;
    }();
    return words;
}

char16_t foldAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
}

// For each last character (English words by their lower-case last letter), the cue words ending
// in it, in order of precedence.
struct CueIndex
{
    std::vector<std::uint8_t> bucketOf = std::vector<std::uint8_t>(0x10000, 0); // 0: none
    std::vector<std::vector<std::uint8_t>> buckets { {} };

    CueIndex()
    {
        const std::vector<CueWord> &words = cueWords();
        for (size_t k = 0; k < words.size(); ++k) {
            const char16_t last = foldAscii(words[k].word.back().unicode());
            if (bucketOf[last] == 0) {
                bucketOf[last] = std::uint8_t(buckets.size());
                buckets.emplace_back();
            }
            buckets[bucketOf[last]].push_back(std::uint8_t(k));
        }
    }
};

// 了 after a verb marks a completed action (增长了, 建成了); 为了, 除了, 了解 do not.
bool isPastLe(QStringView prefix, qsizetype i)
{
    if (i <= 0)
        return false;
    const QChar next = i + 1 < prefix.size() ? prefix[i + 1] : QChar();
    return !QStringView(u"为除罢不得").contains(prefix[i - 1]) && next != u'解';
}

bool endsWithAt(QStringView prefix, qsizetype end, const CueWord &w)
{
    if (w.word == kLe)
        return isPastLe(prefix, end - 1);
    return w.word.size() <= end
        && prefix.mid(end - w.word.size(), w.word.size())
            .compare(w.word, w.english ? Qt::CaseInsensitive : Qt::CaseSensitive)
        == 0;
}

// The cue word that ends last before the figure: one backward pass over the prefix for all
// words at once (a pass per word list was the bulk of bench_extract's time).
Cue nearestCue(QStringView prefix)
{
    static const CueIndex index;
    const std::vector<CueWord> &words = cueWords();
    const bool latin = hasLatinLetter(prefix);
    for (qsizetype e = prefix.size(); e > 0; --e) {
        const char16_t c = prefix[e - 1].unicode();
        const std::uint8_t bucket = index.bucketOf[foldAscii(c)];
        if (bucket == 0)
            continue;
        for (const std::uint8_t k : index.buckets[bucket]) {
            const CueWord &w = words[k];
            if ((w.english && !latin) || !endsWithAt(prefix, e, w))
                continue;
            return { e, w.target ? QStringLiteral("target") : QStringLiteral("baseline"), w.cue,
                w.word.trimmed().toString() };
        }
    }
    return {};
}

// The nearest word before the figure that tells past from future.
Cue tenseCue(QStringView prefix, DocumentGenre genre)
{
    Cue best = nearestCue(prefix);
    const QString target = QStringLiteral("target");
    // 力争比上年增长6%: the comparison is the goal itself.
    if ((best.cue == KindCue::YearOnYear || best.cue == KindCue::PastAspect) && best.word != u"同比"
        && best.word != u"已" && best.word != u"已经") {
        QString goal;
        if (findAny(clauseBefore(prefix, best.end - best.word.size()).right(12),
                { u"力争", u"目标", u"预期", u"争取", u"确保" }, &goal))
            best = { best.end, target, KindCue::GoalWord, goal };
    }
    // In plans 目标 heads a list and 全年 is the plan's year: only the genres that report
    // read these as past.
    if (best.cue == KindCue::PastAspect && best.word == u"全年"
        && !(genre == DocumentGenre::News || genre == DocumentGenre::Statistics))
        best = {};
    return best;
}

// The words around a figure that tell money given or set aside.
struct SupportContext
{
    QStringView sentence;
    QStringView before; // the clause before the figure
    QStringView after; // the clause after it
    QStringView nearBefore; // the last 14 characters before it
    QString englishAfter; // after it, skipping a bracketed conversion
    bool money = false;
    bool fundSubject = false; // the figure is a fund's or a budget's size
};

// Support given (给予, 补贴, subsidies of), or a fund set up: the cue and word (in *w, which
// holds the fund word on entry) that decide an incentive.
std::optional<KindDecision> supportDecision(
    const SupportContext &c, const KindInput &in, QString &w)
{
    const auto support = [&](KindCue cue) {
        return KindDecision { QStringLiteral("incentive"), cue, w };
    };
    const bool givingBefore = findAny(c.nearBefore,
        { u"给予", u"奖励", u"补助", u"补贴", u"资助", u"贴息", u"扶持", u"一次性", u"最高",
            u"按照", u"按", u"财政", u"专项资金", u"安排", u"出资", u"减负", u"减税", u"降费",
            u"减免", u"发放", u"奖补", u"申领", u"额度" },
        &w);
    const bool givingAfter = !givingBefore
        && findAny(c.after.left(12),
            { u"奖励", u"补助", u"补贴", u"资助", u"贴息", u"扶持", u"支持", u"给予", u"奖补",
                u"资金", u"算力券", u"券", u"申领", u"上限" },
            &w);
    const bool english = findEnglish(c.before,
                             { u"subsid", u"reward", u"grant", u"award", u"funding of", u"allocate",
                                 u"earmark", u"voucher", u"coupon" },
                             &w)
        || findEnglish(
            c.englishAfter, { u"subsid", u"reward", u"grant", u"award", u"voucher", u"coupon" }, &w);
    const bool supportWords
        = findAny(c.sentence, { u"补助", u"补贴", u"奖励", u"资助", u"贴息", u"奖补", u"券" })
        || findEnglish(c.sentence, { u"subsid", u"reward", u"voucher", u"coupon" });
    if ((givingBefore || givingAfter || english) && (c.money || supportWords))
        return support(KindCue::Support);
    if (findAny(c.before, { u"设立", u"设置", u"安排", u"统筹" }, &w)
        && findAny(c.sentence, { u"基金", u"资金" }))
        return support(KindCue::Fund);
    if (c.fundSubject)
        return support(KindCue::Fund);
    // A percentage or sum in a sentence about subsidies is the subsidy's rate or cap.
    const bool givingSentence = findAny(c.sentence,
                                    { u"给予", u"补助", u"补贴", u"奖励", u"资助", u"贴息", u"奖补",
                                        u"算力券", u"申领额度" },
                                    &w)
        || findEnglish(c.sentence, { u"subsid", u"reward", u"grant", u"award" }, &w);
    if (givingSentence
        && (!in.year || in.year->type != YearMention::Deadline
            || (c.before.size() < 12 && !c.before.contains(u"达"))))
        return support(KindCue::Support);
    return std::nullopt;
}

std::optional<KindDecision> incentive(const KindInput &in)
{
    SupportContext c;
    c.money = isMoneyUnit(in.unit);
    if (!c.money && in.unit != u"percent")
        return std::nullopt;
    c.sentence = in.sentence;
    c.before = clauseBefore(c.sentence, in.local);
    c.after = clauseAfter(c.sentence, in.localEnd);
    c.nearBefore = c.before.right(14);
    // After the figure, skipping a bracketed conversion: "10 billion yuan (about 1.39 billion
    // U.S. dollars) industry fund".
    c.englishAfter = c.sentence.mid(in.localEnd, 80).toString();
    static const QRegularExpression bracketed(QStringLiteral("^\\s*\\([^)]*\\)"));
    c.englishAfter.remove(bracketed);
    c.englishAfter.truncate(40);
    const QStringView prefix = c.sentence.left(in.local);
    QString w;
    // A fund's or a budget's size is money set aside, whatever verb reports it.
    c.fundSubject = c.money
        && (findAny(prefix.right(40), { u"基金" }, &w) || findAny(c.after.left(8), { u"基金" }, &w)
            || findEnglish(c.englishAfter, { u" fund" }, &w)
            || findEnglish(c.before.right(30), { u" fund " }, &w));
    // 到2025年底，基金规模突破300亿元 is a goal for the fund's growth, not money set aside;
    // 已设立不低于100亿元产业发展基金 sets money aside, whatever deadline an earlier sentence named.
    if (c.fundSubject && in.year && in.year->type == YearMention::Deadline
        && !findAny(c.before.right(12), { u"设立", u"设置", u"安排", u"出资", u"发放" }))
        return std::nullopt;
    const bool scaleGoal = !c.fundSubject
        && findAny(c.before,
            { u"规模", u"营业收入", u"收入", u"产值", u"占比", u"增速", u"增长", u"比重", u"增加值",
                u"生产总值", u"GDP", u"account for", u"share", u"growth", u"output" },
            nullptr, Qt::CaseInsensitive)
        && !findAny(c.nearBefore, { u"给予", u"奖励", u"补助", u"补贴", u"资助" })
        && !findAny(c.before, { u"设立", u"设置" });
    if (scaleGoal)
        return std::nullopt;
    return supportDecision(c, in, w);
}

KindDecision make(const QString &kind, KindCue cue, const QString &word = {})
{
    return { kind, cue, word };
}

std::optional<KindDecision> yearKind(const YearMention &year)
{
    switch (year.type) {
    case YearMention::AsOf:
        return make(QStringLiteral("baseline"), KindCue::AsOf);
    case YearMention::PastPeriod:
        return make(QStringLiteral("baseline"), KindCue::PastPeriod);
    case YearMention::Deadline:
        return make(QStringLiteral("target"), KindCue::Deadline);
    case YearMention::Plain:
        break;
    }
    return std::nullopt;
}

bool reportingGenre(DocumentGenre genre)
{
    return genre == DocumentGenre::News || genre == DocumentGenre::Statistics;
}

// 从100亿元增长到500亿元, from 25 to 50 EFLOPS: the figure a change starts from is where things
// stand, whatever year the change is to reach. Returns the word that opened the change.
QString changeStart(QStringView sentence, qsizetype local, qsizetype localEnd)
{
    const QStringView before = sentence.left(local);
    QString word;
    if (before.endsWith(u"从") || before.endsWith(u"由"))
        word = before.right(1).toString();
    else if (before.endsWith(u" from ", Qt::CaseInsensitive))
        word = QStringLiteral("from");
    else
        return {};
    const QStringView after = clauseAfter(sentence, localEnd);
    for (qsizetype k = 0; k + 1 < after.size(); ++k) {
        const bool to = after[k] == u'到' || after[k] == u'至';
        const bool englishTo = after.mid(k).startsWith(u" to ", Qt::CaseInsensitive);
        const QChar next = englishTo ? (k + 4 < after.size() ? after[k + 4] : QChar()) : after[k + 1];
        if ((to || englishTo)
            && (next.isDigit() || NumeralParser::chineseDigit(next.unicode()) >= 0))
            return word;
    }
    return {};
}

} // namespace

namespace {

// English puts the aspect after the figure: "200 scenarios already in use". The word, or empty.
QString lateAspect(QStringView sentence, qsizetype localEnd)
{
    QString late;
    QStringView tail = sentence.mid(localEnd, 60);
    for (qsizetype k = 0; k < tail.size(); ++k) {
        if (tail[k] == u',' || tail[k] == u';' || tail[k] == u'.' || tail[k] == u'\n') {
            tail = tail.left(k);
            break;
        }
    }
    findEnglish(tail, { u" already", u" so far", u" to date", u" have been", u" has been" }, &late);
    return late;
}

// When no word near the figure decides: its year against the document's, the paragraph's frame,
// a floor in news, then the genre. prefix is the figure's line up to it.
KindDecision weakerEvidence(const KindInput &in, QStringView prefix)
{
    const QString baseline = QStringLiteral("baseline"), target = QStringLiteral("target");
    const int documentYear = in.years.documentYear;
    const int year = in.year ? in.year->year : 0;
    if (year > 0 && documentYear > 0 && year < documentYear)
        return make(baseline, KindCue::PastYear);
    if (year > 0 && documentYear == 0) {
        // Undated document: "2022年，规模约为2500亿元" before a plan's first deadline reports
        // where the plan starts.
        if (in.years.earliestDeadline > 0 && year < in.years.earliestDeadline
            && commitmentrules::hasReportingVerb(prefix)
            && !commitmentrules::hasFutureMarker(in.sentence))
            return make(baseline, KindCue::PastYear);
    }
    if (in.frame == Frame::Past)
        return make(baseline, KindCue::PastAspect);
    if (in.frame == Frame::Future)
        return make(target, KindCue::GoalWord);
    if (year > 0 && documentYear > 0 && year > documentYear)
        return make(target, KindCue::FutureYear);
    // 以上/不少于 set a floor to reach; reports say 超, 突破, 逾.
    if (in.comparator == u">=" && in.genre == DocumentGenre::News)
        return make(target, KindCue::GoalWord, in.comparator);
    return make(reportingGenre(in.genre) ? baseline : target, KindCue::Genre);
}

} // namespace

KindDecision decide(const KindInput &in)
{
    if (auto i = incentive(in))
        return *i;
    if (const QString from = changeStart(in.sentence, in.local, in.localEnd); !from.isEmpty())
        return make(QStringLiteral("baseline"), KindCue::AsOf, from);
    const QString baseline = QStringLiteral("baseline"), target = QStringLiteral("target");
    const int documentYear = in.years.documentYear;
    // A year stated in the sentence decides by its kind; one carried from an earlier sentence
    // yields to the sentence's own words (目前…已引进 after 力争到2027年).
    if (in.year && in.yearInSentence) {
        if (auto byYear = yearKind(*in.year))
            return *byYear;
    }
    // Cues are read on the figure's own line: a headline above it is another statement.
    QStringView prefix = in.sentence.left(in.local);
    prefix = prefix.mid(prefix.lastIndexOf(u'\n') + 1);
    const Cue cue = tenseCue(prefix, in.genre);
    const int year = in.year ? in.year->year : 0;
    if (cue.cue == KindCue::Forecast) {
        if (year > 0 && documentYear > year)
            return make(baseline, KindCue::ForecastOfPastYear, cue.word);
        return make(target, KindCue::Forecast, cue.word);
    }
    if (year > 0 && in.yearInSentence && documentYear > 0) {
        if (year < documentYear)
            return make(baseline, KindCue::PastYear);
        if (year > documentYear)
            return make(target, KindCue::FutureYear);
    }
    if (cue.cue != KindCue::None)
        return make(cue.kind, cue.cue, cue.word);
    if (const QString late = lateAspect(in.sentence, in.localEnd); !late.isEmpty())
        return make(baseline, KindCue::PastAspect, late);
    if (in.year && !in.yearInSentence) {
        if (auto byYear = yearKind(*in.year))
            return *byYear;
    }
    return weakerEvidence(in, prefix);
}

Frame frameAfter(
    QStringView sentence, const QList<YearMention> &mentions, int documentYear, Frame current)
{
    for (const YearMention &m : mentions) {
        if (m.type == YearMention::Deadline)
            return Frame::Future;
        if (m.type == YearMention::AsOf || m.type == YearMention::PastPeriod
            || (documentYear > 0 && m.year < documentYear))
            return Frame::Past;
    }
    Cue cue = tenseCue(sentence, DocumentGenre::Other);
    // 围绕…建设目标 names an aim in passing; only words that plan (力争, 将, 预计) set the time
    // of the sentences after.
    if (cue.word == u"目标")
        cue = tenseCue(sentence.left(cue.end - cue.word.size()), DocumentGenre::Other);
    if (cue.kind == u"target")
        return Frame::Future;
    if (cue.kind == u"baseline" && cue.cue != KindCue::ReportingFrame)
        return Frame::Past;
    return current;
}

} // namespace policylens::kindrules
