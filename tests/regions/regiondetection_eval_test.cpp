// Region detection measured on the real documents in ../shared (read at test time): the
// corpus (floor 95%) and gold2's corpus (reported). The truth is each MANIFEST.tsv's
// city_or_level column; every miss is listed.
#include "import/documentreader.h"
#include "import/metadatadetector.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cstdio>

using namespace policylens;

namespace {

// "Hangzhou (Yuhang district)", "Qingyang (Gansu)", "Anhui (province; covers Hefei)",
// "Beijing Haidian District", "national": the innermost place the words name.
QString truthCode(const RegionResolver &regions, QString words)
{
    words.remove(QRegularExpression(QStringLiteral(";[^)]*")));
    if (words.trimmed().compare(QLatin1String("national"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("national");
    int innermost = -1;
    for (const RegionMention &m : regions.mentionsIn(words)) {
        for (int c : m.candidates) {
            if (innermost < 0 || regions.isAncestor(innermost, c)) {
                innermost = c;
                break;
            }
        }
    }
    return innermost < 0 ? QString() : regions.all().at(innermost).code;
}

struct Evaluation
{
    int documents = 0;
    int right = 0;
    QStringList misses;
    QMap<QString, QMap<QString, int>> confusion; // truth level -> detected level -> count
};

QString levelOf(const RegionResolver &regions, const QString &code)
{
    const auto r = regions.byCode(code);
    return r ? r->level : QStringLiteral("unknown");
}

Evaluation evaluate(const QString &folder, const RegionResolver &regions)
{
    Evaluation e;
    QFile manifest(folder + QStringLiteral("/MANIFEST.tsv"));
    if (!manifest.open(QIODevice::ReadOnly))
        return e;
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char('\t'));
    const qsizetype placeColumn = header.indexOf(QStringLiteral("city_or_level"));
    const DocumentReader reader;
    const MetadataDetector detector(&regions);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() <= placeColumn || cells.first().isEmpty())
            continue;
        const QString truth = truthCode(regions, cells.at(placeColumn));
        EXPECT_FALSE(truth.isEmpty()) << "manifest place not in the region list: "
                                      << cells.at(placeColumn).toStdString();
        const ImporterResult read = reader.read(folder + QLatin1Char('/') + cells.first());
        if (!read.has_value()) {
            ADD_FAILURE() << cells.first().toStdString() << ": " << read.error().toStdString();
            continue;
        }
        const QString detected = detector.detect(*read).regionCode;
        ++e.documents;
        e.confusion[levelOf(regions, truth)][levelOf(regions, detected)] += 1;
        if (detected == truth)
            ++e.right;
        else
            e.misses << QStringLiteral("%1: expected %2, detected %3")
                            .arg(cells.first(), truth,
                                detected.isEmpty() ? QStringLiteral("(none)") : detected);
    }
    return e;
}

void report(const char *name, const Evaluation &e)
{
    std::printf("%s: %d of %d documents right (%.1f%%)\n", name, e.right, e.documents,
        e.documents ? 100.0 * e.right / e.documents : 0.0);
    std::printf("  confusion (truth level -> detected level: count)\n");
    for (auto t = e.confusion.cbegin(); t != e.confusion.cend(); ++t) {
        for (auto d = t->cbegin(); d != t->cend(); ++d)
            std::printf("    %-9s -> %-9s %d\n", qPrintable(t.key()), qPrintable(d.key()), *d);
    }
    for (const QString &miss : e.misses)
        std::printf("  miss: %s\n", qPrintable(miss));
}

class RegionDetectionEval : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QDir(QStringLiteral(POLICYLENS_SHARED_DIR "/corpus")).exists())
            GTEST_SKIP() << "shared corpus not present at " << POLICYLENS_SHARED_DIR;
        ASSERT_TRUE(ws.open(QStringLiteral(":memory:")));
        ASSERT_TRUE(regions.load(ws.database()));
    }
    Workspace ws;
    RegionResolver regions;
};

} // namespace

TEST_F(RegionDetectionEval, SharedCorpusAtLeast95Percent)
{
    const Evaluation e = evaluate(QStringLiteral(POLICYLENS_SHARED_DIR "/corpus"), regions);
    report("corpus", e);
    ASSERT_GT(e.documents, 0);
    EXPECT_GE(double(e.right) / e.documents, 0.95) << e.misses.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RegionDetectionEval, Gold2CorpusReported)
{
    const QString folder = QStringLiteral(POLICYLENS_SHARED_DIR "/gold2/corpus");
    if (!QDir(folder).exists())
        GTEST_SKIP() << "gold2 corpus not present";
    const Evaluation e = evaluate(folder, regions);
    report("gold2", e);
    ASSERT_GT(e.documents, 0);
    // Documents of other genres (news, work reports), none of which the rules were written on.
    EXPECT_GE(double(e.right) / e.documents, 0.94); // 38 of 39 when written
}
