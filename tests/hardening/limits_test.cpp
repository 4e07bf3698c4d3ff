// Stated limits (issue 6, README "Limits"): the extractor's maximum sentence length and the
// deepest XML nesting a Word document may have.
#include "extract/targetextractor.h"
#include "import/docximporter.h"
#include "text/sentencesplitter.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

// A run of text without any sentence boundary: the splitter cuts it into pieces of at most
// MaxSentenceChars that cover it without gaps (apart from the spaces trimmed at the cuts).
TEST(SentenceLimit, RunWithoutBoundaryIsCutAtTheLimit)
{
    QString text;
    for (int i = 0; i < 700; ++i)
        text += QStringLiteral("数据要素"); // 2800 characters, no comma, no space
    const QList<SentenceSpan> spans = SentenceSplitter::split(text);
    ASSERT_EQ(spans.size(), 3);
    qsizetype expectedStart = 0;
    for (const SentenceSpan &span : spans) {
        EXPECT_EQ(span.start, expectedStart);
        EXPECT_LE(span.end - span.start, SentenceSplitter::MaxSentenceChars);
        expectedStart = span.end;
    }
    EXPECT_EQ(spans.last().end, text.size());
    EXPECT_EQ(spans[0].end, SentenceSplitter::MaxSentenceChars);
}

TEST(SentenceLimit, CutPrefersACommaAndNeverSplitsSurrogatesOrDigitGroups)
{
    QString text;
    while (text.size() < 900)
        text += QStringLiteral("推进算力基础设施建设，");
    text += QStringLiteral("规模达到1,234,567台");
    while (text.size() < 2500)
        text += QStringLiteral("𠀀"); // outside the BMP: two UTF-16 units each
    const QList<SentenceSpan> spans = SentenceSplitter::split(text);
    ASSERT_GE(spans.size(), 2);
    // The first cut is right after a full-width comma.
    EXPECT_EQ(text.at(spans[0].end - 1), QChar(u'，'));
    for (const SentenceSpan &span : spans) {
        EXPECT_LE(span.end - span.start, SentenceSplitter::MaxSentenceChars);
        EXPECT_FALSE(text.at(span.start).isLowSurrogate());
    }
    const QString joined = text.mid(spans[1].start, spans[1].end - spans[1].start);
    EXPECT_TRUE(joined.contains(QStringLiteral("1,234,567"))) << "digit group split";
}

// The rule keeps extraction working on a run-on text: a target after 5,000 characters without
// punctuation is still found, and its sentence respects the limit.
TEST(SentenceLimit, ExtractorStillFindsTargetsInRunOnText)
{
    QString text;
    for (int i = 0; i < 250; ++i)
        text += QStringLiteral("各部门加强统筹协调完善配套政策 ");
    text += QStringLiteral("到2025年全市人工智能核心产业规模达到3000亿元。");
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text);
    ASSERT_FALSE(targets.isEmpty());
    bool found = false;
    for (const ExtractedTarget &t : targets) {
        EXPECT_LE(t.end - t.start, SentenceSplitter::MaxSentenceChars);
        if (t.value == 300000000000.0 && t.year == 2025)
            found = true;
    }
    EXPECT_TRUE(found);
}

// word/document.xml nested deeper than 256 elements is refused with the limit in the message;
// a document just inside the limit imports.
QString nestedDocx(const QTemporaryDir &dir, int depth)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                     "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                     "<w:body>";
    for (int i = 0; i < depth - 5; ++i)
        xml += "<w:sdt>";
    xml += QStringLiteral("<w:p><w:r><w:t>到2025年，培育企业100家。</w:t></w:r></w:p>").toUtf8();
    for (int i = 0; i < depth - 5; ++i)
        xml += "</w:sdt>";
    xml += "</w:body></w:document>";
    const QString path = dir.filePath(QStringLiteral("nested-%1.docx").arg(depth));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return QString();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml"))))
        return QString();
    file.write(xml);
    file.close();
    zip.close();
    return path;
}

TEST(XmlDepthLimit, DeeplyNestedWordDocumentIsRefused)
{
    QTemporaryDir dir;
    const QString deep = nestedDocx(dir, 400);
    const QString fine = nestedDocx(dir, 200);
    ASSERT_FALSE(deep.isEmpty());
    ASSERT_FALSE(fine.isEmpty());
    const ImporterResult refused = DocxImporter::import(deep, ImportLimits {});
    EXPECT_FALSE(refused.has_value());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("256"))) << qPrintable(refused.error());
    const ImporterResult accepted = DocxImporter::import(fine, ImportLimits {});
    EXPECT_TRUE(accepted.has_value()) << qPrintable(accepted.error());
    EXPECT_TRUE(accepted->text.contains(QStringLiteral("100家")));
}

} // namespace
