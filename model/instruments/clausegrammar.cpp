#include "instruments/clausegrammar.h"

#include <initializer_list>

namespace policylens {

namespace {

struct WordList
{
    GrammarWord word;
    std::initializer_list<const char16_t *> phrases;
};

// Language, not codebook: these lists describe how policy sentences act, so they serve every
// codebook. Chinese in Simplified form (text is simplified before matching).
const WordList kWords[] = {
    { GrammarWord::Action,
        { u"建设", u"建立", u"打造", u"构建", u"布局", u"推进", u"推动", u"加快", u"支持", u"鼓励",
            u"引导", u"培育", u"培养", u"引进", u"设立", u"实施", u"开展", u"组织", u"提升", u"完善",
            u"强化", u"加强", u"加大", u"优化", u"发放", u"给予", u"提供", u"发展", u"开放", u"共建",
            u"搭建", u"部署", u"建成", u"升级", u"探索", u"深化", u"扩大", u"促进", u"谋划", u"创建",
            u"争创", u"落地", u"攻克", u"聚焦", u"整合", u"统筹", u"降低", u"用好", u"出台", u"制定",
            u"建", u"设置", u"启动", u"发挥", u"夯实", u"补贴", u"奖励", u"资助", u"研发", u"开发",
            u"采用", u"使用", u"纳入", u"壮大", u"集聚", u"吸引", u"招引", u"遴选", u"认定", u"评选",
            u"拓展", u"推广", u"赋能", u"汇聚", u"突破", u"抢占", u"涌现", u"保障", u"服务",
            u"健全", u"开设", u"创办", u"参与", u"主导", u"安排", u"落实", u"举办", u"营造", u"加速",
            u"build*", u"establish*", u"develop*", u"support*", u"promot*", u"set up", u"launch*",
            u"accelerat*", u"encourag*", u"provid*", u"offer*", u"creat*", u"foster*", u"cultivat*",
            u"attract*", u"strengthen*", u"improv*", u"expand*", u"upgrad*", u"implement*",
            u"construct*", u"pursu*", u"seek*", u"focus*", u"invest*", u"allocat*", u"grant*",
            u"subsidiz*", u"reward*", u"open*", u"boost*", u"enhanc*", u"deploy*", u"plan*",
            u"put in place", u"work for", u"take the lead", u"breakthrough*", u"deepen*" } },
    { GrammarWord::Goal,
        { u"力争", u"争取", u"目标", u"基本形成", u"基本建成", u"初步形成", u"初步建成", u"全面建成",
            u"显著提升", u"显著提高", u"显著增强", u"明显提升", u"成效显著", u"取得显著", u"取得重大",
            u"取得进展", u"达到", u"达", u"突破", u"超过", u"位居", u"领先", u"走在", u"跻身",
            u"成为", u"形成", u"实现", u"累计", u"新增", u"不低于", u"以上", u"初具", u"基本建立",
            u"goal*", u"target*", u"aim*", u"strive", u"will reach", u"reach*", u"exceed*",
            u"by the end of", u"objective*", u"expected to", u"hopefully" } },
    { GrammarWord::Background,
        { u"不足", u"短板", u"薄弱", u"瓶颈", u"尚未", u"缺乏", u"滞后", u"不强", u"不高", u"不够",
            u"难以", u"制约", u"差距", u"问题", u"挑战", u"欠缺", u"匮乏", u"不充分", u"不平衡",
            u"lack*", u"shortage*", u"insufficient", u"weak*", u"bottleneck*", u"challenge*",
            u"not yet", u"gap*" } },
    { GrammarWord::Incentive,
        { u"给予", u"最高", u"按照", u"按", u"不超过", u"不高于", u"以内", u"up to",
            u"a maximum of", u"at most", u"no more than" } },
    { GrammarWord::Condition, { u"符合", u"满足", u"达到", u"meeting", u"meet", u"eligible" } },
    { GrammarWord::Modal, { u"will", u"shall", u"is to", u"are to" } },
    { GrammarWord::Past,
        { u"近年来", u"近年", u"截至", u"截止", u"过去", u"去年", u"上年", u"以来", u"so far",
            u"in recent years", u"last year", u"over the past", u"has been", u"have been" } },
    { GrammarWord::Definition,
        { u"是指", u"指的是", u"所称", u"本办法所称", u"本条例所称", u"refers to" } },
    { GrammarWord::Future,
        { u"将", u"要", u"力争", u"争取", u"计划", u"拟", u"到", u"will", u"shall", u"plan to",
            u"aims to", u"aim to" } },
    { GrammarWord::Purpose, { u"为", u"为了", u"in order to" } },
    { GrammarWord::Enactment,
        { u"制定本方案", u"制定本计划", u"制定本措施", u"制定本意见", u"特制定", u"现提出",
            u"制定如下", u"提出如下", u"方案如下", u"措施如下", u"意见如下", u"特提出", u"现制定",
            u"结合实际", u"制定本", u"this plan", u"these measures" } },
    { GrammarWord::Guiding,
        { u"为指导", u"深入贯彻", u"全面贯彻", u"认真贯彻", u"深入学习", u"贯彻落实", u"guided by" } },
    { GrammarWord::GoalHeading,
        { u"目标", u"发展目标", u"主要目标", u"总体目标", u"工作目标", u"objective*", u"goal*",
            u"target*" } },
    { GrammarWord::Measures,
        { u"保障措施", u"政策措施", u"支持措施", u"重点任务", u"主要任务", u"工作任务",
            u"main tasks", u"measures", u"key tasks" } },
};

} // namespace

const ClauseGrammar &ClauseGrammar::instance()
{
    static const ClauseGrammar grammar;
    return grammar;
}

ClauseGrammar::ClauseGrammar()
{
    for (const WordList &list : kWords) {
        for (const char16_t *p : list.phrases)
            m_matcher.add(QString::fromUtf16(p), int(list.word));
    }
    m_matcher.build();
}

} // namespace policylens
