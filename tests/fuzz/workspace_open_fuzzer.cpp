// Fuzz target: arbitrary bytes saved as a workspace file and opened with Workspace::open.
// Properties checked beyond "no crash, no sanitizer report":
//  - a refused file is left byte for byte as it was (Workspace::open promises this);
//  - an accepted one answers the queries every view makes, or fails them cleanly.
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QString scratchPath()
{
    // tmpfs when there is one: every input is written to disk and opened.
    const QString base
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/policylens-fuzz-%2.policylens")
        .arg(base)
        .arg(QCoreApplication::applicationPid());
}

void removeScratch(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase needs an application object to find its SQLite driver.
    static auto *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    // Load the driver and build the regions data once, outside the measured inputs.
    const QString path = scratchPath();
    removeScratch(path);
    {
        policylens::Workspace warmUp;
        (void)warmUp.open(path);
    }
    removeScratch(path);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString path = scratchPath();
    removeScratch(path);
    if (!writeFile(path, input)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }

    QString error;
    bool opened = false;
    {
        policylens::Workspace workspace;
        const policylens::Result<void> result = workspace.open(path);
        opened = result.has_value();
        error = result.error();
        if (opened) {
            QSqlQuery query(workspace.database());
            for (const char *sql : { "SELECT count(*) FROM documents",
                     "SELECT count(*) FROM targets WHERE review_status = 'verified'",
                     "SELECT code, name_zh, name_en FROM regions ORDER BY code",
                     "SELECT key FROM indicators", "PRAGMA user_version" }) {
                if (query.exec(QString::fromLatin1(sql)))
                    while (query.next()) { }
                query.finish();
            }
        } else if (error.isEmpty()) {
            std::fprintf(stderr, "Workspace::open failed without an error message\n");
            std::abort();
        }
    }
    if (!opened && readFile(path) != input) {
        std::fprintf(
            stderr, "Workspace::open refused the file (%s) but changed it\n", qPrintable(error));
        std::abort();
    }
    removeScratch(path);
    return 0;
}
