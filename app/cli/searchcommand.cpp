#include "cli/searchcommand.h"

#include "cli/clisupport.h"
#include "store/searchindex.h"
#include "store/workspace.h"

#include <QJsonObject>

namespace policylens::cli {

QString SearchCommand::summary() const
{
    return tr(
        "Search the documents (Chinese words of any length, English words); best matches first.");
}

QString SearchCommand::example() const
{
    return QStringLiteral("policylens search --db research.policylens 算力");
}

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("query"), tr("Words to find; all must occur."), QStringLiteral("QUERY..."));
    parser.addOption({ QStringLiteral("limit"), tr("Show at most N documents (default 20)."),
        QStringLiteral("N"), QStringLiteral("20") });
}

int SearchCommand::run(CommandContext &context)
{
    const QString query
        = context.parser.positionalArguments().mid(1).join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty()) {
        context.err << tr("Nothing to search for: give a query.") << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    const int limit = context.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0) {
        context.err << tr("--limit needs a positive number.") << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const Result<QList<RankedHit>> found = SearchIndex(workspace.database()).search(query, limit);
    if (!found) {
        context.err << found.error() << Qt::endl;
        return ExitFailure;
    }
    const QList<RankedHit> &hits = *found;
    int rank = 0;
    for (const RankedHit &hit : std::as_const(hits)) {
        ++rank;
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("rank"), rank },
                    { QStringLiteral("document_id"), hit.documentId },
                    { QStringLiteral("title"), hit.title },
                    { QStringLiteral("issuer"), hit.issuer },
                    { QStringLiteral("region"), hit.regionName },
                    { QStringLiteral("published"),
                        hit.published.isValid() ? QJsonValue(hit.published.toString(Qt::ISODate))
                                                : QJsonValue() },
                    { QStringLiteral("score"), hit.score },
                    { QStringLiteral("snippet"), hit.snippet },
                    { QStringLiteral("hit_start"), hit.hitStart },
                    { QStringLiteral("hit_length"), hit.hitLength } });
            continue;
        }
        QStringList about;
        if (!hit.regionName.isEmpty())
            about << hit.regionName;
        if (hit.published.isValid())
            about << hit.published.toString(Qt::ISODate);
        context.out << rank << ". [" << hit.documentId << "] " << hit.title;
        if (!about.isEmpty())
            context.out << " (" << about.join(QStringLiteral(", ")) << ')';
        context.out << '\n';
        QString snippet = hit.snippet;
        if (hit.hitStart >= 0)
            snippet.insert(hit.hitStart + hit.hitLength, QStringLiteral("】"))
                .insert(hit.hitStart, QStringLiteral("【"));
        context.out << "    " << snippet << '\n';
    }
    if (!context.json && hits.isEmpty())
        context.out << tr("No document matches \"%1\".").arg(query) << '\n';
    return ExitOk;
}

} // namespace policylens::cli
