// Region detection on composed documents (written for these tests), one rule each.
#include "import/metadatadetector.h"
#include "import/regiondetector.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class RegionDetectorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        ASSERT_TRUE(regions.load(ws.database()));
    }
    // The region MetadataDetector finds for a whole text (title and issuer detected too).
    QString detect(const QString &text) const
    {
        ImportedDocument doc;
        doc.text = text;
        return MetadataDetector(&regions).detect(doc).regionCode;
    }
    Workspace ws;
    RegionResolver regions;
};

} // namespace

TEST_F(RegionDetectorTest, ADistrictPlanStaysTheDistrictsWithItsCityAsParent)
{
    EXPECT_EQ(detect(QStringLiteral(
                  "余杭区促进数据产业发展若干政策\n各镇人民政府：\n现予印发。\n杭州市余杭区人民政府\n"
                  "2024年3月1日\n一、支持杭州市建设数据中心，对落户企业给予奖励。")),
        QStringLiteral("yuhang"));
    // The city's own plan that names a district stays the city's.
    EXPECT_EQ(detect(QStringLiteral("杭州市数据产业发展行动计划\n杭州市人民政府\n"
                                    "全市数据产业规模达到500亿元，支持余杭区建设数据港。")),
        QStringLiteral("hangzhou"));
}

TEST_F(RegionDetectorTest, SelfReferenceResolvedThroughIssuerOrTitle)
{
    // Only 我市 in the body; the issuer names the city, the body names its province more often.
    EXPECT_EQ(detect(QStringLiteral("关于支持算力产业发展的若干措施\n宁波市经济和信息化局\n"
                                    "为落实浙江省部署，结合浙江实际和我市情况，我市对浙江省级"
                                    "以上平台给予奖励。\n")),
        QStringLiteral("ningbo"));
}

TEST_F(RegionDetectorTest, ProvincesAndMunicipalBureaus)
{
    EXPECT_EQ(detect(QStringLiteral("山东省人民政府办公厅关于推进算力建设的通知\n全省各市：\n"
                                    "到2026年全省算力达到10万P。")),
        QStringLiteral("shandong"));
    EXPECT_EQ(detect(QStringLiteral("天津市财政局关于下达算力补贴资金的通知\n各区财政局：\n"
                                    "现将资金下达给你们。")),
        QStringLiteral("tianjin"));
}

TEST_F(RegionDetectorTest, TraditionalScriptIsReadLikeSimplified)
{
    EXPECT_EQ(detect(QStringLiteral("武漢市人民政府關於加快發展人工智能產業的意見\n"
                                    "各區人民政府：\n到2025年，全市產業規模達到千億元。")),
        QStringLiteral("wuhan"));
}

TEST_F(RegionDetectorTest, EnglishNamesDatelinesAndGovernments)
{
    EXPECT_EQ(detect(QStringLiteral("Measures on Supporting Computing Power\n"
                                    "Shanghai Municipal People's Government\n"
                                    "The city will grant subsidies to eligible firms.")),
        QStringLiteral("shanghai"));
    EXPECT_EQ(detect(QStringLiteral("New plan for robots\nNANJING, March 3 (Xinhua) -- The "
                                    "city plans to build 20 robot factories, China said.")),
        QStringLiteral("nanjing"));
    EXPECT_EQ(detect(QStringLiteral("AI measures\nLonggang District of Shenzhen will grant up "
                                    "to 10 million yuan. Longgang District supports start-ups.")),
        QStringLiteral("longgang"));
}

TEST_F(RegionDetectorTest, NationalOrgansAndNationalNews)
{
    EXPECT_EQ(detect(QStringLiteral("国务院关于印发数据产业发展规划的通知\n国发〔2024〕3号\n"
                                    "各省、自治区、直辖市人民政府：\n我国数据产业规模持续扩大。")),
        QStringLiteral("national"));
    EXPECT_EQ(detect(QStringLiteral("工业和信息化部关于推进算力标准化的指导意见\n"
                                    "支持北京、上海等地先行先试。我国算力规模居世界第二。")),
        QStringLiteral("national"));
    // No issuer detected: the organ line under the title says it.
    EXPECT_EQ(detect(QStringLiteral("数据中心绿色发展行动计划\n国家发展改革委等五部门\n2024年1月2日\n"
                                    "到2025年，全国数据中心平均电能利用效率降到1.5以下。")),
        QStringLiteral("national"));
    EXPECT_EQ(detect(QStringLiteral("China's data centres grow\nBEIJING, May 2 (Xinhua) -- "
                                    "China's computing power ranks second in the world, the "
                                    "ministry said. The country plans more centres nationwide.")),
        QStringLiteral("national"));
}

TEST_F(RegionDetectorTest, NewAreasAndZones)
{
    EXPECT_EQ(detect(QStringLiteral("雄安新区支持人工智能企业发展若干措施\n"
                                    "河北雄安新区管理委员会\n对新区企业给予奖励。")),
        QStringLiteral("xiongan"));
    EXPECT_EQ(detect(QStringLiteral("成都高新区发布人工智能专项政策\n记者从成都高新区获悉，"
                                    "高新区将给予最高500万元补贴。")),
        QStringLiteral("chengdu_gaoxin"));
}

TEST_F(RegionDetectorTest, NoPlaceNoGuess)
{
    EXPECT_EQ(detect(QStringLiteral("关于加强数据安全管理的通知\n各单位：\n请认真落实。")),
        QString());
    RegionResolver empty;
    EXPECT_EQ(RegionDetector(empty).detect(QStringLiteral("北京市"), {}, {}, {}).code, QString());
}
