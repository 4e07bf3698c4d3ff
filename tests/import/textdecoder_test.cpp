#include "import/textdecoder.h"
#include "import/textcanonicalizer.h"

#include <QString>

#include <unicode/ucnv.h>
#include <vector>

#include <gtest/gtest.h>

using policylens::TextDecoder;
using policylens::canonicalDocumentText;

namespace {

QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    std::vector<char> out(static_cast<size_t>(text.size()) * 4 + 8);
    const int32_t n = ucnv_fromUChars(cnv, out.data(), int32_t(out.size()),
        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(cnv);
    EXPECT_TRUE(U_SUCCESS(status)) << charset;
    return QByteArray(out.data(), n);
}

// Composed for these tests.
const QString Simplified = QStringLiteral(
    "某市数字经济发展规划（2024—2027年）\n到2027年，全市算力规模力争达到每秒十万亿亿次，"
    "培育芯片设计企业五十家以上，数据要素市场交易额突破三百亿元。");
const QString Traditional = QStringLiteral(
    "某市數位經濟發展規劃（2024—2027年）\n到2027年，全市算力規模力爭達到每秒十萬億億次，"
    "培育晶片設計企業五十家以上，資料要素市場交易額突破三百億元。");

} // namespace

TEST(TextDecoder, Utf8WithAndWithoutBom)
{
    const QByteArray utf8 = Simplified.toUtf8();
    auto r = TextDecoder::decode(utf8);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->text, Simplified);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-8"));
    r = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + utf8);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, Simplified);
}

TEST(TextDecoder, Utf16WithBomBothOrders)
{
    auto r = TextDecoder::decode(QByteArray("\xFF\xFE") + encode(Simplified, "UTF-16LE"));
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->text, Simplified);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16LE"));
    r = TextDecoder::decode(QByteArray("\xFE\xFF") + encode(Simplified, "UTF-16BE"));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, Simplified);
    EXPECT_EQ(r->encoding, QStringLiteral("UTF-16BE"));
}

TEST(TextDecoder, Utf16WithoutBomIsReadCorrectlyOrNotAtAll)
{
    const auto r = TextDecoder::decode(encode(Simplified, "UTF-16LE"));
    if (r.has_value()) {
        EXPECT_EQ(r->text, Simplified);
    }
}

TEST(TextDecoder, Gb18030IncludingCharactersOutsideGbk)
{
    // U+3400 and U+20000 exist only in GB18030's four-byte area.
    const QString text = Simplified + QStringLiteral("㐀") + QString::fromUcs4(U"\U00020000")
        + QStringLiteral("。");
    const auto r = TextDecoder::decode(encode(text, "GB18030"));
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
}

TEST(TextDecoder, Big5)
{
    const auto r = TextDecoder::decode(encode(Traditional, "Big5"));
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->encoding, QStringLiteral("Big5"));
    EXPECT_EQ(r->text, Traditional);
}

TEST(TextDecoder, DeclaredCharsetIsVerifiedNotTrusted)
{
    // Declared gb2312 but valid UTF-8: the bytes win.
    auto r = TextDecoder::decode(Simplified.toUtf8(), QStringLiteral("gb2312"));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, Simplified);
    // Declared gb2312 (read as its superset GB18030) with a GB18030-only character.
    const QString text = Simplified + QStringLiteral("㐀");
    r = TextDecoder::decode(encode(text, "GB18030"), QStringLiteral("gb2312"));
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, text);
    EXPECT_EQ(r->encoding, QStringLiteral("GB18030"));
}

TEST(TextDecoder, BinaryIsNotText)
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    const auto r = TextDecoder::decode(binary);
    EXPECT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("not text"))) << r.error().toStdString();
    EXPECT_FALSE(TextDecoder::decode(QByteArray()).has_value());
}

TEST(TextCanonicalizer, LineEndsTrailingSpaceAndBlankLines)
{
    EXPECT_EQ(canonicalDocumentText(QString(QChar(0xFEFF))
                  + QStringLiteral("\r\n\r\n第一行  \r\n\r\n\r\n\r\n\r\n第二行\r第三行\n\n")),
        QStringLiteral("第一行\n\n\n第二行\n第三行"));
    EXPECT_EQ(
        canonicalDocumentText(QStringLiteral("　　缩进保留")), QStringLiteral("　　缩进保留"));
    EXPECT_EQ(canonicalDocumentText(QStringLiteral("算\u2F12，")), QStringLiteral("算力，"));
}
