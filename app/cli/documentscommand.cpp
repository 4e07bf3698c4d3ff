#include "cli/documentscommand.h"

#include "cli/clisupport.h"
#include "store/documentstore.h"
#include "store/workspace.h"

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
    Q_UNUSED(parser);
}

int DocumentsCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    const QList<DocumentRecord> documents = DocumentStore(workspace.database()).list();
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
                    { QStringLiteral("source_path"), d.sourcePath } });
        }
        return ExitOk;
    }
    if (documents.isEmpty()) {
        context.out << tr("The workspace %1 has no documents yet.").arg(context.workspacePath)
                    << '\n';
        return ExitOk;
    }
    const QStringList header { tr("ID"), tr("Title"), tr("Issuer"), tr("Region"), tr("Date"),
        tr("Format"), tr("Encoding"), tr("Characters") };
    const int widths[] = { 5, 40, 24, 10, 11, 7, 9, 10 };
    auto row = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c)
            line += padToWidth(elideToWidth(cells.at(c), widths[c]), widths[c] + 1);
        context.out << line.trimmed() << '\n';
    };
    row(header);
    for (const DocumentRecord &d : documents) {
        row({ QString::number(d.id), d.title, d.issuer, d.regionName,
            d.published.isValid() ? d.published.toString(Qt::ISODate) : QString(), d.format,
            d.encoding, QString::number(d.charCount) });
    }
    return ExitOk;
}

} // namespace policylens::cli
