// Concurrency and hostile disks (issue 6): a reader beside a writing import (WAL), two
// connections on one workspace, a workspace on a read-only location, and a full disk.
#include "crashtesthelpers.h"
#include "ingest/extractionhook.h"
#include "ingest/importservice.h"
#include "review/targetrepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::crashtest;

namespace {

class Concurrency : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        docs = dir.filePath(QStringLiteral("docs"));
        writeComposedDocuments(docs, 80);
        db = dir.filePath(QStringLiteral("w.policylens"));
    }

    QTemporaryDir dir;
    QString docs;
    QString db;
};

// The GUI reads while an import writes: every read transaction sees a consistent snapshot
// (as many full-text rows and log rows as documents) and none fails with SQLITE_BUSY.
TEST_F(Concurrency, ReaderSeesConsistentSnapshotsWhileImportWrites)
{
    {
        Workspace create;
        ASSERT_TRUE(create.open(db));
    }
    std::atomic_bool done { false };
    QString writerError;
    int imported = 0;
    QThread *writer = QThread::create([&] {
        Workspace ws; // its own connection, opened in the thread that uses it
        if (const Result<void> opened = ws.open(db); !opened) {
            writerError = opened.error();
            done = true;
            return;
        }
        ImportService service(ws.database());
        service.setDocumentHook(extractionHook());
        for (const FileImportResult &r : service.importPaths({ docs })) {
            if (r.status == FileImportResult::Status::Imported)
                ++imported;
            else
                writerError += r.message() + QLatin1Char('\n');
        }
        done = true;
    });

    Workspace reader;
    const Result<void> opened = reader.open(db);
    ASSERT_TRUE(opened) << qPrintable(opened.error());
    writer->start();
    QSet<int> seen;
    int reads = 0;
    QStringList failures;
    while (!done.load() || reads == 0) {
        QSqlQuery q(reader.database());
        // One read transaction: the three counts come from one snapshot.
        if (!q.exec(QStringLiteral("BEGIN"))) {
            failures << q.lastError().text();
            continue;
        }
        int counts[3] = { -1, -1, -1 };
        const char *sql[3]
            = { "SELECT count(*) FROM documents", "SELECT count(*) FROM documents_fts_docsize",
                  "SELECT count(*) FROM import_log WHERE status = 'imported'" };
        for (int i = 0; i < 3; ++i) {
            if (q.exec(QString::fromLatin1(sql[i])) && q.next())
                counts[i] = q.value(0).toInt();
            else
                failures << q.lastError().text();
        }
        q.finish();
        if (!q.exec(QStringLiteral("COMMIT")))
            failures << q.lastError().text();
        EXPECT_EQ(counts[0], counts[1]) << "documents vs full-text rows in one snapshot";
        EXPECT_EQ(counts[0], counts[2]) << "documents vs import_log in one snapshot";
        seen.insert(counts[0]);
        ++reads;
    }
    writer->wait();
    delete writer;
    EXPECT_TRUE(writerError.isEmpty()) << qPrintable(writerError);
    EXPECT_EQ(imported, 80);
    EXPECT_TRUE(failures.isEmpty()) << qPrintable(failures.join(QLatin1Char('\n')));
    // The reader really ran during the import, not only before or after it.
    EXPECT_GT(seen.size(), 2) << reads << " reads";
}

// Two windows on one workspace: what one writes, the other reads at once; their writes
// interleave without errors.
TEST_F(Concurrency, TwoConnectionsOnOneWorkspace)
{
    Workspace a;
    Workspace b;
    const Result<void> opened = a.open(db);
    ASSERT_TRUE(opened) << qPrintable(opened.error());
    const Result<void> openedB = b.open(db);
    ASSERT_TRUE(openedB) << qPrintable(openedB.error());
    {
        ImportService service(a.database());
        service.setDocumentHook(extractionHook());
        ASSERT_EQ(service.importPaths({ QDir(docs).filePath(QStringLiteral("plan-000.txt")) })
                      .value(0)
                      .status,
            FileImportResult::Status::Imported);
    }
    TargetRepository fromA(a.database());
    TargetRepository fromB(b.database());
    QSqlQuery q(b.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM targets ORDER BY id")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    ASSERT_GE(ids.size(), 2) << "window B sees the targets window A imported";
    ASSERT_TRUE(fromA.setStatus(ids[0], ReviewStatus::Verified))
        << qPrintable(fromA.lastError());
    EXPECT_EQ(fromB.find(ids[0])->reviewStatus, ReviewStatus::Verified);
    ASSERT_TRUE(fromB.setStatus(ids[1], ReviewStatus::Rejected))
        << qPrintable(fromB.lastError());
    EXPECT_EQ(fromA.find(ids[1])->reviewStatus, ReviewStatus::Rejected);
    ASSERT_TRUE(fromB.setField(ids[0], TargetField::Value, 42.0));
    EXPECT_EQ(fromA.field(ids[0], TargetField::Value).toDouble(), 42.0);
}

// A workspace on a read-only location: opening it for writing fails with a message naming the
// file, and neither the file nor the folder changes. Root ignores file permissions, so the
// child drops to an unprivileged user with setpriv(1).
TEST_F(Concurrency, ReadOnlyLocationGivesClearErrorAndChangesNothing)
{
    {
        Workspace create;
        ASSERT_TRUE(create.open(db));
    }
    ASSERT_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    const QByteArray before = readFileBytes(db);
    ASSERT_FALSE(before.isEmpty());
    const QStringList entriesBefore
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    ASSERT_EQ(::chmod(QFile::encodeName(db).constData(), 0444), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0555), 0);
    const QString program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    QStringList args;
    QString binary = QStringLiteral(POLICYLENS_BINARY);
    if (::geteuid() == 0) {
        if (program.isEmpty()) {
            ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
            GTEST_SKIP() << "running as root without setpriv: file permissions would not apply";
        }
        args << QStringLiteral("--reuid=65534") << QStringLiteral("--regid=65534")
             << QStringLiteral("--clear-groups") << binary;
        binary = program;
    }
    args << QStringLiteral("import") << QDir(docs).filePath(QStringLiteral("plan-001.txt"))
         << QStringLiteral("--db") << db;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    p.setProcessEnvironment(env);
    p.start(binary, args);
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    ::chmod(QFile::encodeName(db).constData(), 0644);

    if (p.exitCode() == 0 && err.isEmpty()) {
        // The unprivileged user could write after all (e.g. a file system without permissions).
        GTEST_SKIP() << "the operating system let an unprivileged user write a 0444 file";
    }
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 1) << qPrintable(out) << qPrintable(err);
    EXPECT_TRUE(err.contains(db)) << "the message names the file: " << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive))
        << "the message says why: " << qPrintable(err);
    EXPECT_EQ(readFileBytes(db), before) << "the workspace file changed";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore)
        << "files appeared beside the workspace";
}

// A full disk, simulated with RLIMIT_FSIZE (prlimit) on the importing child, SIGXFSZ ignored so
// writes fail with EFBIG as they would with ENOSPC: a clear error, and the workspace keeps every
// document whole and every reviewed target.
TEST_F(Concurrency, FullDiskGivesCleanErrorAndIntactWorkspace)
{
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (prlimit.isEmpty())
        GTEST_SKIP() << "prlimit (util-linux) is not installed";
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(db));
        ImportService service(ws.database());
        service.setDocumentHook(extractionHook());
        QStringList first;
        for (int i = 0; i < 4; ++i)
            first << QDir(docs).filePath(
                QStringLiteral("plan-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        ASSERT_EQ(service.importPaths(first).size(), 4);
        markReviewed(ws.database());
    }
    const WorkspaceState before = readState(db);
    ASSERT_TRUE(before.problems.isEmpty());
    // Room for a few more documents, not for all 80.
    const qint64 limit = QFileInfo(db).size() + 96 * 1024;

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    // sh ignores SIGXFSZ; the ignored disposition survives exec into prlimit and policylens.
    p.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; exec \"$@\""), QStringLiteral("sh"),
            prlimit, QStringLiteral("--fsize=%1").arg(limit), QStringLiteral(POLICYLENS_BINARY),
            QStringLiteral("import"), docs, QStringLiteral("--db"), db });
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    ASSERT_EQ(p.exitStatus(), QProcess::NormalExit) << "crashed: " << qPrintable(err);
    EXPECT_NE(p.exitCode(), 0) << "a full disk must not look like success:\n" << qPrintable(out);
    // Each refused file is named, with the workspace file and the likely cause.
    EXPECT_TRUE(out.contains(QStringLiteral("rejected"))) << qPrintable(out) << qPrintable(err);
    EXPECT_TRUE(out.contains(db)) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("disk may be full"))) << qPrintable(out);

    const WorkspaceState after = readState(db);
    ASSERT_TRUE(after.opened) << qPrintable(after.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(after.integrity, QStringLiteral("ok"));
    EXPECT_TRUE(after.problems.isEmpty()) << qPrintable(after.problems.join(QLatin1Char('\n')));
    EXPECT_EQ(after.reviewed, before.reviewed);
    EXPECT_LT(after.documents.size(), 80) << "the size limit did not bite";
    std::printf("full disk: %lld documents stored before the limit of %lld bytes\n",
        static_cast<long long>(after.documents.size()), static_cast<long long>(limit));
}

} // namespace
