// `policylens --help` is the command line's table of contents: every registered subcommand must
// appear in it with its summary and a runnable example.
#include "cli/command.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString helpOutput(const QStringList &extra = {})
{
    QProcess process;
    process.start(
        QStringLiteral(POLICYLENS_BINARY), extra + QStringList { QStringLiteral("--help") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<policylens --help failed: %1>")
            .arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST(CommandLineHelp, ListsEverySubcommandWithItsExample)
{
    const QString help = helpOutput({ QStringLiteral("--lang"), QStringLiteral("en") });
    ASSERT_TRUE(help.startsWith(QLatin1String("Usage: policylens"))) << qPrintable(help);
    EXPECT_TRUE(help.contains(QLatin1String("each with an example"))) << qPrintable(help);
    const policylens::cli::CommandList commands = policylens::cli::headlessCommands();
    for (const auto &command : commands) {
        EXPECT_TRUE(help.contains(QStringLiteral("\n  %1\n").arg(command->name())))
            << qPrintable(command->name());
        EXPECT_TRUE(help.contains(command->summary())) << qPrintable(command->name());
        EXPECT_FALSE(command->example().isEmpty()) << qPrintable(command->name());
        // An example may pipe input in (echo ... | policylens quantities), but it must run
        // the subcommand itself.
        EXPECT_TRUE(command->example().contains(QStringLiteral("policylens %1").arg(command->name())))
            << qPrintable(command->example());
        EXPECT_TRUE(help.contains(command->example())) << qPrintable(command->name());
    }
}

TEST(CommandLineHelp, WorksWithChineseSelected)
{
    const QString help = helpOutput({ QStringLiteral("--lang"), QStringLiteral("zh") });
    EXPECT_TRUE(help.startsWith(QStringLiteral("用法：policylens"))) << qPrintable(help);
    EXPECT_FALSE(help.contains(QLatin1String("each with an example"))) << qPrintable(help);
}

// The option list of a subcommand is built after --lang is known, wherever --lang is given.
TEST(CommandLineHelp, SubcommandHelpFollowsLangAfterTheSubcommand)
{
    const QString before
        = helpOutput({ QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("import") });
    const QString after
        = helpOutput({ QStringLiteral("import"), QStringLiteral("--lang"), QStringLiteral("zh") });
    EXPECT_TRUE(before.contains(QStringLiteral("要导入的文件或文件夹"))) << qPrintable(before);
    EXPECT_TRUE(after.contains(QStringLiteral("要导入的文件或文件夹"))) << qPrintable(after);
    EXPECT_FALSE(after.contains(QLatin1String("Files or folders to import"))) << qPrintable(after);
}

// The desktop entry runs `policylens %f`: a workspace file as the only argument must open the
// workbench, not be taken for an unknown subcommand (which exits at once with code 64).
TEST(CommandLineHelp, WorkspaceFileArgumentOpensTheWorkbench)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(POLICYLENS_BINARY),
        { dir.filePath(QStringLiteral("double-clicked.policylens")) });
    ASSERT_TRUE(process.waitForStarted(10000));
    const bool exited = process.waitForFinished(3000);
    if (!exited) {
        process.kill();
        process.waitForFinished();
    }
    EXPECT_FALSE(exited) << "exit code " << process.exitCode() << ": "
                         << process.readAllStandardError().constData();
}

} // namespace
