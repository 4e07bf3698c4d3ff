#include "codingtesthelpers.h"
#include "coding/codingexport.h"
#include "coding/codingrepository.h"
#include "coding/qdpxexporter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

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

struct Selection
{
    qint64 start = -1;
    qint64 end = -1;
    QStringList codeRefs;
};

QList<Selection> selections(const QByteArray &qde)
{
    QList<Selection> out;
    QXmlStreamReader xml(qde);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"PlainTextSelection")
            out.append({ xml.attributes().value(QStringLiteral("startPosition")).toLongLong(),
                xml.attributes().value(QStringLiteral("endPosition")).toLongLong(), {} });
        if (xml.isStartElement() && xml.name() == u"CodeRef" && !out.isEmpty())
            out.last().codeRefs << xml.attributes().value(QStringLiteral("targetGUID")).toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

} // namespace

class Qdpx : public policylens::testing::CodingWorkspace
{ };

TEST(QdpxOffsets, CountCodePointsNotUtf16Units)
{
    const QString text = QStringLiteral("a𠀋b𠀋c");
    ASSERT_EQ(text.size(), 7); // two surrogate pairs
    EXPECT_EQ(QdpxExporter::codePointOffsets(text, { 0, 1, 3, 4, 6, 7 }),
        (QList<qint64> { 0, 1, 2, 3, 4, 5 }));
}

TEST_F(Qdpx, SelectionsCountCodePointsOfTheSourceText)
{
    // A character outside the BMP (U+2000B) before the coded sentence shifts UTF-16 offsets by
    // one more than code points.
    const QString text = QStringLiteral("关于𠀋𠀋的说明\n加强人工智能人才培养。\n");
    const qint64 doc = import(QStringLiteral("astral.txt"), text);
    ASSERT_GT(doc, 0);
    QSqlQuery clear(ws.database());
    ASSERT_TRUE(clear.exec(QStringLiteral("DELETE FROM codings")));
    const QString sentence = QStringLiteral("加强人工智能人才培养。");
    const int start = int(text.indexOf(sentence));
    ASSERT_GT(start, 0);
    CodingRecord coding;
    coding.documentId = doc;
    coding.codeId = codeId(QStringLiteral("supply.talent"));
    coding.start = start;
    coding.end = start + int(sentence.size());
    coding.origin = CodingOrigin::Manual;
    coding.status = CodingStatus::Accepted;
    ASSERT_GT(CodingRepository(ws.database()).insert(coding), 0);

    const QString path = dir.filePath(QStringLiteral("corpus.qdpx"));
    const Result<int> rows = CodingExport::write(ws.database(), path, QStringLiteral("zh_CN"));
    ASSERT_TRUE(rows) << rows.error().toStdString();
    EXPECT_EQ(*rows, 1);
    const QByteArray qde = zipEntry(path, QStringLiteral("project.qde"));
    ASSERT_FALSE(qde.isEmpty());
    const QList<Selection> found = selections(qde);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().start, start - 2); // two surrogate pairs before it
    EXPECT_EQ(found.first().end - found.first().start, sentence.size());
    ASSERT_EQ(found.first().codeRefs.size(), 1);
    EXPECT_TRUE(qde.contains("name=\"人才培养与引进\"")); // the code, named in the chosen language

    // The source inside the project is the plain text, and the selection cuts the sentence.
    const QString source = QString::fromUtf8(zipEntry(path,
        QStringLiteral("sources/") + QString::fromUtf8(qde).section(QStringLiteral("internal://"), 1).section(QLatin1Char('"'), 0, 0)));
    ASSERT_FALSE(source.isEmpty());
    const QList<uint> points = source.toUcs4();
    const QString cut = QString::fromUcs4(points.mid(found.first().start, found.first().end - found.first().start).constData(),
        found.first().end - found.first().start);
    EXPECT_EQ(cut, sentence);
}

TEST_F(Qdpx, ProjectValidatesAgainstTheRefiQdaSchema)
{
    const QString xsd = QStringLiteral(POLICYLENS_SHARED_DIR "/refi-qda/Project-mrt2019.xsd");
    if (!QFileInfo::exists(xsd))
        GTEST_SKIP() << "../shared/refi-qda is absent";
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        GTEST_SKIP() << "xmllint (libxml2-utils) is not installed; scripts/deps.sh installs it";
    const qint64 doc = import(QStringLiteral("plan.txt"),
        QStringLiteral("某市行动方案\n到2025年，建成3个智算中心，算力规模达到100EFLOPS。\n"
                       "对首次认定的企业给予最高500万元奖励。\n支持高校设立人工智能学科，加强人才培养。\n"));
    ASSERT_GT(doc, 0);
    CodingRecord manual;
    manual.documentId = doc;
    manual.codeId = codeId(QStringLiteral("demand.cooperation"));
    manual.start = 0;
    manual.end = 6;
    manual.origin = CodingOrigin::Manual;
    ASSERT_GT(CodingRepository(ws.database()).insert(manual), 0);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QString path = dir.filePath(QStringLiteral("corpus-%1.qdpx").arg(language));
        const Result<int> written = CodingExport::write(ws.database(), path, language);
        ASSERT_TRUE(written) << written.error().toStdString();
        const QString qdePath = dir.filePath(QStringLiteral("project-%1.qde").arg(language));
        QFile qde(qdePath);
        ASSERT_TRUE(qde.open(QIODevice::WriteOnly));
        qde.write(zipEntry(path, QStringLiteral("project.qde")));
        qde.close();
        QProcess lint;
        lint.start(xmllint, { QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, qdePath });
        ASSERT_TRUE(lint.waitForFinished(60000));
        EXPECT_EQ(lint.exitCode(), 0) << lint.readAllStandardError().toStdString();
        EXPECT_FALSE(selections(zipEntry(path, QStringLiteral("project.qde"))).isEmpty());
    }
}

TEST_F(Qdpx, CodedSentencesGoToCsvWithRegionAndReviewState)
{
    const qint64 doc = import(QStringLiteral("plan.txt"), QStringLiteral("某市行动方案\n加强人工智能人才培养。\n"));
    setRegion(doc, QStringLiteral("beijing"));
    QSqlQuery clear(ws.database());
    ASSERT_TRUE(clear.exec(QStringLiteral("DELETE FROM codings")));
    CodingRecord coding;
    coding.documentId = doc;
    coding.codeId = codeId(QStringLiteral("supply.talent"));
    coding.start = 7;
    coding.end = 18;
    ASSERT_GT(CodingRepository(ws.database()).insert(coding), 0);
    const QString path = dir.filePath(QStringLiteral("coded.csv"));
    const Result<int> written = CodingExport::write(ws.database(), path, QStringLiteral("en"));
    ASSERT_TRUE(written) << written.error().toStdString();
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Beijing")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("加强人工智能人才培养。")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("supply.talent")));
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("unreviewed")));
    const Result<int> refused = CodingExport::write(ws.database(), dir.filePath(QStringLiteral("x.doc")), QStringLiteral("en"));
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("x.doc")));
}
