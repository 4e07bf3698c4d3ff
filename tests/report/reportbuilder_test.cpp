#include "compare/comparerepository.h"
#include "report/pdftounicode.h"
#include "report/reportbuilder.h"
#include "sampleworkspace.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QProcess>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class Report : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Result<void> opened = ws.open(QStringLiteral(":memory:"));
        ASSERT_TRUE(opened) << qPrintable(opened.error());
        ids = sample::fillSampleWorkspace(ws.database());
        ASSERT_TRUE(dir.isValid());
        // Keep the files for a human to look at when asked.
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("POLICYLENS_KEEP_TEST_FILES"));
        targets = CompareRepository(ws.database()).targets(std::nullopt, QString(), {});
        ASSERT_FALSE(targets.isEmpty());
    }

    ReportBuilder builder(const QString &language)
    {
        ReportBuilder b(ws.database());
        ReportOptions options;
        options.language = languageFromString(language);
        options.workspaceName = QStringLiteral("sample.policylens");
        b.setOptions(options);
        QImage chart(800, 500, QImage::Format_RGB32);
        chart.fill(Qt::darkCyan);
        b.addChart({ QStringLiteral("Sample chart"), chart, QStringLiteral("Sample note") });
        QString error;
        EXPECT_TRUE(b.build(&error)) << error.toStdString();
        return b;
    }

    // Line breaks and spaces a text extractor inserts are not part of the sentences. No
    // radical folding: the PDF's text layer must hold the ideographs themselves.
    static QString flat(const QString &text)
    {
        return QString(text).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')).remove(
            QLatin1Char(' '));
    }

    // Every target (and incentive) that was not rejected is in the text with its source.
    void expectEveryTargetWithSource(const QString &text)
    {
        const QString hay = flat(text);
        for (const ComparedTarget &t : std::as_const(targets)) {
            EXPECT_TRUE(hay.contains(flat(t.sentence))) << t.sentence.toStdString();
            EXPECT_TRUE(hay.contains(flat(t.documentTitle))) << t.documentTitle.toStdString();
            EXPECT_TRUE(hay.contains(flat(t.issuer))) << t.issuer.toStdString();
        }
        EXPECT_FALSE(text.contains(QStringLiteral("误读的句子")));
    }

    Workspace ws;
    sample::SampleIds ids;
    QTemporaryDir dir;
    QList<ComparedTarget> targets;
};

} // namespace

TEST_F(Report, HtmlHoldsEveryTargetWithItsSourceAndTheChart)
{
    const ReportBuilder b = builder(QStringLiteral("zh_CN"));
    EXPECT_EQ(b.targetCount(), int(targets.size()));
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QString error;
    ASSERT_TRUE(b.write(path, &error)) << error.toStdString();
    const QString html = fileText(path);
    expectEveryTargetWithSource(html);
    EXPECT_TRUE(html.contains(QStringLiteral("data:image/png;base64,")));
    EXPECT_TRUE(html.contains(QStringLiteral("≥ 3,000亿元")));
    EXPECT_TRUE(html.contains(QStringLiteral("北京市")));
    EXPECT_TRUE(html.contains(QStringLiteral("2023-05-30")));
    EXPECT_TRUE(html.contains(QStringLiteral("Shanghai Economy and Information Commission")));
    EXPECT_TRUE(html.contains(QStringLiteral("lang=\"zh-CN\"")));
}

TEST_F(Report, EnglishReportUsesEnglishNamesAndUnits)
{
    const QString html = QString::fromUtf8(builder(QStringLiteral("en")).toHtml());
    EXPECT_TRUE(html.contains(QStringLiteral("≥ 300 billion yuan")));
    EXPECT_TRUE(html.contains(QStringLiteral("Beijing")));
    EXPECT_TRUE(html.contains(QStringLiteral("AI core industry scale")));
}

TEST_F(Report, OdtIsAZipWithTheTargetsAndTheChartImage)
{
    const QString path = dir.filePath(QStringLiteral("report.odt"));
    QString error;
    ASSERT_TRUE(builder(QStringLiteral("zh_CN")).write(path, &error)) << error.toStdString();
    EXPECT_EQ(zipEntry(path, QStringLiteral("mimetype")),
        QByteArray("application/vnd.oasis.opendocument.text"));
    const QString content = QString::fromUtf8(zipEntry(path, QStringLiteral("content.xml")));
    ASSERT_FALSE(content.isEmpty());
    expectEveryTargetWithSource(content);
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    bool picture = false;
    for (const QString &name : zip.getFileNameList())
        picture = picture || name.startsWith(QStringLiteral("Pictures/"));
    EXPECT_TRUE(picture);
}

TEST_F(Report, PdfHasPagesWithEveryTargetAsText)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(builder(QStringLiteral("zh_CN")).write(path, &error)) << error.toStdString();
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    ASSERT_GE(pdf.pageCount(), 2);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.getAllText(p).text();
    expectEveryTargetWithSource(text);
}

// What a researcher does with a PDF: pdftotext (poppler) on a Chinese report finds 人工智能,
// and no Kangxi radical (⼈ U+2F08) or radical supplement form (⻓) is left in its text.
TEST_F(Report, PdfTextLayerHoldsRealChineseCharacters)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    ASSERT_TRUE(builder(QStringLiteral("zh_CN")).write(path, &error)) << error.toStdString();
    QProcess pdftotext;
    // -raw: text in content order, so a table cell's sentence is not interleaved with the
    // cells beside it.
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                     QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!pdftotext.waitForStarted())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: scripts/deps.sh installs it";
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(flat(text).contains(QStringLiteral("人工智能"))) << text.left(400).toStdString();
    int radicals = 0;
    for (QChar c : text)
        radicals += c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF;
    EXPECT_EQ(radicals, 0);
    expectEveryTargetWithSource(text);
}

TEST_F(Report, PdfToUnicodeRewritesOnlyRadicalEntries)
{
    QByteArray pdf("stream\n2 beginbfrange\n<0003> <0004> [<2F08> <2F2F>]\n<0005> <0005> <2ED3>\n"
                   "<0006> <0010> <0030>\nendbfrange\nendstream <2F08>");
    const qsizetype size = pdf.size();
    EXPECT_EQ(PdfToUnicode::fixRadicals(&pdf), 3);
    EXPECT_EQ(pdf.size(), size);
    EXPECT_TRUE(pdf.contains("[<4EBA> <5DE5>]")) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains("<0005> <0005> <957F>"));
    EXPECT_TRUE(pdf.contains("<0006> <0010> <0030>"));
    EXPECT_TRUE(pdf.endsWith("endstream <2F08>")); // outside a table: untouched
}

TEST_F(Report, DocxIsAWordDocumentWithTheTargetsTablesAndChart)
{
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    QString error;
    ASSERT_TRUE(builder(QStringLiteral("zh_CN")).write(path, &error)) << error.toStdString();
    const QString document = QString::fromUtf8(zipEntry(path, QStringLiteral("word/document.xml")));
    ASSERT_FALSE(document.isEmpty());
    QString text;
    QXmlStreamReader xml(document);
    int tables = 0;
    int headings = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"tbl")
            ++tables;
        else if (xml.isStartElement() && xml.name() == u"pStyle")
            headings += xml.attributes().value(xml.namespaceUri().toString(), QStringLiteral("val"))
                            .startsWith(u"Heading");
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    expectEveryTargetWithSource(text);
    EXPECT_GE(tables, 1);
    EXPECT_GE(headings, 2);
    EXPECT_TRUE(document.contains(QStringLiteral("r:embed=\"rIdImage1\"")));
    EXPECT_FALSE(zipEntry(path, QStringLiteral("word/media/image1.png")).isEmpty());
    EXPECT_TRUE(QString::fromUtf8(zipEntry(path, QStringLiteral("[Content_Types].xml")))
                    .contains(QStringLiteral("wordprocessingml.document.main+xml")));
}

TEST_F(Report, UnknownFormatIsRefusedAndLeavesNoFile)
{
    const QString path = dir.filePath(QStringLiteral("report.rtf"));
    QString error;
    EXPECT_FALSE(builder(QStringLiteral("en")).write(path, &error));
    EXPECT_TRUE(error.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(Report, RewritingAReportReplacesItWhole)
{
    const QString path = dir.filePath(QStringLiteral("report.html"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    QString error;
    ASSERT_TRUE(builder(QStringLiteral("en")).write(path, &error)) << error.toStdString();
    const QString html = fileText(path);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_FALSE(html.contains(QStringLiteral("xxxxxxxxxx")));
    // No temporary file left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

TEST_F(Report, ChosenCitiesAndIndicatorsLimitTheTables)
{
    ReportBuilder b(ws.database());
    ReportOptions options;
    options.cities = { QStringLiteral("shanghai") };
    options.indicators = { QStringLiteral("intelligent_computing_power") };
    b.setOptions(options);
    QString error;
    ASSERT_TRUE(b.build(&error)) << error.toStdString();
    EXPECT_EQ(b.targetCount(), 1);
    const QString html = b.html(true);
    EXPECT_TRUE(html.contains(QStringLiteral("30 EFLOPS")));
    EXPECT_FALSE(html.contains(QStringLiteral("3000亿元")));
}

TEST_F(Report, LargeReportsListEveryTargetAsAParagraph)
{
    const qint64 doc = sample::addSampleDocument(ws.database(), QStringLiteral("beijing"),
        QStringLiteral("批量文件"), QStringLiteral("某局"), QStringLiteral("2024-01-01"));
    ws.database().transaction();
    for (int i = 0; i < 450; ++i)
        sample::addSampleTarget(ws.database(), doc, QStringLiteral("beijing"),
            QStringLiteral("ai_enterprises"), QStringLiteral("target"), 100 + i,
            QStringLiteral("count"), QStringLiteral(">="), 2025,
            QStringLiteral("第%1条目标句。").arg(i));
    ws.database().commit();
    targets = CompareRepository(ws.database()).targets(std::nullopt, QString(), {});
    const QString path = dir.filePath(QStringLiteral("big.pdf"));
    QString error;
    const ReportBuilder b = builder(QStringLiteral("zh_CN"));
    const QString html = b.html(false);
    EXPECT_FALSE(html.contains(QStringLiteral("<table width=")));
    expectEveryTargetWithSource(html);
    ASSERT_TRUE(b.write(path, &error)) << error.toStdString();
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.getAllText(p).text();
    expectEveryTargetWithSource(text);
}

// Cancelling stops a large PDF between paragraphs of targets and leaves no file at all: neither
// the report nor a temporary file beside it.
TEST_F(Report, CancelledPdfLeavesNoFile)
{
    const qint64 doc = sample::addSampleDocument(ws.database(), QStringLiteral("beijing"),
        QStringLiteral("批量文件"), QStringLiteral("某局"), QStringLiteral("2024-01-01"));
    ws.database().transaction();
    for (int i = 0; i < 1200; ++i)
        sample::addSampleTarget(ws.database(), doc, QStringLiteral("beijing"),
            QStringLiteral("ai_enterprises"), QStringLiteral("target"), 100 + i,
            QStringLiteral("count"), QStringLiteral(">="), 2025,
            QStringLiteral("第%1条目标句。").arg(i));
    ws.database().commit();
    ReportBuilder b = builder(QStringLiteral("zh_CN"));
    QList<int> seen;
    // Cancelled after the first 500 targets are on their pages.
    b.setProgress([&seen](int done, int total) {
        seen << done;
        EXPECT_GT(total, 1200);
        return done < 500;
    });
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    EXPECT_FALSE(b.write(path, &error));
    EXPECT_TRUE(b.wasCancelled());
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_EQ(seen, (QList<int> { 0, 500 }));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();

    // Not cancelled, the same report is written whole, with progress up to the end.
    seen.clear();
    b.setProgress([&seen](int done, int) {
        seen << done;
        return true;
    });
    ASSERT_TRUE(b.write(path, &error)) << error.toStdString();
    EXPECT_EQ(seen.last(), 1);
    EXPECT_TRUE(seen.contains(1000));
    EXPECT_TRUE(QFileInfo(path).size() > 0);
}
