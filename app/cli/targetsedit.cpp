// policylens targets set / choose: corrections through the same ReviewService as the workbench.
#include "cli/clisupport.h"
#include "cli/targetscommand.h"
#include "models/catalog.h"
#include "review/reviewservice.h"
#include "models/targetlisting.h"
#include "store/regionresolver.h"
#include "store/workspace.h"

#include <QUndoStack>

namespace policylens::cli {

namespace {

// The target as a JSON line or one line of text, after the change.
void report(CommandContext &context, QSqlDatabase db, qint64 documentId, qint64 id)
{
    TargetFilter filter;
    filter.documentId = documentId;
    for (const ListedTarget &t : TargetListing(db).list(filter)) {
        if (t.record.id != id)
            continue;
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("id"), id }, { QStringLiteral("kind"), toString(t.record.kind) },
                    { QStringLiteral("region"), t.regionCode },
                    { QStringLiteral("indicator"), t.record.indicator },
                    { QStringLiteral("value"), t.record.value },
                    { QStringLiteral("status"), toString(t.record.reviewStatus) },
                    { QStringLiteral("counts"), t.counts },
                    { QStringLiteral("competitors"), t.competitors } });
        }
    }
}

} // namespace

int TargetsCommand::set(CommandContext &context, qint64 id)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    QUndoStack stack;
    ReviewService review(workspace.database(), &stack);
    QStringList failures;
    QObject::connect(&review, &ReviewService::failed, [&](const QString &m) { failures << m; });
    const auto current = review.targets().find(id);
    if (!current) {
        context.err << tr("Target %1 does not exist in %2.").arg(id).arg(workspace.path())
                    << Qt::endl;
        return ExitFailure;
    }
    const QCommandLineParser &p = context.parser;
    QList<QPair<TargetField, QVariant>> fields;
    if (p.isSet(QStringLiteral("region"))) {
        const QString name = p.value(QStringLiteral("region"));
        RegionResolver regions;
        regions.load(workspace.database());
        const auto region = regions.resolve(name);
        if (!name.isEmpty() && !region) {
            context.err << tr("Unknown region \"%1\"; policylens regions lists the keys.").arg(name)
                        << Qt::endl;
            return ExitUsage;
        }
        fields.append({ TargetField::Region, region ? QVariant(region->id) : QVariant() });
    }
    if (p.isSet(QStringLiteral("indicator"))) {
        const QString key = p.value(QStringLiteral("indicator"));
        if (!Catalog(workspace.database()).indicator(key)) {
            context.err << tr("Unknown indicator \"%1\"; policylens indicators lists the keys.")
                               .arg(key)
                        << Qt::endl;
            return ExitUsage;
        }
        fields.append({ TargetField::Indicator, key });
    }
    const QList<QPair<QString, TargetField>> plain { { QStringLiteral("kind"), TargetField::Kind },
        { QStringLiteral("value"), TargetField::Value }, { QStringLiteral("unit"), TargetField::Unit },
        { QStringLiteral("comparator"), TargetField::Comparator },
        { QStringLiteral("year"), TargetField::Year } };
    for (const auto &[option, field] : plain) {
        if (p.isSet(option))
            fields.append({ field, p.value(option) });
    }
    std::optional<ReviewStatus> status;
    if (p.isSet(QStringLiteral("status"))) {
        status = reviewStatusFromString(p.value(QStringLiteral("status")));
        if (!status)
            return unknownValue(context, QStringLiteral("status"));
    }
    stack.beginMacro(tr("Edit target"));
    bool ok = true;
    for (const auto &[field, value] : fields)
        ok = review.edit(id, field, value) && ok;
    // The review status last: "--status verified" confirms the corrected target.
    if (status)
        ok = review.setStatus(id, *status) && ok;
    stack.endMacro();
    for (const QString &failure : std::as_const(failures))
        context.err << tr("Target %1: %2").arg(id).arg(failure) << Qt::endl;
    if (!ok)
        return ExitUsage;
    report(context, workspace.database(), current->documentId, id);
    if (!context.json)
        context.out << tr("Target %1 changed.").arg(id) << '\n';
    return ExitOk;
}

int TargetsCommand::choose(CommandContext &context, qint64 id)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    QUndoStack stack;
    ReviewService review(workspace.database(), &stack);
    QString failure;
    QObject::connect(&review, &ReviewService::failed, [&](const QString &m) { failure = m; });
    const auto target = review.targets().find(id);
    const bool ok = !target ? false
        : context.parser.isSet(QStringLiteral("clear"))
        ? review.clearChoice(review.choices().keyOf(id))
        : review.chooseTarget(id);
    if (!ok) {
        context.err << (target ? failure : tr("Target %1 does not exist in %2.").arg(id).arg(workspace.path()))
                    << Qt::endl;
        return target ? ExitUsage : ExitFailure;
    }
    report(context, workspace.database(), target->documentId, id);
    if (!context.json)
        context.out << (context.parser.isSet(QStringLiteral("clear"))
                               ? tr("Target %1: the default order decides again.").arg(id)
                               : tr("Target %1 now counts for its region, indicator and year.").arg(id))
                    << '\n';
    return ExitOk;
}

} // namespace policylens::cli
