#pragma once

#include "instruments/cuematcher.h"

namespace policylens {

// The words of policy language that say what a clause does, independent of any codebook:
// verbs of action (建设, 支持, build), goal wording (力争, 基本形成, strive), background and
// deficit (存在…不足, 尚未, lack), incentive frames (给予, 最高), and the openers of preambles and
// guiding statements. Matched in lowered Simplified text like the cues.
enum class GrammarWord {
    Action, // a verb of a measure: the government does something
    Goal, // the sentence states where things should be
    Background, // a deficit, problem or negation: the clause describes, it does not act
    Incentive, // money or support given to someone, or a ceiling: 给予, 最高, 不超过, up to
    Condition, // a test of eligibility: 符合, 满足, meeting
    Modal, // English will/shall: the sentence announces a measure
    Past, // 近年来, 截至, 去年, so far: a report of what has happened
    Future, // 将, 力争, 计划, plan to: what is to happen
    Definition, // 是指, 本办法所称, "refers to": the sentence defines a term
    Purpose, // 为/为了 opening a preamble; in order to
    Enactment, // 制定本方案, 特制定, 现提出如下: a preamble's closing
    Guiding, // 以…为指导, 深入贯彻: a statement of guiding ideology
    GoalHeading, // 目标 in a heading: the list below states goals
    Measures, // 保障措施, 政策措施: the list below states measures
};

class ClauseGrammar final
{
public:
    static const ClauseGrammar &instance();

    QList<CueMatcher::Hit> match(QStringView lowered) const { return m_matcher.match(lowered); }
    bool is(const CueMatcher::Hit &hit, GrammarWord word) const
    {
        return m_matcher.payloads(hit.phrase).contains(int(word));
    }
    QString text(const CueMatcher::Hit &hit) const { return m_matcher.phraseText(hit.phrase); }

private:
    ClauseGrammar();
    CueMatcher m_matcher;
};

} // namespace policylens
