// parseQuantityCell: statistics cells and typed values through the document engine.
#include "extract/quantitycell.h"

#include <gtest/gtest.h>

using namespace policylens;

namespace {

struct CellCase
{
    const char *value;
    const char *unitColumn;
    const char *expected; // exact decimal string in base units; "" when it is not a quantity
    const char *valueMax;
    const char *unit;
    const char *comparator;
    bool approximate;
};

void PrintTo(const CellCase &c, std::ostream *os)
{
    *os << c.value << " | " << c.unitColumn;
}

const CellCase kCells[] = {
    { "2150亿元", "", "215000000000", "", "CNY", "", false },
    { "2,150", "亿元", "215000000000", "", "CNY", "", false },
    { "2150亿元", "亿元", "215000000000", "", "CNY", "", false },
    { "2150亿", "亿元", "215000000000", "", "CNY", "", false }, // magnitude written once
    { "3.5万亿", "元", "3500000000000", "", "CNY", "", false },
    { "近3500", "", "3500", "", "", "~", true },
    { ">2500", "亿元 (100 million CNY)", "250000000000", "", "CNY", ">", false },
    { "≥2500", "", "2500", "", "", ">=", false },
    { "<=10", "%", "10", "", "percent", "<=", false },
    { "2500+", "", "2500", "", "", ">=", false },
    { "3500多", "家", "3500", "", "count", ">", true },
    { "约15%", "", "15", "", "percent", "~", true },
    { "超过300", "P", "300", "", "PFLOPS", ">", false },
    { "1.2万P", "", "12000", "", "PFLOPS", "", false },
    { "3.5", "万P", "35000", "", "PFLOPS", "", false },
    { "20", "EFLOPS", "20000", "", "PFLOPS", "", false },
    { "12000", "PFLOPS", "12000", "", "PFLOPS", "", false },
    { "1.2", "billion USD", "1200000000", "", "USD", "", false },
    { "300 billion", "", "300000000000", "", "", "", false },
    { "5 million yuan", "", "5000000", "", "CNY", "", false },
    { "15%", "", "15", "", "percent", "", false },
    { "-3.9%", "", "-3.9", "", "percent", "", false },
    { "负2.1", "%", "-2.1", "", "percent", "", false },
    { "100-200", "亿元", "10000000000", "20000000000", "CNY", "", false },
    { "100~200亿元", "", "10000000000", "20000000000", "CNY", "", false },
    { "１２，０００", "", "12000", "", "", "", false },
    { "壹佰伍拾万元", "", "1500000", "", "CNY", "", false },
    { "二十亿", "元", "2000000000", "", "CNY", "", false },
    { "三千亿", "", "300000000000", "", "", "", false },
    { "2025", "", "2025", "", "", "", false }, // a value, not a year, in a value cell
    { "一", "", "1", "", "", "", false },
    { "4354.92", "亿元", "435492000000", "", "CNY", "", false },
    { "12", "万户", "120000", "", "count", "", false },
    { "3e11", "", "300000000000", "", "", "", false },
    { "2.5M", "USD", "2500000", "", "USD", "", false },
    { "九折", "", "90", "", "percent", "", false },
    // not one quantity
    { "", "", "", "", "", "", false },
    { "abc", "", "", "", "", "", false },
    { "lots", "", "", "", "", "", false },
    { "inf", "", "", "", "", "", false },
    { "3000亿元abc", "", "", "", "", "", false },
    { "100 and 200", "", "", "", "", "", false },
    { "十四五", "", "", "", "", "", false },
};

} // namespace

class QuantityCell : public testing::TestWithParam<CellCase>
{
};

TEST_P(QuantityCell, ReadsLikeTheDocumentEngine)
{
    const CellCase c = GetParam();
    const auto q
        = parseQuantityCell(QString::fromUtf8(c.value), QString::fromUtf8(c.unitColumn));
    if (QByteArray(c.expected).isEmpty()) {
        EXPECT_FALSE(q.has_value()) << c.value << " gave " << q->value.toString().toStdString();
        return;
    }
    ASSERT_TRUE(q.has_value()) << c.value;
    EXPECT_EQ(q->value.toString().toStdString(), c.expected) << c.value;
    EXPECT_EQ(q->valueMax ? q->valueMax->toString().toStdString() : std::string(), c.valueMax)
        << c.value;
    EXPECT_EQ(q->unit.toStdString(), c.unit) << c.value;
    EXPECT_EQ(q->comparator.toStdString(), c.comparator) << c.value;
    EXPECT_EQ(q->approximate, c.approximate) << c.value;
    EXPECT_FALSE(q->isExcluded()) << c.value;
}

INSTANTIATE_TEST_SUITE_P(Cells, QuantityCell, testing::ValuesIn(kCells));

// Cells as researchers fill them: a normalised value with the source's wording in brackets.
TEST(QuantityCell, ValueWithTheSourceWordingInBrackets)
{
    auto read = [](const char *value, const char *unit) {
        return parseQuantityCell(QString::fromUtf8(value), QString::fromUtf8(unit));
    };
    const auto nearly = read("~3500 (近3500)", "enterprises");
    ASSERT_TRUE(nearly);
    EXPECT_EQ(nearly->value.toString(), QStringLiteral("3500"));
    EXPECT_EQ(nearly->comparator, QStringLiteral("~"));
    EXPECT_TRUE(nearly->approximate);
    EXPECT_EQ(nearly->unit, QStringLiteral("count"));
    const auto over = read(">2200 (2200餘)", "亿元 (100 million CNY)");
    ASSERT_TRUE(over);
    EXPECT_EQ(over->value.toString(), QStringLiteral("220000000000"));
    EXPECT_EQ(over->comparator, QStringLiteral(">"));
    const auto people = read("1.6", "万人 (10^4 persons)");
    ASSERT_TRUE(people);
    EXPECT_EQ(people->value.toString(), QStringLiteral("16000"));
    EXPECT_EQ(people->unit, QStringLiteral("count"));
    const auto storage = read("1", "EB");
    ASSERT_TRUE(storage);
    EXPECT_EQ(storage->unit, QStringLiteral("EB"));
    EXPECT_FALSE(read("(近3500)", ""));
}
