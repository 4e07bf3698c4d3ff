#pragma once

// Helpers of the crash-safety suite: composed documents, child runs killed on a timer, and a
// reading of a workspace that lists every inconsistency it finds.
#include "review/targetrepository.h"
#include "store/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <gtest/gtest.h>

namespace policylens::crashtest {

// Small policy documents composed for this suite, each with its own figures (so no two are
// duplicates) and a handful of quantitative targets.
inline void writeComposedDocuments(const QString &dir, int count)
{
    ASSERT_TRUE(QDir().mkpath(dir));
    const QStringList cities { QStringLiteral("北京市"), QStringLiteral("上海市"),
        QStringLiteral("深圳市"), QStringLiteral("杭州市"), QStringLiteral("成都市") };
    for (int i = 0; i < count; ++i) {
        const QString city = cities.at(i % cities.size());
        QString text = QStringLiteral("%1关于推进第%2批人工智能应用场景建设的实施方案\n\n")
                           .arg(city)
                           .arg(i + 1);
        text += QStringLiteral("为加快人工智能与实体经济融合，结合本市实际，制定本方案。\n");
        text += QStringLiteral(
            "到2025年，全市人工智能核心产业规模达到%1亿元，培育人工智能骨干企业%2家。\n")
                    .arg(300 + i * 7)
                    .arg(20 + i % 40);
        text += QStringLiteral("到2026年，智能算力规模达到%1 PFLOPS，建设高质量开放数据集%2个。\n")
                    .arg(1000 + i * 13)
                    .arg(30 + i % 17);
        text += QStringLiteral(
            "到2027年，打造人工智能典型应用场景%1个以上，相关产业规模年均增长%2%。\n")
                    .arg(50 + i)
                    .arg(10 + i % 9);
        // Some body text, so each document takes the index and the log a moment to write.
        for (int p = 0; p < 6; ++p)
            text += QStringLiteral("第%1条 各区各部门应当加强统筹协调，完善配套政策，落实工作责任，"
                                   "定期评估实施效果并向社会公开进展情况（编号%2-%3）。\n")
                        .arg(p + 1)
                        .arg(i)
                        .arg(p);
        text += QStringLiteral("%1人民政府\n2024年%2月%3日\n")
                    .arg(city)
                    .arg(1 + i % 12)
                    .arg(1 + i % 28);
        QFile file(
            QDir(dir).filePath(QStringLiteral("plan-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(text.toUtf8()), text.toUtf8().size());
    }
}

// What a person does in review: verify, reject and edit a few machine targets and add one by
// hand.
inline void markReviewed(QSqlDatabase db)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM targets ORDER BY id LIMIT 6")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    ASSERT_EQ(ids.size(), 6);
    TargetRepository repo(db);
    ASSERT_TRUE(repo.setStatus(ids[0], ReviewStatus::Verified)) << qPrintable(repo.lastError());
    ASSERT_TRUE(repo.setStatus(ids[1], ReviewStatus::Verified));
    ASSERT_TRUE(repo.setStatus(ids[2], ReviewStatus::Rejected));
    ASSERT_TRUE(repo.setStatus(ids[3], ReviewStatus::Verified));
    ASSERT_TRUE(repo.setField(ids[4], TargetField::Value, 12345.0));
    ASSERT_TRUE(repo.setStatus(ids[4], ReviewStatus::Edited));
    const std::optional<TargetRecord> first = repo.find(ids[0]);
    ASSERT_TRUE(first.has_value());
    TargetRecord manual;
    manual.documentId = first->documentId;
    manual.indicator = QStringLiteral("other");
    manual.value = 7;
    manual.unit = QStringLiteral("count");
    manual.sentence = QStringLiteral("added by hand");
    manual.quoteStart = 0;
    manual.quoteEnd = 1;
    manual.origin = TargetOrigin::Manual;
    manual.reviewStatus = ReviewStatus::Verified;
    manual.note = QStringLiteral("typed in by the researcher");
    ASSERT_GT(repo.insert(manual), 0) << qPrintable(repo.lastError());
}

inline QByteArray readFileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline const char *const WorkspaceSuffixes[] = { "", "-wal", "-shm", "-journal" };

inline void removeWorkspace(const QString &path)
{
    for (const char *suffix : WorkspaceSuffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

// Copies a closed workspace (with its WAL, if one is left).
inline bool copyWorkspace(const QString &from, const QString &to)
{
    removeWorkspace(to);
    for (const char *suffix : WorkspaceSuffixes) {
        const QString source = from + QString::fromLatin1(suffix);
        if (QFile::exists(source) && !QFile::copy(source, to + QString::fromLatin1(suffix)))
            return false;
    }
    return true;
}

struct ChildRun
{
    bool finished = false; // ended on its own
    bool killed = false; // still running when SIGKILL came
    int exitCode = -1;
    QString err;
    qint64 elapsedMs = 0;
};

// Runs the policylens executable; with killAfterMs >= 0 it gets SIGKILL (QProcess::kill() on
// Unix) if it has not finished by then.
inline ChildRun runChild(const QStringList &args, int killAfterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(POLICYLENS_BINARY), args);
    if (!p.waitForStarted(30000)) {
        run.err = p.errorString();
        return run;
    }
    if (killAfterMs < 0) {
        run.finished = p.waitForFinished(180000);
    } else if (p.waitForFinished(killAfterMs)) {
        run.finished = true;
    } else {
        p.kill();
        p.waitForFinished(30000);
        run.killed = p.exitStatus() == QProcess::CrashExit;
        run.finished = !run.killed;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

struct DocumentState
{
    QString source;
    int targets = 0;
    qint64 minUnreviewedId = 0; // machine targets nobody reviewed; 0 when there are none
    qint64 maxUnreviewedId = 0;
};

struct WorkspaceState
{
    bool opened = false;
    QString integrity;
    QStringList problems; // every inconsistency found
    QMap<QString, DocumentState> documents; // by content hash
    QStringList reviewed; // every column of each reviewed or manual target
    qint64 maxTargetId = 0;
};

inline QList<qint64> ids(QSqlQuery &q, const QString &sql, QStringList &problems)
{
    QList<qint64> out;
    if (!q.exec(sql)) {
        problems << sql + QStringLiteral(": ") + q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

inline WorkspaceState readState(const QString &path)
{
    WorkspaceState state;
    Workspace ws;
    if (const Result<void> opened = ws.open(path); !opened) {
        state.problems << opened.error();
        return state;
    }
    state.opened = true;
    QSqlQuery q(ws.database());
    if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
        state.integrity = q.value(0).toString();
    // FTS5's own check of its index structures.
    if (!q.exec(
            QStringLiteral("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')")))
        state.problems << QStringLiteral("FTS integrity-check: ") + q.lastError().text();

    // Document row <-> full-text row: the contentless index keeps one docsize row per document.
    const QList<qint64> documents
        = ids(q, QStringLiteral("SELECT id FROM documents ORDER BY id"), state.problems);
    const QList<qint64> indexed = ids(
        q, QStringLiteral("SELECT id FROM documents_fts_docsize ORDER BY id"), state.problems);
    if (documents != indexed)
        state.problems << QStringLiteral("%1 documents but %2 full-text rows")
                              .arg(documents.size())
                              .arg(indexed.size());
    const QList<qint64> orphans = ids(q,
        QStringLiteral(
            "SELECT id FROM targets WHERE document_id NOT IN (SELECT id FROM documents)"),
        state.problems);
    if (!orphans.isEmpty())
        state.problems << QStringLiteral("%1 targets without their document").arg(orphans.size());
    // import_log: exactly one 'imported' row per document, and none pointing nowhere.
    const QList<qint64> unlogged = ids(q,
        QStringLiteral("SELECT d.id FROM documents d WHERE (SELECT count(*) FROM import_log l "
                       "WHERE l.document_id = d.id AND l.status = 'imported') <> 1"),
        state.problems);
    if (!unlogged.isEmpty())
        state.problems << QStringLiteral("%1 documents without exactly one import_log row")
                              .arg(unlogged.size());
    const QList<qint64> dangling = ids(q,
        QStringLiteral("SELECT id FROM import_log WHERE status <> 'rejected' AND (document_id IS "
                       "NULL OR document_id NOT IN (SELECT id FROM documents))"),
        state.problems);
    if (!dangling.isEmpty())
        state.problems
            << QStringLiteral("%1 import_log rows name no document").arg(dangling.size());

    if (!q.exec(QStringLiteral(
            "SELECT d.content_hash, d.source_path, count(t.id), "
            "min(CASE WHEN t.review_status = 'unreviewed' AND t.origin = 'extracted' THEN t.id "
            "END), "
            "max(CASE WHEN t.review_status = 'unreviewed' AND t.origin = 'extracted' THEN t.id "
            "END) "
            "FROM documents d LEFT JOIN targets t ON t.document_id = d.id GROUP BY d.id")))
        state.problems << q.lastError().text();
    while (q.next()) {
        DocumentState doc;
        doc.source = q.value(1).toString();
        doc.targets = q.value(2).toInt();
        doc.minUnreviewedId = q.value(3).toLongLong();
        doc.maxUnreviewedId = q.value(4).toLongLong();
        state.documents.insert(q.value(0).toString(), doc);
    }
    if (!q.exec(QStringLiteral("SELECT * FROM targets WHERE review_status <> 'unreviewed' "
                               "OR origin = 'manual' ORDER BY id")))
        state.problems << q.lastError().text();
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < q.record().count(); ++c)
            fields << q.value(c).toString();
        state.reviewed << fields.join(QLatin1Char('|'));
    }
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM targets")) && q.next())
        state.maxTargetId = q.value(0).toLongLong();
    return state;
}

// A report file that was written to the end (the format's own closing marker is there).
inline bool isCompleteReport(const QString &path, const QString &format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    if (format == QLatin1String("pdf"))
        return data.startsWith("%PDF-") && data.trimmed().endsWith("%%EOF");
    if (format == QLatin1String("html"))
        return data.toLower().trimmed().endsWith("</html>");
    if (format == QLatin1String("odt")) {
        // A zip: local header first, end-of-central-directory record in the last 64 KiB.
        const qsizetype end = data.lastIndexOf(QByteArrayLiteral("PK\x05\x06"));
        return data.startsWith("PK\x03\x04") && end >= 0 && end >= data.size() - 22 - 65535
            && end + 22 <= data.size();
    }
    return false;
}

} // namespace policylens::crashtest
