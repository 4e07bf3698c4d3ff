// Throughput of the extraction engine on ../shared/corpus-bulk, beside ICU's own Chinese word
// break iterator on the same text in the same run (the cost of segmenting everything, which the
// engine avoids by scanning for numerals and looking around them). Single thread, one core.
// Usage: bench_extract SHARED_DIR [runs] [--no-memory]
// --no-memory skips the memory section (for profiling the throughput loop under callgrind).
#include "benchcorpus.h"
#include "extract/targetextractor.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <vector>

using namespace policylens;

namespace {

using bench::Corpus;

Corpus load(const QString &dir)
{
    return bench::loadCorpus(dir);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long kilobytes(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_extract SHARED_DIR [runs] [--no-memory]\n");
        return 64;
    }
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const QString dir = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/corpus-bulk");
    const Corpus corpus = load(dir);
    if (corpus.texts.empty()) {
        std::fprintf(stderr, "%s: no .md or .txt files\n", qPrintable(dir));
        return 1;
    }
    const double mb = double(corpus.bytes) / (1024.0 * 1024.0);
    std::printf(
        "corpus-bulk: %zu files, %.1f MB UTF-8, %d runs each\n", corpus.texts.size(), mb, runs);

    const TargetExtractor extractor;
    extractor.extract(
        corpus.texts.front()); // build the Traditional->Simplified table outside timing

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU word break iterator: %s\n", u_errorName(status));
        return 1;
    }

    std::vector<double> engine, icu;
    qint64 targets = 0;
    qint64 boundaries = 0;
    const long rssBefore = kilobytes("VmRSS:");
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        qint64 found = 0;
        for (const QString &text : corpus.texts)
            found += extractor.extract(text).size();
        engine.push_back(mb / (double(t.nsecsElapsed()) / 1e9));
        targets = found;

        t.restart();
        qint64 count = 0;
        for (const QString &text : corpus.texts) {
            // Read-only alias: no copy of the text is made for ICU.
            const icu::UnicodeString u(
                false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
            words->setText(u);
            for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next())
                ++count;
        }
        icu.push_back(mb / (double(t.nsecsElapsed()) / 1e9));
        boundaries = count;
        std::printf("run %d: engine %.1f MB/s, ICU word break %.1f MB/s\n", r + 1, engine.back(),
            icu.back());
        std::fflush(stdout);
    }
    const long rssAfter = kilobytes("VmRSS:");
    const double e = median(engine);
    const double i = median(icu);
    std::printf("targets found: %lld, ICU word boundaries: %lld\n", static_cast<long long>(targets),
        static_cast<long long>(boundaries));
    std::printf(
        "MEDIAN engine %.1f MB/s | ICU zh word break %.1f MB/s | ratio %.2fx\n", e, i, e / i);
    std::printf("resident memory across runs: %ld kB before, %ld kB after\n", rssBefore, rssAfter);
    if (argc > 3 && qstrcmp(argv[3], "--no-memory") == 0)
        return 0;

    // Memory against document size: one document made of 1, 4 and 16 MB of the corpus. The peak
    // is reset before each (Linux: "5" > /proc/self/clear_refs), so the growth is this call's own.
    std::printf("peak memory of one extract() call by document size:\n");
    for (const int targetMb : { 1, 4, 16 }) {
        QString doc;
        for (size_t k = 0;
             doc.size() < qsizetype(targetMb) * 1024 * 1024 / 3 && k < corpus.texts.size() * 8; ++k)
            doc += corpus.texts[k % corpus.texts.size()];
        const double docMb = double(doc.toUtf8().size()) / (1024.0 * 1024.0);
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        const long base = kilobytes("VmRSS:");
        QElapsedTimer t;
        t.start();
        const qsizetype n = extractor.extract(doc).size();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        const long peak = kilobytes("VmHWM:");
        std::printf(
            "  %5.1f MB document: %6lld targets, %5.1f MB/s, peak above resident %ld kB%s\n", docMb,
            static_cast<long long>(n), docMb / secs, std::max(0L, peak - base),
            reset ? "" : " (peak not resettable here)");
    }
    return 0;
}
