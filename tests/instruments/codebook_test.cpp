#include "instruments/codebook.h"

#include <gtest/gtest.h>

using namespace policylens;

TEST(Codebook, BuiltInHasThirteenCodesOnThreeSides)
{
    const Codebook &b = Codebook::builtIn();
    ASSERT_EQ(b.codes.size(), 13);
    int supply = 0, environment = 0, demand = 0;
    for (const CodebookCode &c : b.codes) {
        EXPECT_FALSE(c.name.zh.isEmpty()) << qPrintable(c.key);
        EXPECT_FALSE(c.name.en.isEmpty()) << qPrintable(c.key);
        EXPECT_FALSE(c.description.zh.isEmpty()) << qPrintable(c.key);
        EXPECT_FALSE(c.description.en.isEmpty()) << qPrintable(c.key);
        EXPECT_FALSE(c.cues.isEmpty()) << qPrintable(c.key);
        EXPECT_TRUE(c.key.startsWith(sideKey(c.side) + u'.')) << qPrintable(c.key);
        supply += c.side == InstrumentSide::Supply;
        environment += c.side == InstrumentSide::Environment;
        demand += c.side == InstrumentSide::Demand;
    }
    EXPECT_EQ(supply, 5);
    EXPECT_EQ(environment, 5);
    EXPECT_EQ(demand, 3);
}

TEST(Codebook, JsonRoundTrip)
{
    const Codebook &b = Codebook::builtIn();
    QString error;
    const auto again = Codebook::fromJson(b.toJson(), &error);
    ASSERT_TRUE(again) << qPrintable(error);
    EXPECT_EQ(*again, b);
}

TEST(Codebook, MalformedJsonNamesTheReason)
{
    QString error;
    EXPECT_FALSE(Codebook::fromJson("{", &error));
    EXPECT_TRUE(error.startsWith(u"not JSON")) << qPrintable(error);
    EXPECT_FALSE(Codebook::fromJson(R"({"key":"x","codes":[{"key":"a","side":"up"}]})", &error));
    EXPECT_TRUE(error.contains(u"unknown side")) << qPrintable(error);
    EXPECT_FALSE(Codebook::fromJson(R"({"key":"x","codes":[]})", &error));
    EXPECT_FALSE(Codebook::fromJson(
        R"({"key":"x","codes":[{"key":"a","cues":{"strong":["x"]}}]})", &error));
    EXPECT_TRUE(error.contains(u"cue kind")) << qPrintable(error);
}
