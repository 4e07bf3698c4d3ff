#include "import/documentreader.h"
#include "ingest/importservice.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

bool writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRect(200, 200, 9000, 2000), Qt::TextWordWrap, pages.at(i));
    }
    return painter.end();
}

} // namespace

TEST(PdfImporter, TextOfEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(writePdf(
        path, { QStringLiteral("Compute plan"), QStringLiteral("到2025年算力达到100EFLOPS") }));
    const ImporterResult r = DocumentReader().read(path);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->format, QStringLiteral("pdf"));
    EXPECT_TRUE(r->text.contains(QStringLiteral("Compute plan")))
        << r->text.toStdString();
    EXPECT_TRUE(r->text.contains(QStringLiteral("算力"))) << r->text.toStdString();
}

TEST(PdfImporter, TruncatedAndEmptyPdfsAreRejected)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(writePdf(path, { QStringLiteral("Compute plan") }));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray all = f.readAll();
    f.resize(all.size() / 2);
    f.close();
    const ImporterResult r = DocumentReader().read(path);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().contains(QStringLiteral("damaged"))) << r.error().toStdString();

    const QString blank = dir.filePath(QStringLiteral("blank.pdf"));
    ASSERT_TRUE(writePdf(blank, { QString() }));
    EXPECT_FALSE(DocumentReader().read(blank).has_value());
}

TEST(PdfImporter, ThroughTheImportServiceOnItsReaderThread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(writePdf(
        path, { QStringLiteral("Compute plan"), QStringLiteral("到2025年算力达到100EFLOPS") }));
    Workspace ws;
    ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    ImportService service(ws.database());
    const QList<FileImportResult> results = service.importPaths({ path });
    ASSERT_EQ(results.size(), 1);
    ASSERT_EQ(results[0].status, FileImportResult::Status::Imported)
        << results[0].reason.toStdString();
    const QString text = DocumentStore(ws.database()).text(results[0].documentId);
    EXPECT_TRUE(text.contains(QStringLiteral("算力"))) << text.toStdString();
    EXPECT_EQ(DocumentStore(ws.database()).document(results[0].documentId)->format,
        QStringLiteral("pdf"));
}

// A PDF laid out by Qt's own text engine: justified paragraphs with a first-line indent and no
// space between them, running over a page break, page numbers in the footer. The stored text
// holds one line per paragraph, with no page number, whether or not a paragraph ends in
// punctuation.
TEST(PdfImporter, ParagraphsFromTheLayoutAcrossPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.pdf"));
    QStringList paragraphs;
    for (int i = 0; i < 16; ++i) {
        QString p = QStringLiteral("到20%1年，第%2项工作").arg(26 + i % 3).arg(i + 1);
        while (p.size() < 110 + 7 * (i % 4))
            p += QStringLiteral("推进人工智能产业高质量发展，建设智能算力设施");
        paragraphs << (i % 2 == 0 ? p : p + QStringLiteral("。"));
    }
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("Noto Sans CJK SC"), 12));
        QTextCursor cursor(&doc);
        QTextBlockFormat format;
        format.setTextIndent(24);
        format.setAlignment(Qt::AlignJustify);
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (i == 0)
                cursor.setBlockFormat(format);
            else
                cursor.insertBlock(format);
            cursor.insertText(paragraphs[i]);
        }
        doc.print(&writer); // numbers the pages in the footer
    }
    QPdfDocument check;
    ASSERT_EQ(check.load(path), QPdfDocument::Error::None);
    ASSERT_GE(check.pageCount(), 2); // the test needs a page break
    const ImporterResult r = DocumentReader().read(path);
    ASSERT_TRUE(r.has_value()) << r.error().toStdString();
    EXPECT_EQ(r->text.split(u'\n'), paragraphs);
}
