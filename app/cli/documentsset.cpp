// policylens documents set ID --region KEY --type plan ...: corrections through the same
// ReviewService as the workbench, kept through re-extraction.
#include "cli/documentscommand.h"
#include "cli/editsession.h"
#include "review/reviewservice.h"

namespace policylens::cli {

int DocumentsCommand::set(CommandContext &context, qint64 id)
{
    EditSession<ReviewService> edit;
    if (!edit.open(context))
        return ExitFailure;
    ReviewService &review = edit.service();
    if (!review.documents().exists(id)) {
        context.err << tr("Document %1 does not exist in %2.").arg(id).arg(edit.workspace().path())
                    << Qt::endl;
        return ExitFailure;
    }
    const QList<QPair<QString, DocumentField>> options { { QStringLiteral("title"), DocumentField::Title },
        { QStringLiteral("issuer"), DocumentField::Issuer },
        { QStringLiteral("region"), DocumentField::Region },
        { QStringLiteral("date"), DocumentField::Published },
        { QStringLiteral("type"), DocumentField::Type },
        { QStringLiteral("status"), DocumentField::Status } };
    edit.stack().beginMacro(tr("Edit document"));
    bool ok = true;
    int changed = 0;
    for (const auto &[option, field] : options) {
        if (!context.parser.isSet(option))
            continue;
        ++changed;
        if (!review.editDocument(id, field, context.parser.value(option))) {
            ok = false;
            context.err << tr("Document %1, --%2 \"%3\": %4")
                               .arg(id)
                               .arg(option, context.parser.value(option),
                                   edit.failures.isEmpty() ? QString() : edit.failures.takeLast())
                        << Qt::endl;
        }
    }
    edit.stack().endMacro();
    if (changed == 0) {
        context.err << tr("Nothing to set: give --title, --issuer, --region, --date, --type or "
                          "--status.")
                    << Qt::endl;
        return ExitUsage;
    }
    if (!ok)
        return ExitUsage;
    return printDocuments(context, edit.workspace(), id);
}

} // namespace policylens::cli
