#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace policylens {

class Workspace;

// What the chart and report subcommands share: opening an existing workspace, the output
// language, and turning "beijing,上海,Shenzhen" into region codes.
class CliSupport final
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    // Refuses a missing file instead of creating an empty workspace.
    static bool openExisting(Workspace &workspace, const QString &path, QString *error);
    // --lang if given, else the language the application runs in: "zh_CN" or "en".
    static QString language(const QCommandLineParser &parser);
    // Comma-separated codes or names (北京, Beijing, beijing); an unknown one is an error.
    static std::optional<QStringList> resolveCities(
        const Workspace &workspace, const QString &list, QString *error);
    static int parseYear(const QString &text, bool *ok);
};

} // namespace policylens
