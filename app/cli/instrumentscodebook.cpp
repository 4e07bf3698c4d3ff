// `policylens instruments codebook ...`: the workspace's codebooks, as the Policy tools view
// edits them (add a codebook or code, rename, keywords, merge).
#include "cli/clisupport.h"
#include "cli/instrumentsworkspace.h"
#include "format/jsonline.h"
#include "coding/codebookrepository.h"
#include "store/workspace.h"

#include <QRegularExpression>

namespace policylens::cli {

namespace {

QStringList keywordList(const QString &text)
{
    QStringList out;
    for (const QString &k : text.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            out << k.trimmed();
    }
    return out;
}

void printCode(CommandContext &context, const StoredCode &c)
{
    if (context.json) {
        context.out << JsonLine()
                           .add(QStringLiteral("codebook"), c.codebookKey)
                           .add(QStringLiteral("key"), c.code.key)
                           .add(QStringLiteral("side"), sideKey(c.code.side))
                           .add(QStringLiteral("name_zh"), c.code.name.zh)
                           .add(QStringLiteral("name_en"), c.code.name.en)
                           .add(QStringLiteral("keywords"), c.code.keywords)
                           .toString()
                    << '\n';
        return;
    }
    context.out << padToWidth(c.codebookKey, 20) << padToWidth(c.code.key, 26)
                << padToWidth(sideKey(c.code.side), 13) << c.code.name.zh << " / " << c.code.name.en
                << "  [" << c.code.keywords.join(QStringLiteral(", ")) << "]\n";
}

} // namespace

int InstrumentsWorkspace::codebook(CommandContext &context, const QStringList &args)
{
    const QCommandLineParser &p = context.parser;
    const QString action = args.value(0, QStringLiteral("list"));
    Workspace workspace;
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    CodebookRepository books(workspace.database());
    if (books.codebooks().isEmpty() && !books.seedBuiltIn()) {
        context.err << books.lastError() << Qt::endl;
        return ExitFailure;
    }
    const BilingualText name { p.value(QStringLiteral("name-zh")), p.value(QStringLiteral("name-en")) };
    const auto usage = [&context](const QString &text) {
        context.err << text << Qt::endl;
        return ExitUsage;
    };
    const auto done = [&](bool ok, const QString &codeKey) {
        if (!ok) {
            context.err << books.lastError() << Qt::endl;
            return int(ExitFailure);
        }
        if (const std::optional<StoredCode> c = books.codeByKey(codeKey))
            printCode(context, *c);
        return int(ExitOk);
    };
    if (action == QLatin1String("list")) {
        for (const StoredCode &c : books.codes())
            printCode(context, c);
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        if (!p.isSet(QStringLiteral("key")))
            return usage(tr("Usage: policylens instruments codebook add --key KEY --name-zh NAME --name-en NAME"));
        return done(books.addCodebook(p.value(QStringLiteral("key")), name) != 0, QString());
    }
    if (action == QLatin1String("add-code")) {
        const std::optional<StoredCodebook> book = books.codebook(p.value(QStringLiteral("codebook")));
        const std::optional<InstrumentSide> side = sideFromKey(p.value(QStringLiteral("side")).isEmpty()
                ? QStringLiteral("none") : p.value(QStringLiteral("side")));
        if (!book || !side || !p.isSet(QStringLiteral("key")))
            return usage(tr("Usage: policylens instruments codebook add-code --codebook KEY --key KEY "
                            "[--side SIDE] --name-zh NAME --name-en NAME --keywords A,B"));
        CodebookCode code;
        code.key = p.value(QStringLiteral("key"));
        code.side = *side;
        code.name = name;
        code.keywords = keywordList(p.value(QStringLiteral("keywords")));
        return done(books.addCode(book->id, code) != 0, code.key);
    }
    const std::optional<StoredCode> code = books.codeByKey(args.value(1), p.value(QStringLiteral("codebook")));
    if (!code)
        return usage(tr("Usage: policylens instruments codebook rename|keywords|merge CODE ...; "
                        "there is no code \"%1\".").arg(args.value(1)));
    if (action == QLatin1String("rename"))
        return done(books.renameCode(code->id, { p.isSet(QStringLiteral("name-zh")) ? name.zh : code->code.name.zh,
                        p.isSet(QStringLiteral("name-en")) ? name.en : code->code.name.en }),
            code->code.key);
    if (action == QLatin1String("keywords"))
        return done(books.setKeywords(code->id, keywordList(p.value(QStringLiteral("keywords")))), code->code.key);
    if (action == QLatin1String("merge")) {
        const std::optional<StoredCode> into = books.codeByKey(args.value(2));
        if (!into)
            return usage(tr("Usage: policylens instruments codebook merge FROM INTO"));
        return done(books.mergeCodes(code->id, into->id), into->code.key);
    }
    return usage(tr("Unknown codebook action \"%1\": use list, add, add-code, rename, keywords or merge.")
                     .arg(action));
}

} // namespace policylens::cli
