#include "instruments/sentenceanalysis.h"

#include "extract/quantityfinder.h"
#include "extract/yearresolver.h"

#include <QHash>

#include <algorithm>

namespace policylens {

namespace {

constexpr double kAccept = 0.5;

struct Clause
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool action = false;
    bool goal = false;
    bool background = false;
    bool incentive = false;
    bool frame = false; // 在…领域 / 在…方面: names the field the measures that follow act in
    qsizetype condition = -1; // where a condition (符合, 满足) begins: what follows is a test
    QString verb; // first verb of action
};

struct Evidence
{
    double score = 0; // noisy-or of the weights
    double best = 0;
    CodingReason reason;

    void add(double w, const CodingReason &r)
    {
        score = 1 - (1 - score) * (1 - w);
        if (w > best) {
            best = w;
            reason = r;
        }
    }
};

// Titles in 《》 name other documents: their words are not measures of this one.
QList<std::pair<qsizetype, qsizetype>> titleRanges(QStringView s)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype open = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'《')
            open = i;
        else if (s[i] == u'》' && open >= 0) {
            out.append({ open, i + 1 });
            open = -1;
        }
    }
    return out;
}

bool inside(const QList<std::pair<qsizetype, qsizetype>> &ranges, qsizetype pos)
{
    return std::any_of(ranges.begin(), ranges.end(),
        [pos](const auto &r) { return pos >= r.first && pos < r.second; });
}

bool isFrame(QStringView clause)
{
    clause = clause.trimmed();
    return clause.startsWith(u'在') && clause.size() <= 24
        && (clause.endsWith(u"领域") || clause.endsWith(u"方面"));
}

QList<Clause> splitClauses(QStringView s)
{
    QList<Clause> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || QStringView(u"，,；;：:").contains(s[i])) {
            if (i > start) {
                Clause c;
                c.start = start;
                c.end = i;
                c.frame = isFrame(s.mid(start, i - start));
                out.append(c);
            }
            start = i + 1;
        }
    }
    if (out.isEmpty()) {
        Clause c;
        c.end = s.size();
        out.append(c);
    }
    return out;
}

Clause *clauseAt(QList<Clause> &clauses, qsizetype pos)
{
    for (Clause &c : clauses) {
        if (pos >= c.start && pos < c.end)
            return &c;
    }
    return clauses.isEmpty() ? nullptr : &clauses.last();
}

struct SentenceShape
{
    bool preamble = false; // 为…，制定本方案
    bool report = false; // 近年来…建成: an achievement reported, no measure announced
    bool definition = false; // 是指, 所称: a pure definition (the codebook leaves it uncoded)
    bool guiding = false; // 深入贯彻…, 以…为指导
    bool anyAction = false;
    bool goalWords = false;
};

SentenceShape readGrammar(QStringView lowered, QList<Clause> &clauses)
{
    const ClauseGrammar &g = ClauseGrammar::instance();
    SentenceShape shape;
    bool purpose = false;
    bool enactment = false;
    bool past = false;
    bool future = false;
    bool definition = false;
    for (const CueMatcher::Hit &h : g.match(lowered)) {
        Clause *c = clauseAt(clauses, h.start);
        if (g.is(h, GrammarWord::Action) || g.is(h, GrammarWord::Modal)) {
            if (c && !c->action)
                c->verb = g.text(h);
            if (c)
                c->action = true;
            shape.anyAction = true;
        }
        if (c && g.is(h, GrammarWord::Goal)) {
            c->goal = true;
            shape.goalWords = true;
        }
        if (c && g.is(h, GrammarWord::Background))
            c->background = true;
        if (c && g.is(h, GrammarWord::Incentive))
            c->incentive = true;
        if (c && g.is(h, GrammarWord::Condition) && c->condition < 0)
            c->condition = h.end;
        purpose = purpose || (g.is(h, GrammarWord::Purpose) && h.start <= 1);
        enactment = enactment || g.is(h, GrammarWord::Enactment);
        past = past || (g.is(h, GrammarWord::Past) && c == &clauses.first());
        future = future || g.is(h, GrammarWord::Future);
        definition = definition || g.is(h, GrammarWord::Definition);
        shape.guiding = shape.guiding || (g.is(h, GrammarWord::Guiding) && h.start <= 12);
    }
    shape.preamble = purpose && (enactment || shape.guiding);
    shape.report = past && !future;
    shape.definition = definition;
    return shape;
}

} // namespace

namespace {

struct CueUse
{
    CueMatcher::Hit hit;
    int code = 0;
    CueKind kind = CueKind::Object;
};

QList<CueUse> cueUses(const CompiledCodebook &book, QStringView lowered)
{
    const auto titles = titleRanges(lowered);
    QList<CueUse> out;
    for (const CueMatcher::Hit &h : book.cues.match(lowered)) {
        if (inside(titles, h.start))
            continue;
        for (int p : book.cues.payloads(h.phrase)) {
            if (p < 0 || CueKind(p % 8) == CueKind::Block)
                continue;
            out.append({ h, p / 8, CueKind(p % 8) });
        }
    }
    return out;
}

// In a noun phrase the last noun is the head: 算力技术攻关 is about research, not computing
// power; "computing power vouchers" are vouchers; in 支撑大模型训练的算力 the phrase before 的
// only describes the computing power. Returns the factor for cue i: 1 for a head, less for a
// modifier, 0 for a modifier of the same code (its head already counts).
// 科技创新部门, 数据局: a cue that names an office is part of the office's name.
bool namesAnOffice(QStringView lowered, qsizetype end)
{
    const QStringView rest = lowered.mid(end, 3);
    for (const char16_t *suffix : { u"部门", u"局", u"厅", u"委", u"办公室", u"主管部门" }) {
        if (rest.startsWith(QStringView(suffix)))
            return true;
    }
    return false;
}

double headFactor(QStringView lowered, const QList<CueUse> &uses, qsizetype i)
{
    const CueUse &u = uses[i];
    const bool chinese = lowered[u.hit.end - 1].unicode() >= 0x2E80;
    if (chinese && namesAnOffice(lowered, u.hit.end))
        return 0;
    for (qsizetype j = i + 1; j < uses.size(); ++j) {
        const qsizetype gap = uses[j].hit.start - u.hit.end;
        const bool adjacent = gap == 0 || (!chinese && gap == 1 && lowered[u.hit.end] == u' ');
        if (!adjacent)
            break;
        if (uses[j].code == u.code)
            return 0;
        return u.kind == CueKind::Term ? 1 : 0.4;
    }
    if (!chinese || u.kind == CueKind::Term)
        return 1;
    // An attributive phrase: X …的 Y within the clause, Y a cue of another code.
    const qsizetype de = lowered.indexOf(u'的', u.hit.end);
    if (de < 0 || de - u.hit.end > 12)
        return 1;
    for (qsizetype k = u.hit.end; k < de; ++k) {
        if (QStringView(u"，,；;：:。").contains(lowered[k]))
            return 1;
    }
    for (qsizetype j = i + 1; j < uses.size(); ++j) {
        if (uses[j].hit.start > de && uses[j].hit.start - de <= 8 && uses[j].code != u.code)
            return 0.5;
    }
    return u.hit.end == de ? 0.5 : 1; // 购买算力服务的企业: the firms are the head
}

// “人工智能+”, “AI+”: a quoted cue is the name of a campaign or slogan, not a measure.
bool quotedName(QStringView lowered, const CueUse &u)
{
    return u.hit.start > 0 && u.hit.end < lowered.size() && lowered[u.hit.start - 1] == u'“'
        && lowered[u.hit.end] == u'”';
}

double cueWeight(const CueUse &u, const Clause &clause, const SentenceShape &shape)
{
    double w = 0.35; // weak
    if (u.kind == CueKind::Term)
        w = 0.85;
    else if (u.kind == CueKind::Object)
        w = (clause.action || clause.goal) ? 0.7 : (shape.anyAction ? 0.45 : 0.3);
    if (clause.background || shape.report)
        w *= 0.25;
    if (clause.frame)
        w *= 0.4;
    if (u.kind != CueKind::Term && clause.condition >= 0 && u.hit.start >= clause.condition
        && u.hit.start - clause.condition < 12)
        w *= 0.4; // 符合国家标准的: a condition of eligibility, not a standard set
    if (shape.preamble)
        w *= u.kind == CueKind::Term ? 0.7 : 0.5; // a preamble names tools only in passing
    return w;
}

CodingReason reasonFor(const CompiledCodebook &book, const CueUse &u, const Clause &clause)
{
    CodingReason r;
    r.cue = book.cues.phraseText(u.hit.phrase);
    if (u.kind == CueKind::Term)
        r.kind = CodingReason::Kind::Cue;
    else if (u.kind == CueKind::Object && clause.action) {
        r.kind = CodingReason::Kind::VerbObject;
        r.verb = clause.verb;
    } else
        r.kind = CodingReason::Kind::Mention;
    return r;
}

// A number the sentence commits to: a quantity with goal wording in its clause (or any
// quantity in a paragraph of goals) and no incentive frame (给予最高500万元 is money given).
QString targetQuantity(QStringView normalized, QList<Clause> &clauses, bool goalParagraph)
{
    for (const Quantity &q : QuantityFinder::find(normalized)) {
        if (q.isExcluded() || q.quoted || (q.unit.isEmpty() && q.counter.isEmpty()))
            continue;
        const Clause *c = clauseAt(clauses, q.start);
        if (c && (c->goal || goalParagraph) && !c->incentive)
            return normalized.mid(q.start, q.end - q.start).toString();
    }
    return {};
}

// A year the sentence sets as a deadline: 到2025年, 2025年底前, by 2025, and also 2025年年底前
// and 2025年底 (the end of a year a plan looks ahead to).
std::optional<YearMention> deadline(QStringView normalized)
{
    for (const YearMention &y : YearResolver::find(normalized, 0)) {
        const QStringView after = normalized.mid(y.end, 4);
        const bool yearEnd = after.startsWith(u"年底") || after.startsWith(u"底")
            || after.startsWith(u"年末") || after.startsWith(u"末") || after.startsWith(u"前");
        if (y.type == YearMention::Deadline || (y.type == YearMention::Plain && yearEnd))
            return y;
    }
    return std::nullopt;
}

void addGoalEvidence(QStringView normalized, QList<Clause> &clauses, const SentenceShape &shape,
    LayoutContext &ctx, Evidence &e)
{
    if (shape.report)
        return; // a baseline, not a goal
    if (const auto year = deadline(normalized)) {
        e.add(0.8, { CodingReason::Kind::Deadline,
                       normalized.mid(year->start, year->end - year->start).toString(), {} });
        if (!clauses.isEmpty() && year->start < clauses.first().end)
            ctx.goalParagraph = true;
    }
    const QString target = targetQuantity(normalized, clauses, ctx.goalParagraph);
    if (!target.isEmpty())
        e.add(0.85, { CodingReason::Kind::Target, target, {} });
    if ((ctx.goalSection || ctx.goalParagraph) && !shape.guiding)
        e.add(ctx.goalSection ? 0.75 : 0.3, { CodingReason::Kind::Goal, {}, {} });
    if (shape.guiding || shape.preamble)
        return;
    for (const Clause &c : clauses) {
        if (c.goal && !c.background)
            e.add(0.2, { CodingReason::Kind::Goal, {}, {} });
    }
}

} // namespace

CompiledCodebook::CompiledCodebook(Codebook b)
    : book(std::move(b))
{
    for (qsizetype i = 0; i < book.codes.size(); ++i) {
        const CodebookCode &c = book.codes[i];
        if (c.goal && goalCode < 0)
            goalCode = int(i);
        for (const Cue &cue : c.cues)
            cues.add(cue.text, payload(int(i), cue.kind));
    }
    for (const QString &phrase : std::as_const(book.ignored))
        cues.add(phrase, -1);
    cues.build();
}

void readHeading(const CompiledCodebook &book, QStringView lowered, bool section, bool leadIn,
    LayoutContext &ctx)
{
    QList<int> codes;
    for (const CueUse &u : cueUses(book, lowered)) {
        if (u.kind != CueKind::Weak && !codes.contains(u.code))
            codes.append(u.code);
    }
    bool goal = false;
    bool measures = false;
    const ClauseGrammar &g = ClauseGrammar::instance();
    for (const CueMatcher::Hit &h : g.match(lowered)) {
        goal = goal || g.is(h, GrammarWord::GoalHeading);
        measures = measures || g.is(h, GrammarWord::Measures);
    }
    if (leadIn) {
        ctx.leadInCodes = codes;
        return;
    }
    ctx.leadInCodes.clear();
    ctx.goalParagraph = false;
    ctx.subCodes = codes;
    if (section) {
        ctx.sectionCodes = codes;
        ctx.subCodes.clear();
        ctx.goalSection = goal;
        ctx.measuresSection = measures;
    } else {
        ctx.goalSection = (ctx.goalSection && !measures) || goal;
    }
}

QList<CodeAssignment> analyseSentence(const CompiledCodebook &book, QStringView normalized,
    QStringView lowered, LayoutContext &ctx)
{
    QList<Clause> clauses = splitClauses(lowered);
    const SentenceShape shape = readGrammar(lowered, clauses);
    if (shape.definition)
        return {};
    QList<Evidence> evidence(book.book.codes.size());
    const QList<CueUse> uses = cueUses(book, lowered);
    // Hints of one code listed together count once: 医疗、教育、交通 is one list of sectors.
    QHash<int, qsizetype> lastHint; // code -> end of its last weak cue
    for (qsizetype i = 0; i < uses.size(); ++i) {
        const CueUse &u = uses[i];
        const Clause &clause = *clauseAt(clauses, u.hit.start);
        if (u.kind == CueKind::Weak) {
            const qsizetype prev = lastHint.value(u.code, -1);
            lastHint[u.code] = u.hit.end;
            const QStringView gap = prev >= 0 ? lowered.mid(prev, u.hit.start - prev) : QStringView();
            if (prev >= 0 && gap.size() <= 6 && gap.contains(u'、'))
                continue;
        }
        const double w = cueWeight(u, clause, shape) * headFactor(lowered, uses, i)
            * (quotedName(lowered, u) ? 0.5 : 1.0);
        if (w > 0)
            evidence[u.code].add(w, reasonFor(book, u, clause));
    }
    if (book.goalCode >= 0)
        addGoalEvidence(normalized, clauses, shape, ctx, evidence[book.goalCode]);
    QList<CodeAssignment> out;
    for (qsizetype c = 0; c < evidence.size(); ++c) {
        Evidence &e = evidence[c];
        if (e.score > 0.2 && e.score < kAccept && ctx.names(int(c)))
            e.add(0.35, { CodingReason::Kind::Heading, e.reason.cue, e.reason.verb });
        if (e.score >= kAccept)
            out.append({ book.book.codes[c].key, std::min(0.99, e.score), e.reason });
    }
    std::stable_sort(out.begin(), out.end(),
        [](const CodeAssignment &a, const CodeAssignment &b) { return a.confidence > b.confidence; });
    if (out.size() > InstrumentCoder::MaxCodesPerSentence)
        out.resize(InstrumentCoder::MaxCodesPerSentence);
    return out;
}

} // namespace policylens
