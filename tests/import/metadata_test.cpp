#include "import/metadatadetector.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

#include <gtest/gtest.h>

using namespace policylens;

TEST(MetadataDetector, ChineseNoticeHeader)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    RegionResolver regions;
    ASSERT_TRUE(regions.load(ws.database()));
    ImportedDocument doc;
    // Composed for this test.
    doc.text = QStringLiteral(
        "北京市人民政府关于印发《北京市算力基础设施建设实施方案（2023—2025年）》的通知\n"
        "京政发〔2023〕14号\n各区人民政府，市政府各委、办、局：\n现将方案印发给你们，请认真贯彻落实"
        "。\n"
        "北京市人民政府\n2023年5月30日\n");
    const DocumentMetadata m = MetadataDetector(&regions).detect(doc);
    EXPECT_EQ(m.title.left(7), QStringLiteral("北京市人民政府"));
    EXPECT_EQ(m.issuer, QStringLiteral("北京市人民政府"));
    EXPECT_EQ(m.docNumber, QStringLiteral("京政发〔2023〕14号"));
    EXPECT_EQ(m.published, QDate(2023, 5, 30));
    EXPECT_EQ(m.periodStart, 2023);
    EXPECT_EQ(m.periodEnd, 2025);
    EXPECT_EQ(m.language, QStringLiteral("zh"));
    EXPECT_EQ(m.regionCode, QStringLiteral("beijing"));
}

TEST(MetadataDetector, RegionFromDocNumberWhenNoIssuer)
{
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    RegionResolver regions;
    ASSERT_TRUE(regions.load(ws.database()));
    ImportedDocument doc;
    doc.text = QStringLiteral("关于推进数据要素发展的意见\n沪府办〔2024〕7号\n正文。");
    const DocumentMetadata m = MetadataDetector(&regions).detect(doc);
    EXPECT_EQ(m.docNumber, QStringLiteral("沪府办〔2024〕7号"));
    EXPECT_EQ(m.regionCode, QStringLiteral("shanghai"));
    EXPECT_EQ(regions.resolve(QStringLiteral("Beijing"))->code, QStringLiteral("beijing"));
    EXPECT_EQ(regions.resolve(QStringLiteral("深"))->code, QStringLiteral("shenzhen"));
}

TEST(MetadataDetector, DatesInManyForms)
{
    EXPECT_EQ(
        MetadataDetector::parseDate(QStringLiteral("二〇二三年三月十五日")), QDate(2023, 3, 15));
    EXPECT_EQ(MetadataDetector::parseDate(QStringLiteral("2024年1月2日印发")), QDate(2024, 1, 2));
    EXPECT_EQ(
        MetadataDetector::parseDate(QStringLiteral("Issued March 5, 2022")), QDate(2022, 3, 5));
    EXPECT_EQ(MetadataDetector::parseDate(QStringLiteral("on 17 July 2017 the council")),
        QDate(2017, 7, 17));
    EXPECT_EQ(MetadataDetector::parseDate(QStringLiteral("2021/12/31")), QDate(2021, 12, 31));
    EXPECT_FALSE(MetadataDetector::parseDate(QStringLiteral("2023年13月40日")).isValid());
}

TEST(MetadataDetector, Languages)
{
    EXPECT_EQ(MetadataDetector::detectLanguage(QStringLiteral("到2025年，产业规模达到500亿元。")),
        QStringLiteral("zh"));
    EXPECT_EQ(MetadataDetector::detectLanguage(QStringLiteral("到2025年，產業規模達到500億元。")),
        QStringLiteral("zh-Hant"));
    EXPECT_EQ(MetadataDetector::detectLanguage(
                  QStringLiteral("By 2025 the industry shall reach 50 billion yuan.")),
        QStringLiteral("en"));
}

TEST(MetadataDetector, MonthOnlyDateLineNearTheTopIsTheFirstOfTheMonth)
{
    ImportedDocument doc;
    // Composed for this test: a notice signed with year and month only.
    doc.text = QStringLiteral("某市推动算力产业发展实施方案\n某市人民政府办公室\n2024年3月\n\n"
                              "到2026年，全市智能算力规模达到5000P。\n");
    EXPECT_EQ(MetadataDetector(nullptr).detect(doc).published, QDate(2024, 3, 1));
    EXPECT_EQ(MetadataDetector::detectDate(QStringLiteral("方案\n二〇二四年十一月\n正文")),
        QDate(2024, 11, 1));
    // A full date wins, and a month inside a sentence or deep in the text is no issuing date.
    EXPECT_EQ(
        MetadataDetector::detectDate(QStringLiteral("方案\n2024年3月\n正文\n2024年3月18日\n")),
        QDate(2024, 3, 18));
    EXPECT_FALSE(MetadataDetector::detectDate(QStringLiteral("方案\n2024年3月，全市启动试点。\n"))
                     .isValid());
    QString deep = QStringLiteral("方案\n");
    for (int i = 0; i < 12; ++i)
        deep += QStringLiteral("第%1段正文。\n").arg(i + 1);
    deep += QStringLiteral("2024年3月\n");
    EXPECT_FALSE(MetadataDetector::detectDate(deep).isValid());
    // parseDate() itself stays strict: year and month name no day.
    EXPECT_FALSE(MetadataDetector::parseDate(QStringLiteral("2024年3月")).isValid());
}
