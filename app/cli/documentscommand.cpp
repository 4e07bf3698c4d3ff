#include "cli/documentscommand.h"

#include "cli/clisupport.h"
#include "review/documentfield.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace policylens::cli {

QString DocumentsCommand::summary() const
{
    return tr("List the documents of the workspace.");
}

QString DocumentsCommand::example() const
{
    return QStringLiteral("policylens documents --db research.policylens --json");
}

void DocumentsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("Nothing to list; \"set ID\" to correct a document."), QStringLiteral("[set ID]"));
    parser.addOption(
        { QStringLiteral("title"), tr("With set: the title."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("issuer"), tr("With set: the issuer."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("region"),
        tr("With set: region key or name (policylens regions); '' for unknown."),
        QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("date"),
        tr("With set: publication date, YYYY-MM-DD; '' for unknown."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("type"),
        tr("With set: plan, measures, regulation, work_report, statistics, news or other."),
        QStringLiteral("TYPE") });
    parser.addOption(
        { QStringLiteral("status"), tr("With set: draft or final."), QStringLiteral("STATUS") });
}

int DocumentsCommand::run(CommandContext &context)
{
    const QStringList args = context.parser.positionalArguments().mid(1);
    if (!args.isEmpty()) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (args.size() != 2 || args.first() != QLatin1String("set") || !ok || id <= 0) {
            context.err << tr("Usage: policylens documents [set ID --region KEY --type TYPE ...]")
                        << Qt::endl;
            return ExitUsage;
        }
        return set(context, id);
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    return printDocuments(context, workspace);
}

int DocumentsCommand::printDocuments(CommandContext &context, Workspace &workspace, qint64 onlyId)
{
    QList<DocumentRecord> documents = DocumentStore(workspace.database()).list();
    if (onlyId > 0)
        documents.removeIf([onlyId](const DocumentRecord &d) { return d.id != onlyId; });
    if (context.json) {
        for (const DocumentRecord &d : documents) {
            writeJsonLine(context.out,
                { { QStringLiteral("id"), d.id }, { QStringLiteral("title"), d.title },
                    { QStringLiteral("issuer"), d.issuer },
                    { QStringLiteral("doc_number"), d.docNumber },
                    { QStringLiteral("region"), d.regionCode },
                    { QStringLiteral("published"),
                        d.published.isValid() ? QJsonValue(d.published.toString(Qt::ISODate))
                                              : QJsonValue() },
                    { QStringLiteral("language"), d.language },
                    { QStringLiteral("format"), d.format },
                    { QStringLiteral("encoding"), d.encoding },
                    { QStringLiteral("char_count"), d.charCount },
                    { QStringLiteral("source_path"), d.sourcePath },
                    { QStringLiteral("type"), d.docType.isEmpty() ? QJsonValue() : d.docType },
                    { QStringLiteral("status"), d.docStatus },
                    { QStringLiteral("user_fields"), QJsonArray::fromStringList(d.userFields) } });
        }
        return ExitOk;
    }
    if (documents.isEmpty()) {
        context.out << tr("The workspace %1 has no documents yet.").arg(context.workspacePath)
                    << '\n';
        return ExitOk;
    }
    const QStringList header { tr("ID"), tr("Title"), tr("Issuer"), tr("Region"), tr("Date"),
        tr("Type"), tr("Status"), tr("Format"), tr("Encoding"), tr("Characters") };
    // Terminal cells, not characters: a Chinese character takes two (padToWidth).
    const int widths[] = { 5, 40, 24, 10, 11, 18, 10, 7, 9, 10 };
    auto row = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c)
            line += padToWidth(elideToWidth(cells.at(c), widths[c]), widths[c] + 1);
        context.out << line.trimmed() << '\n';
    };
    row(header);
    for (const DocumentRecord &d : documents) {
        row({ QString::number(d.id), d.title, d.issuer, d.regionName,
            d.published.isValid() ? d.published.toString(Qt::ISODate) : QString(),
            documentTypeName(d.docType), documentStatusName(d.docStatus), d.format, d.encoding,
            QString::number(d.charCount) });
    }
    return ExitOk;
}

} // namespace policylens::cli
