#include "cli/clisupport.h"

#include "compare/comparerepository.h"
#include "import/documenttext.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace policylens::cli {

namespace {

int cellWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (c.isLowSurrogate())
        return 0;
    return (u >= 0x1100
               && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                   || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                   || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)
                   || c.isHighSurrogate()))
        ? 2
        : 1;
}

int textWidth(const QString &text)
{
    int w = 0;
    for (QChar c : text)
        w += cellWidth(c);
    return w;
}

} // namespace

bool openWorkspace(CommandContext &context, Workspace &workspace, WorkspaceAccess access)
{
    const QString &path = context.workspacePath;
    if (access == WorkspaceAccess::MustExist && path != QLatin1String(":memory:")
        && !QFileInfo::exists(path)) {
        context.err << CliSupport::missingWorkspaceMessage(path) << Qt::endl;
        return false;
    }
    const Result<void> opened = workspace.open(context.workspacePath);
    if (!opened)
        context.err << opened.error() << Qt::endl;
    return opened.has_value();
}

QStringList inputFiles(const CommandContext &context, const QString &command)
{
    QStringList files = context.parser.positionalArguments();
    if (!files.isEmpty() && files.first() == command)
        files.removeFirst();
    return files;
}

int forEachDocument(CommandContext &context, const QStringList &files,
    const std::function<void(const QString &document, const QString &text)> &handle)
{
    int failed = 0;
    for (const QString &path : files) {
        const Result<QString> text = loadDocumentText(path);
        if (!text) {
            context.err << text.error() << Qt::endl;
            ++failed;
            continue;
        }
        handle(QFileInfo(path).fileName(), *text);
        context.out.flush();
    }
    if (failed == files.size())
        return ExitFailure;
    return failed > 0 ? ExitPartial : ExitOk;
}

void writeJsonLine(QTextStream &out, const QJsonObject &object)
{
    out << JsonLine::object(object) << '\n';
}

QString padToWidth(const QString &text, int width)
{
    const int w = textWidth(text);
    return w >= width ? text : text + QString(width - w, QLatin1Char(' '));
}

QString elideToWidth(const QString &text, int width)
{
    // One line per row: a line break or tab inside a title would break the columns.
    QString flat = text;
    for (QChar &c : flat) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    if (textWidth(flat) <= width)
        return flat;
    // The marker is ASCII: "…" has East Asian width "ambiguous", which terminals in Chinese
    // locales draw two columns wide, pushing every elided row one column out of line.
    const QString marker = QStringLiteral("...");
    QString out;
    int w = 0;
    for (QChar c : flat) {
        if (w + cellWidth(c) > width - int(marker.size()))
            break;
        out += c;
        w += cellWidth(c);
    }
    return out + marker;
}

QString CliSupport::missingWorkspaceMessage(const QString &path)
{
    return tr("Cannot open workspace %1: no such file.").arg(path);
}

Language CliSupport::language(const QCommandLineParser &parser)
{
    return languageFromString(parser.isSet(QStringLiteral("lang"))
            ? parser.value(QStringLiteral("lang"))
            : QLocale().name());
}

Result<QStringList> CliSupport::resolveCities(const Workspace &workspace, const QString &list)
{
    QStringList codes;
    const CompareRepository repo(workspace.database());
    for (const QString &part :
        list.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
        const auto region = repo.resolveRegion(part.trimmed());
        if (!region) {
            return Failure { repo.lastError().isEmpty()
                    ? tr("Unknown city \"%1\": give a region code (beijing) or a name (北京, "
                         "Beijing).")
                          .arg(part.trimmed())
                    : repo.lastError() };
        }
        if (!codes.contains(region->code))
            codes << region->code;
    }
    return codes;
}

Result<QStringList> CliSupport::citiesOption(
    const QCommandLineParser &parser, const Workspace &workspace)
{
    if (!parser.isSet(QStringLiteral("cities")))
        return QStringList();
    return resolveCities(workspace, parser.value(QStringLiteral("cities")));
}

int CliSupport::parseYear(const QString &text, bool *ok)
{
    const int year = text.toInt(ok);
    *ok = *ok && year >= 1949 && year <= 2100;
    return year;
}

} // namespace policylens::cli
