#pragma once

// Runs the real policylens executable (POLICYLENS_BINARY) the way the end-to-end command-line
// suites need it: offscreen, English messages, its runtime folder inside the test's own, and
// --db naming the test's workspace.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <gtest/gtest.h>

namespace policylens::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    // The --json output, one object a line.
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            objects << QJsonDocument::fromJson(line.toUtf8()).object();
        return objects;
    }
};

// Runs `policylens ARGS --db workspace` with runtimeDir as XDG_RUNTIME_DIR.
inline CliRun runPolicyLens(QStringList args, const QString &workspace, const QString &runtimeDir)
{
    args << QStringLiteral("--db") << workspace;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POLICYLENS_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POLICYLENS_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace policylens::testing
