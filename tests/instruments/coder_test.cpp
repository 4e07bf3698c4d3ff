// Rules of the instrument coder on sentences composed for these tests (never copied from the
// shared documents): layout, clause structure, background, goals and the doubtful-case rules.
#include "instruments/instrumentcoder.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

const InstrumentCoder &coder()
{
    static const InstrumentCoder c;
    return c;
}

// The codes of the unit that contains `part`.
QStringList codesOf(const QList<SentenceCoding> &cs, const QString &text, const QString &part)
{
    for (const SentenceCoding &c : cs) {
        if (QStringView(text).mid(c.start, c.end - c.start).contains(part)) {
            QStringList out;
            for (const CodeAssignment &a : c.codes)
                out << a.key;
            out.sort();
            return out;
        }
    }
    ADD_FAILURE() << "no unit holds " << qPrintable(part);
    return {};
}

QStringList codesOf(const QString &text, const QString &part)
{
    return codesOf(coder().code(text), text, part);
}

QStringList codesOf(const QString &text)
{
    return codesOf(text, text.trimmed().left(6));
}

} // namespace

TEST(InstrumentCoder, UnitsCoverTheTextInOrderWithOriginalOffsets)
{
    const QString text = QStringLiteral("二、強化算力支撐\r\n\r\n加快建設智能計算中心。對新建項目給予資金補助。\r\n");
    const auto cs = coder().code(text);
    ASSERT_EQ(cs.size(), 3);
    for (qsizetype i = 1; i < cs.size(); ++i)
        EXPECT_GE(cs[i].start, cs[i - 1].end);
    EXPECT_EQ(text.mid(cs[1].start, cs[1].end - cs[1].start), QStringLiteral("加快建設智能計算中心。"));
    EXPECT_EQ(cs[0].role, SentenceRole::Heading);
    EXPECT_TRUE(cs[0].codes.isEmpty()) << "a heading is never coded";
    EXPECT_EQ(codesOf(cs, text, QStringLiteral("建設")), QStringList { QStringLiteral("supply.infrastructure") });
    EXPECT_EQ(codesOf(cs, text, QStringLiteral("補助")), QStringList { QStringLiteral("supply.funding") });
}

TEST(InstrumentCoder, EveryCodeHasConfidenceAndAReason)
{
    const auto cs = coder().code(QStringLiteral("到2027年，新建3个智算中心，对使用本地算力的企业发放算力券。"));
    ASSERT_EQ(cs.size(), 1);
    ASSERT_GE(cs[0].codes.size(), 2);
    EXPECT_LE(cs[0].codes.size(), InstrumentCoder::MaxCodesPerSentence);
    for (const CodeAssignment &a : cs[0].codes) {
        EXPECT_GT(a.confidence, 0.0);
        EXPECT_LE(a.confidence, 1.0);
        EXPECT_FALSE(a.reason.cue.isEmpty() && a.reason.kind != CodingReason::Kind::Goal)
            << qPrintable(a.key);
    }
    for (qsizetype i = 1; i < cs[0].codes.size(); ++i)
        EXPECT_GE(cs[0].codes[i - 1].confidence, cs[0].codes[i].confidence);
}

TEST(InstrumentCoder, BackgroundAndDeficitsAreNotMeasures)
{
    EXPECT_TRUE(codesOf(QStringLiteral("当前全市算力基础设施仍存在明显短板。")).isEmpty());
    EXPECT_TRUE(codesOf(QStringLiteral("However, the region still lacks data centres.")).isEmpty());
}

TEST(InstrumentCoder, PreambleWithoutAToolIsNotCoded)
{
    EXPECT_TRUE(codesOf(QStringLiteral("为加快推动人工智能产业发展，结合本区实际，制定本方案。")).isEmpty());
}

TEST(InstrumentCoder, TitlesOfOtherDocumentsAreNames)
{
    EXPECT_TRUE(codesOf(QStringLiteral("各单位要认真学习《关于加强数据集建设的通知》的要求。")).isEmpty());
}

TEST(InstrumentCoder, AttributionNotesAreNotCoded)
{
    const QString text = QStringLiteral("开展算法攻关。\n（责任单位：市财政局、市科技局）\n");
    const auto cs = coder().code(text);
    ASSERT_GE(cs.size(), 2);
    EXPECT_EQ(codesOf(cs, text, QStringLiteral("攻关")), QStringList { QStringLiteral("supply.technology") });
    for (qsizetype i = 1; i < cs.size(); ++i) {
        EXPECT_EQ(cs[i].role, SentenceRole::Note);
        EXPECT_TRUE(cs[i].codes.isEmpty());
    }
}

TEST(InstrumentCoder, TargetsAndDeadlinesAddPlanning)
{
    EXPECT_TRUE(codesOf(QStringLiteral("到2027年，全市人工智能核心产业规模达到2000亿元。"))
                    .contains(QStringLiteral("environment.planning")));
    const QStringList task = codesOf(QStringLiteral("示范算力平台2026年年底前建成投用。"));
    EXPECT_TRUE(task.contains(QStringLiteral("environment.planning")));
    EXPECT_TRUE(task.contains(QStringLiteral("supply.infrastructure")));
}

TEST(InstrumentCoder, MoneyGivenIsFundingNotATarget)
{
    EXPECT_EQ(codesOf(QStringLiteral("对符合条件的企业，按实际投入的20%给予最高300万元补贴。")),
        QStringList { QStringLiteral("supply.funding") });
}

TEST(InstrumentCoder, FundsAndLoansAreFinanceNotFunding)
{
    const QStringList c = codesOf(QStringLiteral("市政府设立50亿元人工智能产业引导基金。"));
    EXPECT_TRUE(c.contains(QStringLiteral("environment.finance")));
    EXPECT_FALSE(c.contains(QStringLiteral("supply.funding")));
}

TEST(InstrumentCoder, SelfRelianceIsStrategicBesideTheToolItNames)
{
    const QStringList c = codesOf(QStringLiteral("组织国产人工智能芯片攻关，实现关键环节自主可控。"));
    EXPECT_TRUE(c.contains(QStringLiteral("supply.technology")));
    EXPECT_TRUE(c.contains(QStringLiteral("environment.strategic")));
}

TEST(InstrumentCoder, GoalsHeadingMakesItsItemsGoals)
{
    const QString text = QStringLiteral("一、主要目标\n\n——模型创新能力明显增强。\n");
    EXPECT_TRUE(codesOf(text, QStringLiteral("模型")).contains(QStringLiteral("environment.planning")));
}

TEST(InstrumentCoder, EnglishAndTraditionalChinese)
{
    const QStringList en = codesOf(QStringLiteral("The city will build two intelligent computing centres by 2026."));
    EXPECT_TRUE(en.contains(QStringLiteral("supply.infrastructure")));
    EXPECT_TRUE(en.contains(QStringLiteral("environment.planning")));
    EXPECT_EQ(codesOf(QStringLiteral("對購買算力服務的中小企業發放算力券。")), QStringList { QStringLiteral("supply.funding") });
}

TEST(InstrumentCoder, AUserCodebookIsCodedTheSameWay)
{
    Codebook themes;
    themes.key = QStringLiteral("strategic-themes");
    themes.codes.append({ QStringLiteral("theme.opensource"), InstrumentSide::None, {}, {},
        { { QStringLiteral("开源"), CueKind::Term } }, {}, false });
    themes.codes.append({ QStringLiteral("theme.private_capital"), InstrumentSide::None, {}, {},
        { { QStringLiteral("民间资本"), CueKind::Object } }, {}, false });
    const InstrumentCoder c(themes);
    const QString text = QStringLiteral("支持建设开源社区。\n鼓励民间资本参与算力建设。\n当前民间资本参与不足。\n");
    const auto cs = c.code(text);
    EXPECT_EQ(codesOf(cs, text, QStringLiteral("开源")), QStringList { QStringLiteral("theme.opensource") });
    EXPECT_EQ(codesOf(cs, text, QStringLiteral("鼓励")), QStringList { QStringLiteral("theme.private_capital") });
    EXPECT_TRUE(codesOf(cs, text, QStringLiteral("不足")).isEmpty());
}

TEST(InstrumentCoder, EmptyAndOddInputCodeNothing)
{
    EXPECT_TRUE(coder().code(QString()).isEmpty());
    for (const auto &c : coder().code(QStringLiteral("\n\n   \n。。。\n")))
        EXPECT_TRUE(c.codes.isEmpty());
}

TEST(InstrumentCoder, TheHeadOfANounPhraseDecides)
{
    EXPECT_EQ(codesOf(QStringLiteral("向本地中小企业发放算力券。")),
        QStringList { QStringLiteral("supply.funding") });
    EXPECT_EQ(codesOf(QStringLiteral("对购买算力服务的初创企业给予租金补贴。")),
        QStringList { QStringLiteral("supply.funding") });
}

TEST(InstrumentCoder, AFieldFrameIsNotAMeasure)
{
    const QStringList c = codesOf(QStringLiteral("在数据领域，支持龙头企业新建智算中心。"));
    EXPECT_TRUE(c.contains(QStringLiteral("supply.infrastructure")));
    EXPECT_FALSE(c.contains(QStringLiteral("supply.data")));
}

TEST(InstrumentCoder, ConditionsAndCeilingsAreNotStandardsOrTargets)
{
    EXPECT_EQ(codesOf(QStringLiteral("对产品符合国家标准的企业给予一次性奖励。")),
        QStringList { QStringLiteral("supply.funding") });
    EXPECT_EQ(codesOf(QStringLiteral("每年安排不超过2000万元专项资金。")),
        QStringList { QStringLiteral("supply.funding") });
}

TEST(InstrumentCoder, EnglishSectionsEndTheGoalsList)
{
    const QString text = QStringLiteral(
        "II. Objectives\n\nThe province will be home to 20 leading AI firms.\n\n"
        "III. Main Tasks\n\nThe province will fund research on AI chips.\n");
    EXPECT_TRUE(codesOf(text, QStringLiteral("home to")).contains(QStringLiteral("environment.planning")));
    EXPECT_EQ(codesOf(text, QStringLiteral("fund research")),
        QStringList { QStringLiteral("supply.technology") });
}

TEST(InstrumentCoder, ADeadlineOpeningAParagraphMakesItsSentencesGoals)
{
    const QString text = QStringLiteral(
        "到2026年，全市人工智能核心产业规模突破800亿元。培育专精特新企业30家，建成开放创新平台5个。\n"
        "对新认定的创新平台给予一次性奖励50万元。\n");
    EXPECT_TRUE(codesOf(text, QStringLiteral("专精特新")).contains(QStringLiteral("environment.planning")));
    EXPECT_FALSE(codesOf(text, QStringLiteral("新认定")).contains(QStringLiteral("environment.planning")));
}

TEST(InstrumentCoder, AchievementsReportedAsFactsAreNotCoded)
{
    EXPECT_TRUE(codesOf(QStringLiteral("近年来，我市累计建成5G基站3万个。")).isEmpty());
    EXPECT_TRUE(codesOf(QStringLiteral("So far the county has built two data centres.")).isEmpty());
}

TEST(InstrumentCoder, CodesAbsentFromTheDevSetAreFound)
{
    EXPECT_TRUE(codesOf(QStringLiteral("人工智能企业按规定享受研发费用加计扣除等税收优惠政策。"))
                    .contains(QStringLiteral("environment.tax")));
    EXPECT_TRUE(codesOf(QStringLiteral("支持企业参与“一带一路”建设，开展国际合作。"))
                    .contains(QStringLiteral("demand.cooperation")));
    EXPECT_TRUE(codesOf(QStringLiteral("The city will deepen cooperation with ASEAN countries on AI."))
                    .contains(QStringLiteral("demand.cooperation")));
    EXPECT_EQ(codesOf(QStringLiteral("鼓励各级政府部门优先采购本地人工智能产品和服务。")),
        QStringList { QStringLiteral("demand.procurement") });
    EXPECT_EQ(codesOf(QStringLiteral("引进培育一批人工智能领军人才和创新团队。")),
        QStringList { QStringLiteral("supply.talent") });
}

TEST(InstrumentCoder, AListOfSectorsIsOneHintAndDefinitionsAreNotCoded)
{
    EXPECT_FALSE(codesOf(QStringLiteral("困难家庭有医疗、教育、住房等特殊支出的，按规定给予救助。"))
                     .contains(QStringLiteral("demand.application")));
    EXPECT_TRUE(codesOf(QStringLiteral("本办法所称智算中心，是指提供人工智能算力服务的数据中心。")).isEmpty());
}

TEST(InstrumentCoder, OfficeNamesAreNotCues)
{
    EXPECT_TRUE(codesOf(QStringLiteral("市科技创新部门会同市数据局负责本办法的组织实施。")).isEmpty());
}
