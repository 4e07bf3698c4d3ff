#include "coding/codinghook.h"

#include "coding/codebookrepository.h"
#include "coding/codingrepository.h"

#include <memory>

namespace policylens {

WorkspaceCoder::WorkspaceCoder(const QList<Codebook> &codebooks)
{
    for (const Codebook &book : codebooks)
        m_coders.emplace_back(book.key, std::make_shared<const InstrumentCoder>(book));
}

QList<AutoCoding> WorkspaceCoder::code(const QString &text, const QString &language) const
{
    CodingContext context;
    // The coder reads Traditional script through its own simplification: "zh-Hant" is zh.
    if (language.startsWith(QLatin1String("zh")))
        context.language = QStringLiteral("zh");
    else if (language.startsWith(QLatin1String("en")))
        context.language = QStringLiteral("en");
    QList<AutoCoding> out;
    for (const auto &[key, coder] : m_coders)
        out += toAutoCodings(key, coder->code(text, context));
    return out;
}

DocumentHook codingHook()
{
    // Built lazily: the hook is made before the import knows its connection; the codebooks
    // are read once per batch from the workspace the first document goes into.
    auto coder = std::make_shared<std::unique_ptr<WorkspaceCoder>>();
    auto codings = std::make_shared<std::unique_ptr<CodingRepository>>();
    return [coder, codings](const StoredDocumentContext &context) -> Result<void> {
        if (!*coder) {
            CodebookRepository codebooks(context.db);
            // Seeding inside the document's savepoint: the codebook commits with the first
            // document (a workspace opened read-only elsewhere still reads without it).
            if (codebooks.codebooks().isEmpty() && !codebooks.seedBuiltIn())
                return Failure { codebooks.lastError() };
            *coder = std::make_unique<WorkspaceCoder>(codebooks.load());
            *codings = std::make_unique<CodingRepository>(context.db);
        }
        const QList<AutoCoding> found = (*coder)->code(context.text, context.metadata.language);
        if (!(*codings)->writeAutoCodings(context.documentId, found))
            return Failure { (*codings)->lastError() };
        return {};
    };
}

DocumentHook chainHooks(QList<DocumentHook> hooks)
{
    return [hooks = std::move(hooks)](const StoredDocumentContext &context) -> Result<void> {
        for (const DocumentHook &hook : hooks) {
            if (!hook)
                continue;
            if (Result<void> done = hook(context); !done)
                return done;
        }
        return {};
    };
}

} // namespace policylens
