// The policylens executable: with a subcommand it is a command-line tool that needs no
// display; without one it opens the desktop workbench. Everything it does lives in the
// model and widgets libraries.
#include "cli/command.h"
#include "cli/widgetcommands.h"
#include "i18n/languagemanager.h"
#include "ingest/workspaceimportrunner.h"
#include "sample/sampleworkspace.h"
#include "store/workspace.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

namespace {

using policylens::cli::CommandList;

CommandList allCommands()
{
    CommandList commands = policylens::cli::headlessCommands();
    for (auto &command : policylens::cli::widgetCommands())
        commands.push_back(std::move(command));
    return commands;
}

QString defaultWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("workspace.policylens"));
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("db"),
        QCoreApplication::translate("main", "Workspace file to use."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of messages and output: zh or en."),
        QStringLiteral("LANG") });
}

// A launcher (the .desktop file's Exec=policylens %f, a double-click on a workspace) passes the
// workspace to open as the only argument: that opens the workbench, it is not a subcommand.
bool isWorkspaceFileArgument(const QByteArray &arg)
{
    return !arg.startsWith('-') && arg.endsWith(".policylens");
}

QString helpText(const CommandList &commands)
{
    QString text = QCoreApplication::translate("main", "Usage: policylens [SUBCOMMAND] [options]\n"
                                                       "       policylens [FILE.policylens]\n\n"
                                                       "Without a subcommand, opens the workbench "
                                                       "(on FILE.policylens if given).\n"
                                                       "Run policylens SUBCOMMAND --help for the "
                                                       "options of one subcommand.\n\n"
                                                       "Subcommands, each with an example:\n");
    if (commands.empty())
        text += QCoreApplication::translate("main", "  (none in this build)\n");
    for (const auto &command : commands) {
        text += QStringLiteral("  %1\n      %2\n      %3\n")
                    .arg(command->name(), command->summary(),
                        QCoreApplication::translate("main", "Example: %1").arg(command->example()));
    }
    text += QCoreApplication::translate("main",
        "\nCommon options:\n"
        "  --db FILE    workspace file (default: %1)\n"
        "  --json       machine-readable output, one JSON object a line\n"
        "  --lang LANG  zh or en\n"
        "  --help, --version\n")
                .arg(defaultWorkspacePath());
    return text;
}

bool isCommandLineInvocation(int argc, char **argv)
{
    // Only --db and --lang may come without a subcommand and still mean "open the GUI".
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--lang")
            ++i;
        else if (!arg.startsWith("--db=") && !arg.startsWith("--lang=")
                 && !isWorkspaceFileArgument(arg))
            return true;
    }
    return false;
}

// Where the command line points: FILE.policylens as a launcher passes it, --db, or the default
// workspace (the sample's own file for `policylens sample`).
struct Invocation
{
    QStringList positional; // the subcommand and its arguments; empty for the workbench
    QString workspaceArgument;
    QString workspace;
};

Invocation readInvocation(const QCommandLineParser &global)
{
    Invocation in;
    in.positional = global.positionalArguments();
    if (in.positional.size() == 1 && isWorkspaceFileArgument(in.positional.first().toLocal8Bit()))
        in.workspaceArgument = in.positional.takeFirst();
    // `policylens sample` without --db fills the sample's own workspace, not the default one.
    const bool sampleCommand
        = !in.positional.isEmpty() && in.positional.first() == QLatin1String("sample");
    in.workspace = !in.workspaceArgument.isEmpty()       ? in.workspaceArgument
        : global.isSet(QStringLiteral("db"))             ? global.value(QStringLiteral("db"))
        : sampleCommand ? policylens::SampleWorkspace::pathBeside(defaultWorkspacePath())
                        : defaultWorkspacePath();
    return in;
}

// First run: the sample opens in a workspace of its own (sample.policylens, titled as the
// sample), so there is something to see and the default workspace stays the user's.
QString firstRunWorkspace(const QString &path, QTextStream &err)
{
    if (path != defaultWorkspacePath() || QFileInfo::exists(path))
        return path;
    const QString samplePath = policylens::SampleWorkspace::pathBeside(path);
    if (QFileInfo::exists(samplePath))
        return samplePath;
    policylens::Workspace sample;
    policylens::Result<void> made = sample.open(samplePath);
    if (made) {
        if (const auto populated = policylens::SampleWorkspace::populate(sample); !populated)
            made = policylens::Failure { populated.error() };
    }
    if (!made)
        err << made.error() << Qt::endl;
    return samplePath;
}

int runWorkbench(policylens::LanguageManager &language, const QCommandLineParser &global,
    const Invocation &in, bool languageFromEnvironment, QTextStream &err)
{
    // The GUI remembers its language and last workspace; --db and --lang still win.
    QSettings settings;
    if (!languageFromEnvironment && !global.isSet(QStringLiteral("lang"))
        && settings.contains(QStringLiteral("ui/language")))
        language.setLanguage(settings.value(QStringLiteral("ui/language")).toString());
    QString path = in.workspace;
    if (in.workspaceArgument.isEmpty() && !global.isSet(QStringLiteral("db"))
        && settings.contains(QStringLiteral("workspace/last")))
        path = settings.value(QStringLiteral("workspace/last")).toString();
    path = firstRunWorkspace(path, err);
    policylens::MainWindow window(&language);
    window.setImportRunner(std::make_shared<policylens::WorkspaceImportRunner>());
    QString error;
    if (!window.openWorkspace(path, &error)) {
        err << error << Qt::endl;
        if (path == in.workspace || !window.openWorkspace(in.workspace, &error)) {
            err << error << Qt::endl;
            return policylens::cli::ExitFailure;
        }
    }
    window.show();
    return QApplication::exec();
}

// `policylens import --help --lang zh`: the option descriptions are translated when the
// subcommand's parser is built, so a --lang after the subcommand must be applied first.
void applyLanguageArgument(policylens::LanguageManager &language, const QStringList &positional)
{
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &arg = positional.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < positional.size())
            language.setLanguage(positional.at(i + 1));
        else if (arg.startsWith(QLatin1String("--lang=")))
            language.setLanguage(arg.mid(7));
    }
}

int runSubcommand(policylens::cli::Command &command, policylens::LanguageManager &language,
    const QCommandLineParser &global, const Invocation &in, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        { QStringLiteral("json"), QCoreApplication::translate("main", "Machine-readable output.") });
    parser.addHelpOption();
    command.addOptions(parser);
    QStringList args = in.positional;
    args.prepend(QApplication::arguments().constFirst());
    // Options given before the subcommand (policylens --db x import ...) still count.
    if (global.isSet(QStringLiteral("db")))
        args << QStringLiteral("--db") << global.value(QStringLiteral("db"));
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return policylens::cli::ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << command.summary() << QLatin1Char('\n') << parser.helpText();
        out.flush();
        return policylens::cli::ExitOk;
    }
    if (parser.isSet(QStringLiteral("lang")))
        language.setLanguage(parser.value(QStringLiteral("lang")));
    policylens::cli::CommandContext context { parser, out, err,
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : in.workspace,
        parser.isSet(QStringLiteral("json")) };
    const int code = command.run(context);
    out.flush();
    err.flush();
    return code;
}

void setUpApplication()
{
    QApplication::setApplicationName(QStringLiteral("PolicyLens"));
    QApplication::setOrganizationName(QStringLiteral("PolicyLens"));
    QApplication::setApplicationVersion(QStringLiteral(POLICYLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.policylens.PolicyLens"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/io.github.policylens.PolicyLens.svg")));
}

} // namespace

int main(int argc, char **argv)
{
    const bool commandLine = isCommandLineInvocation(argc, argv);
    // Subcommands (chart export included) must run on servers and in CI without a display.
    if (commandLine && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setUpApplication();
    policylens::LanguageManager language;
    const QString envLang = qEnvironmentVariable("POLICYLENS_LANG");
    language.setLanguage(
        envLang.isEmpty() ? policylens::LanguageManager::systemDefault() : envLang);

    const CommandList commands = allCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addCommonOptions(global);
    global.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QString() });
    global.addOption({ { QStringLiteral("v"), QStringLiteral("version") }, QString() });
    global.addPositionalArgument(QStringLiteral("subcommand"), QString());
    if (!global.parse(QApplication::arguments())) {
        err << global.errorText() << Qt::endl;
        return policylens::cli::ExitUsage;
    }
    if (global.isSet(QStringLiteral("lang")))
        language.setLanguage(global.value(QStringLiteral("lang")));
    if (global.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("policylens %1").arg(QApplication::applicationVersion()) << Qt::endl;
        return policylens::cli::ExitOk;
    }
    const Invocation in = readInvocation(global);
    if (global.isSet(QStringLiteral("help")) || (commandLine && in.positional.isEmpty())) {
        out << helpText(commands);
        out.flush();
        return policylens::cli::ExitOk;
    }
    if (in.positional.isEmpty())
        return runWorkbench(language, global, in, !envLang.isEmpty(), err);

    const QString name = in.positional.first();
    applyLanguageArgument(language, in.positional);
    for (const auto &command : commands) {
        if (command->name() == name)
            return runSubcommand(*command, language, global, in, out, err);
    }
    err << QCoreApplication::translate("main", "Unknown subcommand \"%1\". Run policylens --help.")
               .arg(name)
        << Qt::endl;
    return policylens::cli::ExitUsage;
}
