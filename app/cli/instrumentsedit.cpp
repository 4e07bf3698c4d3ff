// The review half of `policylens instruments`: list, set, add and remove codings. Every edit
// goes through CodingService, the same undoable commands the Policy tools view uses.
#include "cli/editsession.h"
#include "cli/instrumentsworkspace.h"
#include "format/jsonline.h"
#include "coding/codingservice.h"
#include "instruments/codingreason.h"
#include "store/documentstore.h"
#include "store/workspace.h"


namespace policylens::cli {

namespace {

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void printCoding(CommandContext &context, const CodingRecord &r, const StoredCode &code, const QString &text)
{
    if (context.json) {
        JsonLine line;
        line.add(QStringLiteral("id"), r.id)
            .add(QStringLiteral("document"), r.documentId)
            .add(QStringLiteral("start"), qint64(r.start))
            .add(QStringLiteral("end"), qint64(r.end))
            .add(QStringLiteral("code"), code.code.key)
            .add(QStringLiteral("side"), sideKey(code.code.side))
            .add(QStringLiteral("confidence"), r.confidence)
            .addNullableString(QStringLiteral("reason"), r.reason ? reasonKindKey(r.reason->kind) : QString())
            .addNullableString(QStringLiteral("cue"), r.reason ? r.reason->cue : QString())
            .add(QStringLiteral("status"), codingStatusKey(r.status))
            .add(QStringLiteral("origin"), codingOriginKey(r.origin))
            .add(QStringLiteral("text"), text);
        context.out << line.toString() << '\n';
        return;
    }
    context.out << padToWidth(QString::number(r.id), 8) << padToWidth(QString::number(r.documentId), 6)
                << padToWidth(code.code.key, 26) << padToWidth(codingStatusKey(r.status), 11)
                << padToWidth(codingOriginKey(r.origin), 7) << elideToWidth(text.simplified(), 60) << '\n';
}

} // namespace

int InstrumentsWorkspace::list(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    std::optional<CodingStatus> status;
    if (p.isSet(QStringLiteral("status")) && !(status = codingStatusFromKey(p.value(QStringLiteral("status"))))) {
        context.err << tr("Unknown review state \"%1\": use accepted, rejected or unreviewed.")
                           .arg(p.value(QStringLiteral("status")))
                    << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    CodebookRepository books(workspace.database());
    CodingRepository codings(workspace.database());
    DocumentStore documents(workspace.database());
    QList<qint64> ids;
    if (p.isSet(QStringLiteral("document"))) {
        const std::optional<qint64> id = parseId(p.value(QStringLiteral("document")));
        if (!id) {
            context.err << tr("--document must be a document id.") << Qt::endl;
            return ExitUsage;
        }
        ids << *id;
    } else {
        for (const DocumentRecord &d : documents.list())
            ids << d.id;
    }
    const QString codeKey = p.value(QStringLiteral("code"));
    for (qint64 id : std::as_const(ids)) {
        const QString body = documents.text(id);
        for (const CodingRecord &r : codings.forDocument(id)) {
            const std::optional<StoredCode> code = books.code(r.codeId);
            if (!code || (status && r.status != *status) || (!codeKey.isEmpty() && code->code.key != codeKey))
                continue;
            printCoding(context, r, *code, body.mid(r.start, r.end - r.start));
        }
    }
    return ExitOk;
}

int InstrumentsWorkspace::set(CommandContext &context, const QStringList &args)
{
    const QCommandLineParser &p = context.parser;
    const std::optional<qint64> id = parseId(args.value(0));
    const bool hasStatus = p.isSet(QStringLiteral("status"));
    const std::optional<CodingStatus> status = codingStatusFromKey(p.value(QStringLiteral("status")));
    if (!id || hasStatus == p.isSet(QStringLiteral("code")) || (hasStatus && !status)) {
        context.err << tr("Usage: policylens instruments set ID --status accepted|rejected|unreviewed, "
                          "or set ID --code KEY")
                    << Qt::endl;
        return ExitUsage;
    }
    EditSession<CodingService> edit;
    if (!edit.open(context))
        return ExitFailure;
    CodingService &service = edit.service();
    QString failure;
    qint64 result = *id;
    if (hasStatus) {
        if (!service.setStatus(*id, *status))
            result = 0;
    } else {
        const std::optional<StoredCode> code = service.codebooks().codeByKey(p.value(QStringLiteral("code")));
        if (!code)
            failure = tr("There is no code \"%1\".").arg(p.value(QStringLiteral("code")));
        result = code ? service.changeCode(*id, code->id) : 0;
    }
    if (result == 0) {
        context.err << (failure.isEmpty() ? edit.lastFailure() : failure) << Qt::endl;
        return ExitFailure;
    }
    const CodingRecord after = *service.codings().find(result);
    const QString body = DocumentStore(edit.workspace().database()).text(after.documentId);
    printCoding(context, after, *service.codebooks().code(after.codeId), body.mid(after.start, after.end - after.start));
    return ExitOk;
}

int InstrumentsWorkspace::add(CommandContext &context)
{
    const QCommandLineParser &p = context.parser;
    const std::optional<qint64> document = parseId(p.value(QStringLiteral("document")));
    bool okStart = false;
    bool okEnd = false;
    const int start = p.value(QStringLiteral("start")).toInt(&okStart);
    const int end = p.value(QStringLiteral("end")).toInt(&okEnd);
    if (!document || !okStart || !okEnd || start < 0 || end <= start || !p.isSet(QStringLiteral("code"))) {
        context.err << tr("Usage: policylens instruments add --document ID --start N --end N --code KEY")
                    << Qt::endl;
        return ExitUsage;
    }
    EditSession<CodingService> edit;
    if (!edit.open(context))
        return ExitFailure;
    const QString body = DocumentStore(edit.workspace().database()).text(*document);
    if (end > body.size()) {
        context.err << tr("Document %1 has no text at %2-%3.").arg(*document).arg(start).arg(end) << Qt::endl;
        return ExitFailure;
    }
    CodingService &service = edit.service();
    const std::optional<StoredCode> code = service.codebooks().codeByKey(p.value(QStringLiteral("code")));
    const qint64 id = code ? service.addCoding(*document, start, end, code->id) : 0;
    if (id == 0) {
        context.err << (code ? edit.lastFailure() : tr("There is no code \"%1\".").arg(p.value(QStringLiteral("code"))))
                    << Qt::endl;
        return ExitFailure;
    }
    printCoding(context, *service.codings().find(id), *code, body.mid(start, end - start));
    return ExitOk;
}

int InstrumentsWorkspace::remove(CommandContext &context, const QStringList &args)
{
    const std::optional<qint64> id = parseId(args.value(0));
    if (!id) {
        context.err << tr("Usage: policylens instruments remove ID") << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    CodingRepository codings(workspace.database());
    const std::optional<CodingRecord> coding = codings.find(*id);
    if (!coding || coding->origin != CodingOrigin::Manual) {
        context.err << tr("Coding %1 is not a person's coding: reject automatic codings instead "
                          "(set %1 --status rejected).")
                           .arg(*id)
                    << Qt::endl;
        return ExitFailure;
    }
    if (!codings.remove(*id)) {
        context.err << codings.lastError() << Qt::endl;
        return ExitFailure;
    }
    context.out << (context.json ? JsonLine().add(QStringLiteral("removed"), *id).toString()
                                 : tr("Removed coding %1.").arg(*id))
                << '\n';
    return ExitOk;
}

} // namespace policylens::cli
