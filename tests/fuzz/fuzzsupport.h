#pragma once

// Shared by the fuzz targets: a QCoreApplication for code that needs one, scratch files on
// tmpfs for importers that read a path, and a loud failure for a broken property.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace policylens::fuzz {

inline void ensureApplication(int *argc, char ***argv)
{
    static auto *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
}

inline QString scratchPath(const char *suffix)
{
    const QString base
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/policylens-fuzz-%2%3")
        .arg(base)
        .arg(QCoreApplication::applicationPid())
        .arg(QString::fromLatin1(suffix));
}

inline void writeScratch(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

// A property the code promises does not hold: abort so libFuzzer saves the input.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

inline void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

} // namespace policylens::fuzz
