// Random text built from the characters the engine reacts to: it must never crash, and every
// offset it returns must lie inside the text it was given.
#include "extract/quantityfinder.h"
#include "extract/targetextractor.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace policylens;

TEST(Robustness, RandomTextKeepsOffsetsInBounds)
{
    const QString pool = QStringLiteral(
        "0123456789.,，。；：:;%％－—-~至到以上下左右约近超过突破不少于低于达到年月日底前末"
        "一二三四五六七八九十百千万亿兆零〇两壹贰叁拾佰仟多余几个家项人亿元美元倍番翻百分之点"
        "PFLOPSEflopsby percent billion yuan more than 第条号〔〕《》“”()（） "
        "\n\n\t\u3000規模億萬");
    QRandomGenerator rng(20240601);
    const TargetExtractor extractor;
    for (int round = 0; round < 400; ++round) {
        QString text;
        const int length = int(rng.bounded(1, 400));
        for (int i = 0; i < length; ++i)
            text += pool[int(rng.bounded(pool.size()))];
        if (round % 50 == 0)
            text += QChar(0xD83D); // a lone high surrogate at the very end
        for (const ExtractedTarget &t : extractor.extract(text, { QDate(2023, 1, 1), {} })) {
            ASSERT_LE(0, t.start);
            ASSERT_LE(t.start, t.quoteStart);
            ASSERT_LE(t.quoteStart, t.quoteEnd);
            ASSERT_LE(t.quoteEnd, t.end);
            ASSERT_LE(t.end, text.size());
        }
        for (const FoundQuantity &q : findQuantities(text)) {
            ASSERT_LE(0, q.start);
            ASSERT_LE(q.start, q.end);
            ASSERT_LE(q.end, text.size());
        }
    }
}

TEST(Robustness, EmptyAndBlankText)
{
    const TargetExtractor extractor;
    EXPECT_TRUE(extractor.extract(QString()).isEmpty());
    EXPECT_TRUE(extractor.extract(QStringLiteral(" \n\n\t ")).isEmpty());
    EXPECT_TRUE(findQuantities(QString()).isEmpty());
}
