#include "report/tableexporter.h"

#include <QDir>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using policylens::Result;
using policylens::TableExporter;

namespace {

void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels(
        { QStringLiteral("City"), QStringLiteral("Note"), QStringLiteral("Value") });
    model.setVerticalHeaderLabels(
        { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3") });
    const QStringList cities { QStringLiteral("北京市"), QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("@SUM(A1)") };
    const QStringList notes { QStringLiteral("+1 attack"), QStringLiteral("-2+3"),
        QStringLiteral("plain, with \"quotes\"") };
    const double values[] = { 3000, -5, 0.25 };
    for (int r = 0; r < 3; ++r) {
        model.setItem(r, 0, new QStandardItem(cities.at(r)));
        model.setItem(r, 1, new QStandardItem(notes.at(r)));
        auto *value = new QStandardItem;
        value->setData(values[r], Qt::DisplayRole);
        model.setItem(r, 2, value);
    }
}

} // namespace

TEST(TableExporter, NeutralizesFormulaCells)
{
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("@x")), QStringLiteral("'@x"));
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(TableExporter::neutralize(QStringLiteral("北京=1")), QStringLiteral("北京=1"));
    EXPECT_EQ(TableExporter::neutralize(QString()), QString());
}

TEST(TableExporter, CsvQuotesNeutralizedTextAndKeepsNumbersNumeric)
{
    QStandardItemModel model;
    fill(model);
    const QByteArray csv = TableExporter::toCsv(model, true);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0), QStringLiteral(",City,Note,Value"));
    EXPECT_EQ(lines.at(1), QStringLiteral("r1,北京市,\"'+1 attack\",3000"));
    EXPECT_EQ(lines.at(2), QStringLiteral("r2,\"'=HYPERLINK(\"\"http://x\"\")\",\"'-2+3\",-5"));
    EXPECT_EQ(lines.at(3), QStringLiteral("r3,\"'@SUM(A1)\",\"plain, with \"\"quotes\"\"\",0.25"));
    // No cell of the file starts with a formula character.
    for (const QString &line : lines) {
        for (const QString &cell : line.split(QLatin1Char(','))) {
            const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            EXPECT_FALSE(bare.startsWith(QLatin1Char('=')) || bare.startsWith(QLatin1Char('@'))
                || bare.startsWith(QLatin1Char('+')))
                << cell.toStdString();
        }
    }
}

TEST(TableExporter, XlsxIsAValidWorkbookWithTypedCells)
{
    QStandardItemModel model;
    fill(model);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.xlsx"));
    const Result<void> written = TableExporter::write(model, path, false);
    ASSERT_TRUE(written) << written.error().toStdString();
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdUnzip));
    const QStringList names = zip.getFileNameList();
    for (const char *required : { "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
             "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml" })
        EXPECT_TRUE(names.contains(QString::fromLatin1(required))) << required;
    for (const QString &name : names) {
        ASSERT_TRUE(zip.setCurrentFile(name));
        QuaZipFile file(&zip);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        file.close();
        QXmlStreamReader reader(xml);
        QStringList numbers;
        QStringList strings;
        QString cellType;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("c"))
                cellType = reader.attributes().value(QLatin1String("t")).toString();
            if (reader.isStartElement() && reader.name() == QLatin1String("v"))
                numbers << reader.readElementText();
            if (reader.isStartElement() && reader.name() == QLatin1String("t")
                && cellType == QLatin1String("inlineStr"))
                strings << reader.readElementText();
        }
        EXPECT_FALSE(reader.hasError())
            << name.toStdString() << ": " << reader.errorString().toStdString();
        if (name == QLatin1String("xl/worksheets/sheet1.xml")) {
            EXPECT_EQ(numbers,
                (QStringList {
                    QStringLiteral("3000"), QStringLiteral("-5"), QStringLiteral("0.25") }));
            EXPECT_TRUE(strings.contains(QStringLiteral("北京市")));
            EXPECT_TRUE(strings.contains(QStringLiteral("City")));
        }
    }
}

TEST(TableExporter, UnknownSuffixAndUnwritablePathNameTheFile)
{
    QStandardItemModel model;
    fill(model);
    const Result<void> unknown = TableExporter::write(model, QStringLiteral("/tmp/data.ods"), false);
    EXPECT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("/tmp/data.ods")));
    const Result<void> unwritable
        = TableExporter::write(model, QStringLiteral("/no/such/dir/data.csv"), false);
    EXPECT_FALSE(unwritable);
    EXPECT_TRUE(unwritable.error().contains(QStringLiteral("/no/such/dir/data.csv")));
}
