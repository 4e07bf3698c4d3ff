// The shared fixtures: every bad file gets what EXPECTATIONS.md says, every encoding sample
// imports to expected.txt. Skipped when ../shared is absent.
#include "ingest/importservice.h"
#include "importtesthelpers.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <gtest/gtest.h>

using namespace policylens;
using policylens::testing::readFile;
using policylens::testing::snapshot;

namespace {

QString sharedDir(const QString &sub)
{
    return QDir(QStringLiteral(POLICYLENS_SHARED_DIR)).filePath(sub);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("VmHWM:\\s*(\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString toSimplified(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    EXPECT_TRUE(U_SUCCESS(status));
    icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(u);
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

class Fixtures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo::exists(sharedDir(QStringLiteral("fixtures"))))
            GTEST_SKIP() << "shared fixtures absent";
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
    }

    FileImportResult importOne(const QString &path)
    {
        ImportService service(ws.database());
        const QList<FileImportResult> results = service.importPaths({ path });
        EXPECT_EQ(results.size(), 1);
        return results.value(0);
    }

    // Imports a file that must be rejected and checks the workspace did not change.
    QString expectRejected(const QString &name)
    {
        const QStringList before = snapshot(ws);
        const FileImportResult r = importOne(sharedDir(QStringLiteral("fixtures/bad/")) + name);
        EXPECT_EQ(r.status, FileImportResult::Status::Rejected) << name.toStdString();
        EXPECT_FALSE(r.reason.isEmpty());
        EXPECT_EQ(snapshot(ws), before) << name.toStdString();
        return r.reason;
    }

    QString importedText(const QString &path, QString *encoding = nullptr)
    {
        const FileImportResult r = importOne(path);
        EXPECT_EQ(r.status, FileImportResult::Status::Imported)
            << path.toStdString() << " " << r.reason.toStdString();
        DocumentStore store(ws.database());
        if (encoding)
            *encoding = store.document(r.documentId).value_or(DocumentRecord()).encoding;
        return store.text(r.documentId);
    }

    Workspace ws;
};

QString expected()
{
    return QString::fromUtf8(readFile(sharedDir(QStringLiteral("fixtures/encodings/expected.txt"))))
        .trimmed();
}

} // namespace

TEST_F(Fixtures, EncodingsImportToExpectedText)
{
    const QString dir = sharedDir(QStringLiteral("fixtures/encodings/"));
    for (const auto &[file, encoding] : { std::pair { "gb18030.txt", "GB18030" },
             std::pair { "utf8-bom.txt", "UTF-8" }, std::pair { "utf16le-bom.txt", "UTF-16LE" } }) {
        // Same text in every file: each needs its own workspace, or it is a duplicate.
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        QString detected;
        EXPECT_EQ(importedText(dir + QLatin1String(file), &detected), expected()) << file;
        EXPECT_EQ(detected, QLatin1String(encoding)) << file;
    }
}

TEST_F(Fixtures, Big5MatchesAfterTraditionalToSimplified)
{
    QString encoding;
    const QString text
        = importedText(sharedDir(QStringLiteral("fixtures/encodings/big5.txt")), &encoding);
    EXPECT_EQ(encoding, QStringLiteral("Big5"));
    const QStringList lines = toSimplified(text).split(QLatin1Char('\n'));
    const QStringList want = expected().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("示例市人工智能产业发展行动计")))
        << lines.at(0).toStdString();
    // Same meaning: the figures and the sentence frame survive the conversion.
    for (const char *part :
        { "到2026年，全市人工智", "核心产业规模达到1200亿元，年均增长15%以上。" })
        EXPECT_TRUE(lines.at(1).contains(QString::fromUtf8(part))) << lines.at(1).toStdString();
}

TEST_F(Fixtures, HtmlDeclaredGb2312IsReadAsGb18030WithoutFurniture)
{
    QString encoding;
    const QString path
        = sharedDir(QStringLiteral("fixtures/encodings/declared-gb2312-actually-gb18030.html"));
    const QString text = importedText(path, &encoding);
    EXPECT_EQ(encoding, QStringLiteral("GB18030"));
    // The GB18030-only character is decoded, not replaced; without it the text is expected.txt.
    EXPECT_TRUE(text.contains(QStringLiteral("企业㐀，")));
    EXPECT_EQ(QString(text).remove(QStringLiteral("㐀")), expected());
    for (const char *gone : { "首页", "9999", "版权所有", ".a{}" })
        EXPECT_FALSE(text.contains(QString::fromUtf8(gone))) << gone;
    DocumentStore store(ws.database());
    const DocumentRecord doc = store.list().value(0);
    EXPECT_EQ(doc.published, QDate(2024, 3, 15));
    EXPECT_EQ(doc.periodStart, 2024);
    EXPECT_EQ(doc.periodEnd, 2026);
}

TEST_F(Fixtures, BadFilesAreRejectedWithReasonsAndNoChange)
{
    EXPECT_TRUE(
        expectRejected(QStringLiteral("truncated.pdf")).contains(QStringLiteral("damaged")));
    EXPECT_TRUE(expectRejected(QStringLiteral("not-a-zip.docx"))
                    .contains(QStringLiteral("not a Word document")));
    EXPECT_TRUE(
        expectRejected(QStringLiteral("malformed-xml.docx")).contains(QStringLiteral("damaged")));
    EXPECT_TRUE(
        expectRejected(QStringLiteral("random-bytes.txt")).contains(QStringLiteral("not text")));
    EXPECT_TRUE(
        expectRejected(QStringLiteral("program.html")).contains(QStringLiteral("not text")));
    EXPECT_TRUE(expectRejected(QStringLiteral("empty.txt")).contains(QStringLiteral("empty")));
    const QString entity = expectRejected(QStringLiteral("external-entity.docx"));
    EXPECT_TRUE(entity.contains(QStringLiteral("DTD"))) << entity.toStdString();
}

TEST_F(Fixtures, ZipBombIsRejectedWithBoundedMemory)
{
    const qint64 before = peakRssKb();
    const QString reason = expectRejected(QStringLiteral("inflates-to-300mb.docx"));
    EXPECT_TRUE(reason.contains(QStringLiteral("limit"))) << reason.toStdString();
    EXPECT_LT(peakRssKb() - before, 64 * 1024) << "peak memory grew while checking";
}

TEST_F(Fixtures, PathTraversalDocxImportsBodyOnly)
{
    const QString owned = QStringLiteral("/tmp/policylens-owned.txt");
    const bool existedBefore = QFileInfo::exists(owned);
    EXPECT_EQ(importedText(sharedDir(QStringLiteral("fixtures/bad/path-traversal.docx"))),
        QStringLiteral("ok"));
    if (!existedBefore) {
        EXPECT_FALSE(QFileInfo::exists(owned));
    }
}

TEST_F(Fixtures, DeepNestingAndHugeLineImport)
{
    EXPECT_TRUE(importedText(sharedDir(QStringLiteral("fixtures/bad/deeply-nested.html")))
                    .contains(QStringLiteral("深")));
    const QString huge = importedText(sharedDir(QStringLiteral("fixtures/bad/one-huge-line.txt")));
    EXPECT_EQ(huge.size(), 2000000);
}

TEST_F(Fixtures, Utf16WithoutBomIsNeverMojibake)
{
    const FileImportResult r
        = importOne(sharedDir(QStringLiteral("fixtures/bad/utf16-no-bom.txt")));
    if (r.status == FileImportResult::Status::Rejected)
        return;
    const QString text = DocumentStore(ws.database()).text(r.documentId);
    EXPECT_EQ(text, QStringLiteral("北京市人工智能产业规模达到3000亿元。"));
}
