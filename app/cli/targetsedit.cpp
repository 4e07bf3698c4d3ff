// policylens targets set / choose: corrections through the same ReviewService as the workbench.
#include "cli/editsession.h"
#include "cli/targetscommand.h"
#include "models/catalog.h"
#include "review/reviewservice.h"
#include "models/targetlisting.h"
#include "store/regionresolver.h"

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

// The corrections the options ask for, checked: an unknown region or indicator is a usage
// error (said here), never an edit.
std::optional<QList<QPair<TargetField, QVariant>>> fieldsToSet(
    CommandContext &context, const QSqlDatabase &db)
{
    const QCommandLineParser &p = context.parser;
    QList<QPair<TargetField, QVariant>> fields;
    if (p.isSet(QStringLiteral("region"))) {
        const QString name = p.value(QStringLiteral("region"));
        RegionResolver regions;
        regions.load(db);
        const auto region = regions.resolve(name);
        if (!name.isEmpty() && !region) {
            context.err << TargetsCommand::tr("Unknown region \"%1\"; policylens regions lists the keys.").arg(name)
                        << Qt::endl;
            return std::nullopt;
        }
        fields.append({ TargetField::Region, region ? QVariant(region->id) : QVariant() });
    }
    if (p.isSet(QStringLiteral("indicator"))) {
        const QString key = p.value(QStringLiteral("indicator"));
        if (!Catalog(db).indicator(key)) {
            context.err << TargetsCommand::tr("Unknown indicator \"%1\"; policylens indicators lists the keys.")
                               .arg(key)
                        << Qt::endl;
            return std::nullopt;
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
    return fields;
}

// Opens the workspace and finds the target; nullopt after saying why.
std::optional<TargetRecord> openTarget(
    CommandContext &context, EditSession<ReviewService> &edit, qint64 id)
{
    if (!edit.open(context))
        return std::nullopt;
    const std::optional<TargetRecord> target = edit.service().targets().find(id);
    if (!target) {
        context.err << TargetsCommand::tr("Target %1 does not exist in %2.")
                           .arg(id)
                           .arg(edit.workspace().path())
                    << Qt::endl;
    }
    return target;
}

} // namespace

int TargetsCommand::set(CommandContext &context, qint64 id)
{
    const QCommandLineParser &p = context.parser;
    EditSession<ReviewService> edit;
    const std::optional<TargetRecord> current = openTarget(context, edit, id);
    if (!current)
        return ExitFailure;
    ReviewService &review = edit.service();
    const std::optional<QList<QPair<TargetField, QVariant>>> fields
        = fieldsToSet(context, edit.workspace().database());
    if (!fields)
        return ExitUsage;
    std::optional<ReviewStatus> status;
    if (p.isSet(QStringLiteral("status"))) {
        status = reviewStatusFromString(p.value(QStringLiteral("status")));
        if (!status)
            return unknownValue(context, QStringLiteral("status"));
    }
    edit.stack().beginMacro(tr("Edit target"));
    bool ok = true;
    for (const auto &[field, value] : *fields)
        ok = review.edit(id, field, value) && ok;
    // The review status last: "--status verified" confirms the corrected target.
    if (status)
        ok = review.setStatus(id, *status) && ok;
    edit.stack().endMacro();
    for (const QString &failure : std::as_const(edit.failures))
        context.err << tr("Target %1: %2").arg(id).arg(failure) << Qt::endl;
    if (!ok)
        return ExitUsage;
    report(context, edit.workspace().database(), current->documentId, id);
    if (!context.json)
        context.out << tr("Target %1 changed.").arg(id) << '\n';
    return ExitOk;
}

int TargetsCommand::choose(CommandContext &context, qint64 id)
{
    EditSession<ReviewService> edit;
    const std::optional<TargetRecord> target = openTarget(context, edit, id);
    if (!target)
        return ExitFailure;
    ReviewService &review = edit.service();
    const bool ok = context.parser.isSet(QStringLiteral("clear"))
        ? review.clearChoice(review.choices().keyOf(id))
        : review.chooseTarget(id);
    if (!ok) {
        context.err << edit.lastFailure() << Qt::endl;
        return ExitUsage;
    }
    report(context, edit.workspace().database(), target->documentId, id);
    if (!context.json)
        context.out << (context.parser.isSet(QStringLiteral("clear"))
                               ? tr("Target %1: the default order decides again.").arg(id)
                               : tr("Target %1 now counts for its region, indicator and year.").arg(id))
                    << '\n';
    return ExitOk;
}

} // namespace policylens::cli
