// Throughput of policy-instrument coding on ../shared/corpus-bulk, beside target extraction on
// the same texts in the same run (both run on every document at import, so the ratio says what
// coding adds to the extraction share of import time). Single thread, one core.
// Times are CPU seconds of this process (steadier than wall time on a shared machine).
// Usage: bench_instruments SHARED_DIR [runs]
#include "benchcorpus.h"
#include "extract/targetextractor.h"
#include "instruments/instrumentcoder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace policylens;

namespace {

using bench::Corpus;

Corpus load(const QString &dir)
{
    return bench::loadCorpus(dir);
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_instruments SHARED_DIR [runs]\n");
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
    std::printf("corpus-bulk: %zu files, %.1f MB UTF-8, %d runs each\n", corpus.texts.size(), mb,
        runs);
    const InstrumentCoder coder;
    const TargetExtractor extractor;
    coder.code(corpus.texts.front()); // tables and codebook built outside timing
    extractor.extract(corpus.texts.front());

    std::vector<double> coding, extraction;
    qint64 sentences = 0, coded = 0;
    for (int r = 0; r < runs; ++r) {
        double t0 = cpuSeconds();
        qint64 n = 0, c = 0;
        for (const QString &text : corpus.texts) {
            const QList<SentenceCoding> cs = coder.code(text);
            n += cs.size();
            c += std::count_if(cs.begin(), cs.end(), [](const auto &s) { return !s.codes.isEmpty(); });
        }
        coding.push_back(cpuSeconds() - t0);
        sentences = n;
        coded = c;
        t0 = cpuSeconds();
        for (const QString &text : corpus.texts)
            extractor.extract(text);
        extraction.push_back(cpuSeconds() - t0);
        std::printf("run %d: coding %.2f s (%.1f MB/s), extraction %.2f s (%.1f MB/s)\n", r + 1,
            coding.back(), mb / coding.back(), extraction.back(), mb / extraction.back());
        std::fflush(stdout);
    }
    const double c = median(coding), e = median(extraction);
    std::printf("sentences: %lld, with at least one code: %lld\n", static_cast<long long>(sentences),
        static_cast<long long>(coded));
    std::printf("MEDIAN (CPU time) coding %.2f s = %.1f MB/s | extraction %.2f s = %.1f MB/s | coding/extraction "
                "%.2fx\n",
        c, mb / c, e, mb / e, c / e);
    return 0;
}
