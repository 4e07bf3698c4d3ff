#pragma once

// The bulk corpus as the text benchmarks read it: every .md and .txt file below a folder, in
// path order, with its UTF-8 size (benchmarks quote MB/s of the files on disk).
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <vector>

namespace policylens::bench {

struct Corpus
{
    std::vector<QString> texts;
    qint64 bytes = 0; // UTF-8 size on disk
};

inline Corpus loadCorpus(const QString &dir)
{
    Corpus c;
    QDirIterator it(dir, { QStringLiteral("*.md"), QStringLiteral("*.txt") }, QDir::Files,
        QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        c.bytes += bytes.size();
        c.texts.push_back(QString::fromUtf8(bytes));
    }
    return c;
}

} // namespace policylens::bench
