#include "cli/targetscommand.h"

#include "cli/clisupport.h"
#include "review/reviewservice.h"
#include "models/targetlisting.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QUndoStack>

namespace policylens::cli {

namespace {

QJsonObject toJson(const ListedTarget &t)
{
    const TargetRecord &r = t.record;
    return { { QStringLiteral("id"), r.id }, { QStringLiteral("document_id"), r.documentId },
        { QStringLiteral("region"), t.regionCode.isEmpty() ? QJsonValue() : t.regionCode },
        { QStringLiteral("indicator"), r.indicator }, { QStringLiteral("kind"), toString(r.kind) },
        { QStringLiteral("value"), r.value },
        { QStringLiteral("value_max"), r.valueMax ? QJsonValue(*r.valueMax) : QJsonValue() },
        { QStringLiteral("unit"), r.unit }, { QStringLiteral("comparator"), r.comparator },
        { QStringLiteral("year"), r.year ? QJsonValue(*r.year) : QJsonValue() },
        { QStringLiteral("status"), toString(r.reviewStatus) },
        { QStringLiteral("origin"), toString(r.origin) },
        { QStringLiteral("counts"), t.counts }, { QStringLiteral("competitors"), t.competitors },
        { QStringLiteral("user_fields"), QJsonArray::fromStringList(t.userFields) },
        { QStringLiteral("document"), t.documentTitle },
        { QStringLiteral("sentence"), r.sentence } };
}

} // namespace

QString TargetsCommand::summary() const
{
    return tr("List targets with their ids, correct one (set ID), or choose the value that "
              "counts (choose ID).");
}

QString TargetsCommand::example() const
{
    return QStringLiteral("policylens targets set 12 --kind baseline --region yuhang");
}

void TargetsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("Nothing to list; \"set ID\" to correct a target; \"choose ID\" to make it count."),
        QStringLiteral("[set|choose ID]"));
    parser.addOption({ QStringLiteral("region"),
        tr("Region key or name (see policylens regions); with set: the new region, '' for "
           "unknown; in a list, 'unknown' lists targets without one."),
        QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("indicator"),
        tr("Indicator key (see policylens indicators)."), QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("kind"), tr("target, incentive or baseline."),
        QStringLiteral("KIND") });
    parser.addOption({ QStringLiteral("year"), tr("Year."), QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("status"),
        tr("Review status: unreviewed, verified, rejected or edited."), QStringLiteral("STATUS") });
    parser.addOption({ QStringLiteral("document"), tr("Only the targets of this document id."),
        QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("value"), tr("With set: the new value (3000亿 is understood)."),
        QStringLiteral("VALUE") });
    parser.addOption({ QStringLiteral("unit"), tr("With set: the new unit."), QStringLiteral("UNIT") });
    parser.addOption({ QStringLiteral("comparator"),
        tr("With set: >=, >, =, <=, <, ~ or range."), QStringLiteral("OP") });
    parser.addOption({ QStringLiteral("clear"),
        tr("With choose: forget the choice; the default order decides again.") });
}

int TargetsCommand::run(CommandContext &context)
{
    const QStringList args = context.parser.positionalArguments().mid(1);
    if (args.isEmpty())
        return list(context);
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id <= 0
        || (args.first() != QLatin1String("set") && args.first() != QLatin1String("choose"))) {
        context.err << tr("Usage: policylens targets [set|choose ID] [options]") << Qt::endl;
        return ExitUsage;
    }
    return args.first() == QLatin1String("set") ? set(context, id) : choose(context, id);
}

int TargetsCommand::unknownValue(CommandContext &context, const QString &option)
{
    context.err << tr("Unknown --%1 \"%2\"; policylens targets --help lists the values.")
                       .arg(option, context.parser.value(option))
                << Qt::endl;
    return ExitUsage;
}

int TargetsCommand::list(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const QCommandLineParser &p = context.parser;
    TargetFilter filter;
    if (p.isSet(QStringLiteral("region"))) {
        const QString region = p.value(QStringLiteral("region"));
        RegionResolver regions;
        regions.load(workspace.database());
        const auto found = regions.resolve(region);
        if (region != QLatin1String("unknown") && !found) {
            context.err << tr("Unknown region \"%1\"; policylens regions lists the keys.").arg(region)
                        << Qt::endl;
            return ExitUsage;
        }
        filter.regionIds = { found ? found->id : 0 };
    }
    filter.indicator = p.value(QStringLiteral("indicator"));
    if (p.isSet(QStringLiteral("kind"))) {
        filter.kind = targetKindFromString(p.value(QStringLiteral("kind")));
        if (!filter.kind)
            return unknownValue(context, QStringLiteral("kind"));
    }
    filter.year = p.value(QStringLiteral("year")).toInt();
    if (p.isSet(QStringLiteral("status"))) {
        filter.status = reviewStatusFromString(p.value(QStringLiteral("status")));
        if (!filter.status)
            return unknownValue(context, QStringLiteral("status"));
    }
    filter.documentId = p.value(QStringLiteral("document")).toLongLong();
    const TargetListing listing(workspace.database());
    const QList<ListedTarget> targets = listing.list(filter);
    if (!listing.lastError().isEmpty()) {
        context.err << listing.lastError() << Qt::endl;
        return ExitFailure;
    }
    for (const ListedTarget &t : targets) {
        if (context.json) {
            writeJsonLine(context.out, toJson(t));
            continue;
        }
        const TargetRecord &r = t.record;
        QString line = QString() + padToWidth(QString::number(r.id), 6)
            + padToWidth(elideToWidth(t.regionCode.isEmpty() ? tr("(unknown)") : t.regionCode, 14), 15)
            + padToWidth(elideToWidth(r.indicator, 26), 27) + padToWidth(toString(r.kind), 10)
            + padToWidth(QStringLiteral("%1 %2 %3").arg(r.comparator).arg(r.value, 0, 'g', 12).arg(r.unit), 26)
            + padToWidth(r.year ? QString::number(*r.year) : QStringLiteral("-"), 6)
            + padToWidth(toString(r.reviewStatus), 11);
        if (t.competitors > 1)
            line += t.counts ? tr("counts (1 of %1)").arg(t.competitors)
                             : tr("competes (%1 values)").arg(t.competitors);
        context.out << line.trimmed() << '\n';
    }
    return ExitOk;
}

} // namespace policylens::cli
