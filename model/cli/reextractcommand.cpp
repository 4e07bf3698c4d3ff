#include "cli/reextractcommand.h"

#include "cli/clisupport.h"
#include "extract/targetextractor.h"
#include "import/extractionhook.h"
#include "review/targetrepository.h"
#include "store/workspace.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace policylens::cli {

namespace {

struct StoredDocument
{
    qint64 id = 0;
    QString body;
    QDate published;
    QString language;
};

} // namespace

QString ReextractCommand::summary() const
{
    return tr("Extract targets again from every document, keeping reviewed and manual ones.");
}

QString ReextractCommand::example() const
{
    return QStringLiteral("policylens reextract --db research.policylens");
}

int ReextractCommand::run(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace))
        return ExitFailure;
    QSqlDatabase db = workspace.database();

    // Ids first, bodies one at a time: a workspace may hold far more text than fits in memory.
    QList<qint64> ids;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id"))) {
            context.err << tr("Cannot read the documents of %1: %2")
                               .arg(workspace.path(), q.lastError().text())
                        << Qt::endl;
            return ExitFailure;
        }
        while (q.next())
            ids << q.value(0).toLongLong();
    }

    const TargetExtractor extractor;
    TargetRepository targets(db);
    int failed = 0;
    qint64 deleted = 0, inserted = 0, skipped = 0;
    for (const qint64 id : std::as_const(ids)) {
        StoredDocument document;
        {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT body, published, language FROM documents WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next()) {
                context.err << tr("Cannot read document %1 of %2: %3")
                                   .arg(id)
                                   .arg(workspace.path(), q.lastError().text())
                            << Qt::endl;
                ++failed;
                continue;
            }
            document.id = id;
            document.body = q.value(0).toString();
            document.published = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            document.language = q.value(2).toString();
        }
        DocumentContext documentContext;
        documentContext.published = document.published;
        documentContext.language = document.language;
        const std::optional<ReplaceResult> result = targets.replaceExtractedTargets(
            id, toTargetInputs(extractor.extract(document.body, documentContext)));
        if (!result) {
            context.err << tr("Document %1: %2").arg(id).arg(targets.lastError()) << Qt::endl;
            ++failed;
            continue;
        }
        deleted += result->deleted;
        inserted += result->inserted;
        skipped += result->skipped;
        if (context.json) {
            writeJsonLine(context.out,
                QJsonObject { { QStringLiteral("document_id"), id },
                    { QStringLiteral("deleted"), result->deleted },
                    { QStringLiteral("inserted"), result->inserted },
                    { QStringLiteral("kept"), result->skipped } });
        }
    }
    if (!context.json) {
        context.out << tr("%n document(s) re-extracted", nullptr, int(ids.size()) - failed) << ", "
                    << tr("%n target(s) replaced", nullptr, int(deleted)) << ", "
                    << tr("%n new", nullptr, int(inserted)) << ", "
                    << tr("%n kept because reviewed", nullptr, int(skipped)) << '\n';
    }
    context.out.flush();
    if (failed > 0)
        return failed == ids.size() ? ExitFailure : ExitPartial;
    return ExitOk;
}

} // namespace policylens::cli
