#include "cli/regionscommand.h"

#include "cli/clisupport.h"
#include "models/catalog.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

namespace policylens::cli {

QString RegionsCommand::summary() const
{
    return tr("List the region keys (national, provinces, cities, districts, new areas, zones).");
}

QString RegionsCommand::example() const
{
    return QStringLiteral("policylens regions --level district --json");
}

void RegionsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("level"),
        tr("Only this level: national, province, city or district."), QStringLiteral("LEVEL") });
}

int RegionsCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    RegionResolver regions;
    if (!regions.load(workspace.database())) {
        context.err << tr("Cannot read the regions of %1.").arg(workspace.path()) << Qt::endl;
        return ExitFailure;
    }
    const QString level = context.parser.value(QStringLiteral("level"));
    for (int i = 0; i < regions.all().size(); ++i) {
        const Region &r = regions.all().at(i);
        if (!level.isEmpty() && r.level != level)
            continue;
        const int parent = regions.parentIndex(i);
        const QString parentCode = parent >= 0 ? regions.all().at(parent).code : QString();
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("key"), r.code }, { QStringLiteral("name_zh"), r.nameZh },
                    { QStringLiteral("name_en"), r.nameEn }, { QStringLiteral("level"), r.level },
                    { QStringLiteral("kind"), r.kind },
                    { QStringLiteral("parent"), parentCode.isEmpty() ? QJsonValue() : parentCode } });
        } else {
            const QString line = padToWidth(r.code, 20) + padToWidth(r.nameZh, 22)
                + padToWidth(elideToWidth(r.nameEn, 30), 31) + padToWidth(r.level, 10) + parentCode;
            context.out << line.trimmed() << '\n';
        }
    }
    return ExitOk;
}

QString IndicatorsCommand::summary() const
{
    return tr("List the indicator keys with their Chinese and English names.");
}

QString IndicatorsCommand::example() const
{
    return QStringLiteral("policylens indicators --json");
}

int IndicatorsCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const Catalog catalog(workspace.database());
    for (const Catalog::Indicator &i : catalog.indicators()) {
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("key"), i.key }, { QStringLiteral("name_zh"), i.nameZh },
                    { QStringLiteral("name_en"), i.nameEn }, { QStringLiteral("unit"), i.unit } });
        } else {
            const QString line = padToWidth(i.key, 34) + padToWidth(i.nameZh, 26)
                + padToWidth(i.nameEn, 40) + i.unit;
            context.out << line.trimmed() << '\n';
        }
    }
    return ExitOk;
}

} // namespace policylens::cli
