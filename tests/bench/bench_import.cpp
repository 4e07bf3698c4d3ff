// Imports SHARED/corpus-bulk into a fresh temporary workspace and times two searches.
// Usage: bench_import SHARED_DIR [DOCUMENTS_PER_COMMIT]
#include "ingest/importservice.h"
#include "coding/codinghook.h"
#include "ingest/extractionhook.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace policylens;

namespace {

// CPU seconds of this process: on a shared machine they vary less than wall time.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m
        = QRegularExpression(QLatin1String(field) + QStringLiteral(":\\s*(\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

double medianSearchMs(const Workspace &ws, const QString &query, int *hits)
{
    SearchIndex index(ws.database());
    std::vector<double> times;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<QList<RankedHit>> result = index.search(query, 20);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        *hits = result ? int(result->size()) : 0;
    }
    std::sort(times.begin(), times.end());
    return (times[9] + times[10]) / 2;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

// One full import into a fresh workspace, with extraction and (if coding) instrument coding.
Timing timeImport(const QString &corpus, bool coding, int perCommit)
{
    QTemporaryDir dir;
    Workspace ws;
    if (!ws.open(dir.filePath(QStringLiteral("coding.policylens"))))
        return {};
    ImportOptions options;
    options.documentsPerCommit = perCommit;
    ImportService service(ws.database(), options);
    // Made here, so the hook (which holds the connection) goes before the workspace closes.
    service.setDocumentHook(coding ? chainHooks({ extractionHook(), codingHook() }) : extractionHook());
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    service.importPaths({ corpus });
    return { double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpuBefore };
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

// Extraction alone is the baseline; coding is what issue 12 adds on top (done when <= 30%).
void benchCoding(QTextStream &out, const QString &corpus, int perCommit, int repeats)
{
    std::vector<double> baseWall, baseCpu, codedWall, codedCpu;
    for (int i = 0; i < repeats; ++i) {
        // Alternating, so a change in machine load hits both sides alike.
        const Timing base = timeImport(corpus, false, perCommit);
        const Timing coded = timeImport(corpus, true, perCommit);
        baseWall.push_back(base.wall);
        baseCpu.push_back(base.cpu);
        codedWall.push_back(coded.wall);
        codedCpu.push_back(coded.cpu);
    }
    const auto line = [&out](const char *label, double wall, double cpu) {
        out << QStringLiteral("%1: median %2 s wall, %3 s CPU\n")
                   .arg(QLatin1String(label))
                   .arg(wall, 0, 'f', 2)
                   .arg(cpu, 0, 'f', 2);
    };
    line("import + extraction (baseline)", median(baseWall), median(baseCpu));
    line("import + extraction + coding", median(codedWall), median(codedCpu));
    out << QStringLiteral("coding adds %1% wall, %2% CPU (medians of %3 alternating runs)\n")
               .arg((median(codedWall) / median(baseWall) - 1) * 100, 0, 'f', 1)
               .arg((median(codedCpu) / median(baseCpu) - 1) * 100, 0, 'f', 1)
               .arg(repeats);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString shared = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("../shared");
    const int perCommit = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1;
    const int repeats = argc > 3 ? qMax(1, QString::fromLocal8Bit(argv[3]).toInt()) : 3;
    const QString corpus = QDir(shared).filePath(QStringLiteral("corpus-bulk"));
    if (!QFileInfo(corpus).isDir()) {
        out << "corpus-bulk not found under " << shared << ": nothing to measure\n";
        return 0;
    }
    QTemporaryDir dir;
    Workspace ws;
    if (const Result<void> opened = ws.open(dir.filePath(QStringLiteral("bench.policylens")));
        !opened) {
        out << opened.error() << '\n';
        return 1;
    }
    const QStringList files = ImportService::collectFiles({ corpus });
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();

    ImportOptions options;
    options.documentsPerCommit = qMax(1, perCommit);
    ImportService service(ws.database(), options);
    QElapsedTimer timer;
    const double cpuBefore = cpuSeconds();
    timer.start();
    const QList<FileImportResult> results = service.importPaths({ corpus });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    int imported = 0, duplicates = 0, rejected = 0;
    for (const FileImportResult &r : results) {
        if (r.status == FileImportResult::Status::Imported)
            ++imported;
        else if (r.status == FileImportResult::Status::Duplicate)
            ++duplicates;
        else
            ++rejected;
    }
    const double mb = double(bytes) / (1024.0 * 1024.0);
    out << QStringLiteral("import: %1 files (%2 MB), %3 imported, %4 duplicate, %5 rejected, "
                          "%6 per commit\n")
               .arg(files.size())
               .arg(mb, 0, 'f', 1)
               .arg(imported)
               .arg(duplicates)
               .arg(rejected)
               .arg(options.documentsPerCommit);
    out << QStringLiteral("import: %1 s wall (%2 s CPU), %3 documents/s, %4 MB/s\n")
               .arg(seconds, 0, 'f', 2)
               .arg(cpu, 0, 'f', 2)
               .arg(double(files.size()) / seconds, 0, 'f', 0)
               .arg(mb / seconds, 0, 'f', 2);
    for (const QString &query : { QStringLiteral("合同"), QStringLiteral("人民法院") }) {
        int hits = 0;
        const double ms = medianSearchMs(ws, query, &hits);
        out << QStringLiteral("search %1 (%2 chars): median of 20 = %3 ms, %4 hits shown\n")
                   .arg(query)
                   .arg(query.size())
                   .arg(ms, 0, 'f', 2)
                   .arg(hits);
    }
    out << QStringLiteral("peak memory (VmHWM): %1 MB\n")
               .arg(double(statusKb("VmHWM")) / 1024.0, 0, 'f', 1);
    out << QStringLiteral("workspace file: %1 MB\n")
               .arg(double(QFileInfo(dir.filePath(QStringLiteral("bench.policylens"))).size()
                        + QFileInfo(dir.filePath(QStringLiteral("bench.policylens-wal"))).size())
                       / (1024.0 * 1024.0),
                   0, 'f', 1);
    for (const FileImportResult &r : results) {
        if (r.status == FileImportResult::Status::Rejected)
            out << "rejected " << r.path << ": " << r.reason << '\n';
    }
    out.flush();
    benchCoding(out, corpus, qMax(1, perCommit), repeats);
    return 0;
}
