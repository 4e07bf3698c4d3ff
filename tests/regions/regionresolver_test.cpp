#include "store/regionresolver.h"
#include "store/workspace.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

class RegionResolverTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Result<void> opened = ws.open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        ASSERT_TRUE(regions.load(ws.database()));
    }
    QString code(const QString &name) const
    {
        const auto r = regions.resolve(name);
        return r ? r->code : QString();
    }
    QString parentCode(const QString &regionCode) const
    {
        const auto r = regions.byCode(regionCode);
        const auto p = r ? regions.byId(r->parentId) : std::nullopt;
        return p ? p->code : QString();
    }
    Workspace ws;
    RegionResolver regions;
};

} // namespace

TEST_F(RegionResolverTest, EveryProvincialUnitAndItsLevel)
{
    int provincial = 0;
    for (const Region &r : regions.all()) {
        if (r.provincial) {
            ++provincial;
            EXPECT_EQ(parentCode(r.code), QStringLiteral("national")) << r.code.toStdString();
        }
    }
    EXPECT_EQ(provincial, 34); // 23 provinces (with Taiwan), 5 autonomous regions, 4 + 2
    EXPECT_EQ(regions.byCode(QStringLiteral("beijing"))->kind, QStringLiteral("municipality"));
    EXPECT_EQ(regions.byCode(QStringLiteral("guangxi"))->kind, QStringLiteral("autonomous_region"));
}

TEST_F(RegionResolverTest, PrefectureCitiesBeyondTheCorpus)
{
    int cities = 0;
    for (const Region &r : regions.all())
        cities += r.level == QLatin1String("city") && !r.provincial;
    EXPECT_GE(cities, 330); // every prefecture-level division
    EXPECT_EQ(code(QStringLiteral("庆阳市")), QStringLiteral("qingyang"));
    EXPECT_EQ(parentCode(QStringLiteral("qingyang")), QStringLiteral("gansu"));
    EXPECT_EQ(code(QStringLiteral("达州")), QStringLiteral("dazhou"));
    EXPECT_EQ(code(QStringLiteral("延边")), QStringLiteral("yanbian"));
    EXPECT_EQ(code(QStringLiteral("Ordos")), QStringLiteral("ordos"));
}

TEST_F(RegionResolverTest, DistrictsNewAreasAndZonesHangUnderTheirCity)
{
    EXPECT_EQ(parentCode(QStringLiteral("yuhang")), QStringLiteral("hangzhou"));
    EXPECT_EQ(regions.byCode(QStringLiteral("yuhang"))->level, QStringLiteral("district"));
    EXPECT_EQ(code(QStringLiteral("雄安新区")), QStringLiteral("xiongan"));
    EXPECT_EQ(parentCode(QStringLiteral("xiongan")), QStringLiteral("hebei"));
    EXPECT_EQ(regions.byCode(QStringLiteral("xiongan"))->kind, QStringLiteral("new_area"));
    EXPECT_EQ(code(QStringLiteral("Pudong New Area")), QStringLiteral("pudong"));
    EXPECT_EQ(regions.byCode(QStringLiteral("chengdu_gaoxin"))->kind, QStringLiteral("zone"));
    EXPECT_TRUE(regions.isAncestor(regions.indexOf(regions.byCode(QStringLiteral("sichuan"))->id),
        regions.indexOf(regions.byCode(QStringLiteral("chengdu_gaoxin"))->id)));
}

TEST_F(RegionResolverTest, SharedNamesListEveryCandidate)
{
    // 吉林 is the province first, the city second; Suzhou is Jiangsu's and Anhui's.
    EXPECT_EQ(code(QStringLiteral("吉林")), QStringLiteral("jilin"));
    const QList<RegionMention> mentions = regions.mentionsIn(QStringLiteral("Suzhou"));
    ASSERT_EQ(mentions.size(), 1);
    QStringList codes;
    for (int c : mentions.first().candidates)
        codes << regions.all().at(c).code;
    EXPECT_EQ(codes, (QStringList { QStringLiteral("suzhou"), QStringLiteral("suzhou_ah") }));
}

TEST_F(RegionResolverTest, MentionsTakeTheLongestNameAndWholeEnglishWords)
{
    // Composed: nested Chinese names, an English capitalised name, a lower-case word.
    const QString text = QStringLiteral("杭州市余杭区 and Shanghai; shanghai noodles; Beijingers");
    QStringList found;
    for (const RegionMention &m : regions.mentionsIn(text))
        found << regions.all().at(m.candidates.first()).code;
    EXPECT_EQ(found,
        (QStringList { QStringLiteral("hangzhou"), QStringLiteral("yuhang"),
            QStringLiteral("shanghai") }));
    ASSERT_EQ(regions.mentionsIn(QStringLiteral("HANGZHOU, June")).size(), 1);
}

TEST_F(RegionResolverTest, OpeningAWorkspaceKeepsTheRegionTableInStep)
{
    // An older workspace lost a region and a kind: the next open restores both.
    const QString path = QString::fromStdString(::testing::TempDir()) + QStringLiteral("/sync.policylens");
    QFile::remove(path);
    {
        Workspace file;
        ASSERT_TRUE(file.open(path));
        QSqlQuery u(file.database());
        ASSERT_TRUE(u.exec(QStringLiteral("UPDATE regions SET kind = '', name_en = 'x' "
                                          "WHERE code = 'xiongan'")));
    }
    Workspace again;
    ASSERT_TRUE(again.open(path));
    RegionResolver reloaded;
    ASSERT_TRUE(reloaded.load(again.database()));
    EXPECT_EQ(reloaded.byCode(QStringLiteral("xiongan"))->kind, QStringLiteral("new_area"));
    EXPECT_EQ(reloaded.byCode(QStringLiteral("xiongan"))->nameEn, QStringLiteral("Xiong'an New Area"));
    again.close();
    QFile::remove(path);
}
