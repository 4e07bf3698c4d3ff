#include "cli/clisupport.h"

#include "compare/comparerepository.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace policylens {

bool CliSupport::openExisting(Workspace &workspace, const QString &path, QString *error)
{
    if (path != QLatin1String(":memory:") && !QFileInfo::exists(path)) {
        *error = tr("Cannot open workspace %1: no such file.").arg(path);
        return false;
    }
    return workspace.open(path, error);
}

QString CliSupport::language(const QCommandLineParser &parser)
{
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : QLocale().name();
    return lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<QStringList> CliSupport::resolveCities(
    const Workspace &workspace, const QString &list, QString *error)
{
    QStringList codes;
    const CompareRepository repo(workspace.database());
    for (const QString &part :
        list.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
        const auto region = repo.resolveRegion(part.trimmed());
        if (!region) {
            *error = repo.lastError().isEmpty()
                ? tr("Unknown city \"%1\": give a region code (beijing) or a name (北京, Beijing).")
                      .arg(part.trimmed())
                : repo.lastError();
            return std::nullopt;
        }
        if (!codes.contains(region->code))
            codes << region->code;
    }
    return codes;
}

int CliSupport::parseYear(const QString &text, bool *ok)
{
    const int year = text.toInt(ok);
    *ok = *ok && year >= 1949 && year <= 2100;
    return year;
}

} // namespace policylens
