#include "import/documentreader.h"
#include "ingest/importservice.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

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
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.document.format, QStringLiteral("pdf"));
    EXPECT_TRUE(r.document.text.contains(QStringLiteral("Compute plan")))
        << r.document.text.toStdString();
    EXPECT_TRUE(r.document.text.contains(QStringLiteral("算力"))) << r.document.text.toStdString();
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
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("damaged"))) << r.error.toStdString();

    const QString blank = dir.filePath(QStringLiteral("blank.pdf"));
    ASSERT_TRUE(writePdf(blank, { QString() }));
    EXPECT_FALSE(DocumentReader().read(blank).ok);
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
