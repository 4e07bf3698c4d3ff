#include "import/boundedzip.h"
#include "import/documentreader.h"
#include "import/htmlimporter.h"
#include "import/textimporter.h"
#include "importtesthelpers.h"

#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <gtest/gtest.h>

using namespace policylens;
using policylens::testing::writeFile;

namespace {

// Writes a ZIP package with the given entries (a DOCX when it holds word/document.xml).
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray wordXml(const QByteArray &body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                      "<w:document "
                      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                      "<w:body>")
        + body + QByteArray("</w:body></w:document>");
}

QByteArray para(const QString &text)
{
    return QByteArray("<w:p><w:r><w:t xml:space=\"preserve\">") + text.toUtf8()
        + QByteArray("</w:t></w:r></w:p>");
}

class Importers : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString file(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(Importers, HtmlDropsFurnitureKeepsTitleAndDate)
{
    const QByteArray html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta "
        "charset=\"utf-8\"><title>某区政策_某区人民政府网站</title>"
        "<meta name=\"PubDate\" content=\"2023-06-01 09:30\">"
        "<style>p{color:red}</style><script>document.write('<p>假目标：3000亿元</p>');</script></"
        "head>"
        "<body><header>网站头部</header><nav><a href=\"/\">首页</a></nav>"
        "<div id=\"breadcrumb\">首页 &gt; 政策</div><div class=\"article\">"
        "<h1>某区促进算力产业发展\n若干措施</h1><p>一、到2025年，全区算力规模达到\n"
        "500PFLOPS&#65292;带动&nbsp;AI&amp;芯片产业。</p><!-- <p>注释</p> -->"
        "<table><tr><td>指标</td><td>目标</td></tr><tr><td>算力</td><td>500</td></tr></table>"
        "</div><footer>版权所有</footer><div class=\"foot-copyright\">备案号</div></body></html>")
                                .toUtf8();
    const ImporterResult r = HtmlImporter::import(html, ImportLimits());
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    const QString &text = r->text;
    EXPECT_EQ(r->titleHint, QStringLiteral("某区促进算力产业发展若干措施"));
    EXPECT_EQ(r->publishedHint, QDate(2023, 6, 1));
    EXPECT_TRUE(
        text.contains(QStringLiteral("一、到2025年，全区算力规模达到500PFLOPS，带动AI&芯片产业。")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("指标\t目标\n算力\t500"))) << text.toStdString();
    for (const char *gone : { "网站头部", "首页", "假目标", "color", "注释", "版权所有", "备案号" })
        EXPECT_FALSE(text.contains(QString::fromUtf8(gone))) << gone;
}

TEST_F(Importers, HtmlTableRowsStayOneLineOfCells)
{
    // Paragraphs and line breaks inside a cell belong to the cell; unclosed cells and rows end
    // where the next one starts.
    const QByteArray html = QStringLiteral(
        "<html><body><p>说明</p><table><tr><th><p>指标</p></th><th>2026年</th></tr>"
        "<tr><td><p>核心产业</p><p>规模</p></td><td>3000<br>亿元</td></tr>"
        "<tr><td>企业<td>100家</table><p>其后</p></body></html>")
                                .toUtf8();
    const ImporterResult r = HtmlImporter::import(html, ImportLimits());
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text.trimmed(),
        QStringLiteral("说明\n指标\t2026年\n核心产业规模\t3000亿元\n企业\t100家\n其后"));
}

TEST_F(Importers, HtmlDeepNestingDoesNotRecurse)
{
    QByteArray html("<html><body>");
    for (int i = 0; i < 300000; ++i)
        html += "<div><span>";
    html += "深处";
    const ImporterResult r = HtmlImporter::import(html, ImportLimits());
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->text.contains(QStringLiteral("深处")));
}

TEST_F(Importers, MarkdownLosesFrontMatterAndHeadingMarks)
{
    const QByteArray md
        = QStringLiteral("---\nweight: 3\n---\n# 某市条例\n\n## 第一章\n正文 #不是标题\n").toUtf8();
    const ImporterResult r = TextImporter::import(md, true, ImportLimits());
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, QStringLiteral("某市条例\n\n第一章\n正文 #不是标题\n"));
    EXPECT_EQ(r->format, QStringLiteral("md"));
}

TEST_F(Importers, DocxParagraphsAndTables)
{
    const QByteArray body = para(QStringLiteral("某市人工智能产业行动方案"))
        + QByteArray("<w:p><w:r><w:t>到2026年，</w:t></w:r><w:r><w:t>产业规模突破</w:t></w:r>"
                     "<w:r><w:tab/><w:t>800亿元。</w:t></w:r></w:p>")
        + QByteArray("<w:tbl><w:tr><w:tc>") + para(QStringLiteral("指标"))
        + QByteArray("</w:tc><w:tc>") + para(QStringLiteral("2026年"))
        + QByteArray("</w:tc></w:tr><w:tr><w:tc>") + para(QStringLiteral("企业数"))
        + QByteArray("</w:tc><w:tc>") + para(QStringLiteral("100")) + para(QStringLiteral("家"))
        + QByteArray("</w:tc></w:tr></w:tbl>") + para(QStringLiteral("附件"));
    const QString path = file(QStringLiteral("plan.docx"));
    ASSERT_TRUE(writeZip(path,
        { { QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>") },
            { QStringLiteral("word/document.xml"), wordXml(body) } }));
    const ImporterResult r = DocumentReader().read(path);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->text,
        QStringLiteral("某市人工智能产业行动方案\n到2026年，产业规模突破\t800亿元。\n"
                       "指标\t2026年\n企业数\t100 家\n附件"));
    EXPECT_EQ(r->format, QStringLiteral("docx"));
}

TEST_F(Importers, DocxOverTheDecompressedLimitIsRejected)
{
    QByteArray body;
    const QByteArray p = para(QString(500, QChar(u'字')));
    while (body.size() < 3 * 1024 * 1024)
        body += p;
    const QString path = file(QStringLiteral("big.docx"));
    ASSERT_TRUE(writeZip(path, { { QStringLiteral("word/document.xml"), wordXml(body) } }));
    ImportLimits limits;
    limits.maxDecompressedBytes = 1024 * 1024;
    const ImporterResult r = DocumentReader(limits).read(path);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("limit"))) << r.error().toStdString();
    EXPECT_TRUE(DocumentReader().read(path).has_value());
}

TEST_F(Importers, DocxWithDtdOrBrokenXmlIsRejected)
{
    const QString dtd = file(QStringLiteral("dtd.docx"));
    ASSERT_TRUE(writeZip(dtd,
        { { QStringLiteral("word/document.xml"),
            QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"x\">]>")
                + wordXml(para(QStringLiteral("&a;"))) } }));
    EXPECT_FALSE(DocumentReader().read(dtd).has_value());
    const QString broken = file(QStringLiteral("broken.docx"));
    ASSERT_TRUE(writeZip(broken,
        { { QStringLiteral("word/document.xml"),
            wordXml(para(QStringLiteral("x"))).chopped(10) } }));
    const ImporterResult r = DocumentReader().read(broken);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("damaged"))) << r.error().toStdString();
    const QString noWord = file(QStringLiteral("other.docx"));
    ASSERT_TRUE(writeZip(noWord, { { QStringLiteral("a.txt"), QByteArray("hi") } }));
    EXPECT_FALSE(DocumentReader().read(noWord).has_value());
}

TEST_F(Importers, FileSizeLimitIsEnforced)
{
    const QString path = file(QStringLiteral("big.txt"));
    ASSERT_TRUE(writeFile(path, QByteArray(2048, 'a')));
    ImportLimits limits;
    limits.maxFileBytes = 1024;
    const ImporterResult r = DocumentReader(limits).read(path);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("limit"))) << r.error().toStdString();
    limits = ImportLimits();
    limits.maxTextChars = 100;
    EXPECT_FALSE(DocumentReader(limits).read(path).has_value());
}

TEST_F(Importers, BoundedZipStopsAtItsBudget)
{
    const QString path = file(QStringLiteral("z.zip"));
    ASSERT_TRUE(writeZip(path,
        { { QStringLiteral("a"), QByteArray(600 * 1024, 'a') },
            { QStringLiteral("b"), QByteArray(600 * 1024, 'b') } }));
    BoundedZip zip(path, 1024 * 1024);
    ASSERT_TRUE(zip.open());
    QByteArray a, b;
    EXPECT_EQ(zip.readAll(QStringLiteral("a"), &a), BoundedZip::Status::Ok);
    EXPECT_EQ(a.size(), 600 * 1024);
    // The budget is shared by all entries of one package.
    EXPECT_EQ(zip.readAll(QStringLiteral("b"), &b), BoundedZip::Status::TooLarge);
    EXPECT_EQ(zip.readAll(QStringLiteral("../../etc/passwd"), &b), BoundedZip::Status::Missing);
}
