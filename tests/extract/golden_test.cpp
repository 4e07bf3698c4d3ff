// Golden files: documents composed for these tests (tests/data/extract/*.txt) and the targets a
// reviewer expects from them (*.expected.jsonl). Set POLICYLENS_UPDATE_GOLDEN=1 to rewrite the
// expectations after a deliberate change, then review the diff line by line.
#include "extract/targetextractor.h"
#include "format/targetjson.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace policylens;

namespace {

struct GoldenDoc
{
    const char *name;
    const char *published; // empty: the engine guesses from the text
};

const GoldenDoc kDocs[] = {
    { "zh-hans-plan", "2023-04-18" },
    { "zh-hant-plan", "2024-03-01" },
    { "en-plan", "2024-03-12" },
    { "zh-pdf-wrapped", "" },
    { "zh-lead-in-list", "2023-06-30" },
    { "zh-non-commitments", "2023-01-10" },
    { "zh-incentive-policy", "2024-02-01" },
    { "zh-hant-noisy", "" },
    { "zh-indicator-table", "2021-06-01" },
};

QString describe(const QString &text, const ExtractedTarget &t)
{
    JsonLine line;
    addTargetFields(line, t).add(
        QStringLiteral("quote"), text.mid(t.quoteStart, t.quoteEnd - t.quoteStart));
    return line.toString();
}

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class Golden : public testing::TestWithParam<GoldenDoc>
{
};

TEST_P(Golden, MatchesReviewedExpectations)
{
    const GoldenDoc doc = GetParam();
    const QDir dir(QStringLiteral(POLICYLENS_TEST_DATA "/extract"));
    const QString name = QString::fromUtf8(doc.name);
    const QString text = readUtf8(dir.filePath(name + QStringLiteral(".txt")));
    ASSERT_FALSE(text.isEmpty()) << doc.name;
    DocumentContext ctx;
    ctx.published = QDate::fromString(QString::fromUtf8(doc.published), Qt::ISODate);
    const QList<ExtractedTarget> targets = TargetExtractor().extract(text, ctx);

    QStringList actual;
    for (const ExtractedTarget &t : targets) {
        actual << describe(text, t);
        // Offsets point into the original text, and the quote lies inside the sentence.
        EXPECT_EQ(text.mid(t.start, t.end - t.start), t.sentence);
        EXPECT_LE(t.start, t.quoteStart);
        EXPECT_GE(t.end, t.quoteEnd);
        EXPECT_GT(t.confidence, 0.0);
        EXPECT_LE(t.confidence, 1.0);
    }
    const QString expectedPath = dir.filePath(name + QStringLiteral(".expected.jsonl"));
    if (qEnvironmentVariableIsSet("POLICYLENS_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write((actual.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        return;
    }
    QStringList expected = readUtf8(expectedPath).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : std::as_const(actual))
        EXPECT_TRUE(expected.contains(line)) << "unexpected: " << line.toStdString();
    for (const QString &line : std::as_const(expected))
        EXPECT_TRUE(actual.contains(line)) << "missing: " << line.toStdString();
    EXPECT_EQ(actual.size(), expected.size());
}

INSTANTIATE_TEST_SUITE_P(
    Documents, Golden, testing::ValuesIn(kDocs), [](const testing::TestParamInfo<GoldenDoc> &info) {
        std::string n = info.param.name;
        for (char &c : n)
            if (c == '-')
                c = '_';
        return n;
    });

TEST(GoldenNegatives, NamesDatesAndNumbersOfDocumentsAreNeverTargets)
{
    const QDir dir(QStringLiteral(POLICYLENS_TEST_DATA "/extract"));
    for (const char *doc : { "zh-hans-plan", "zh-non-commitments", "en-plan", "zh-hant-plan",
             "zh-incentive-policy" }) {
        const QString text
            = readUtf8(dir.filePath(QString::fromUtf8(doc) + QStringLiteral(".txt")));
        for (const ExtractedTarget &t : TargetExtractor().extract(text)) {
            const QString quote = text.mid(t.quoteStart, t.quoteEnd - t.quoteStart);
            for (const char *bad : { "二十大", "5G", "14号", "第五条", "〔", "Ⅲ", "电话", "2023年",
                     "十四五", "十三五", "两个先行", "0571", "021-", "0551", "Article" })
                EXPECT_FALSE(quote.contains(QString::fromUtf8(bad)))
                    << doc << ": " << quote.toStdString();
            EXPECT_FALSE(t.value >= 1949 && t.value <= 2100 && t.unit.isEmpty())
                << quote.toStdString();
        }
    }
}
