#pragma once

#include "coding/codingtypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace policylens {

// The codebooks and codes of a workspace. The built-in codebook is seeded from the coding
// engine (seedBuiltIn()); users add codebooks and codes, rename them, edit keywords and merge
// two codes (their codings move to the code kept). Every write is immediate.
class CodebookRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CodebookRepository)

public:
    explicit CodebookRepository(QSqlDatabase db);

    QList<StoredCodebook> codebooks() const;
    std::optional<StoredCodebook> codebook(const QString &key) const;
    // Codes of one codebook (0: of all), in codebook then position order.
    QList<StoredCode> codes(qint64 codebookId = 0) const;
    std::optional<StoredCode> code(qint64 id) const;
    // By key: in the given codebook, or the first codebook that has it.
    std::optional<StoredCode> codeByKey(const QString &key, const QString &codebookKey = {}) const;
    // The workspace's codebooks as the coder reads them (with the user's keywords as cues).
    QList<Codebook> load() const;

    // Adds the codebook and whichever of its codes are missing; keeps rows a user changed.
    // Writes nothing when all are present (a workspace on a read-only disk still opens).
    bool seed(const Codebook &codebook, bool builtin);
    bool seedBuiltIn() { return seed(Codebook::builtIn(), true); }
    // Returns the new id, or 0 with lastError() set (for example a key already used).
    qint64 addCodebook(const QString &key, const BilingualText &name);
    qint64 addCode(qint64 codebookId, const CodebookCode &code);
    bool renameCode(qint64 id, const BilingualText &name);
    // Keywords added become cues the coder reads as terms; keywords removed stop being cues.
    bool setKeywords(qint64 id, const QStringList &keywords);
    // Moves from's codings to into (dropping those into already has on the same sentence),
    // adds from's keywords to into's and deletes from. One transaction.
    bool mergeCodes(qint64 fromId, qint64 intoId);

    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);
    qint64 insertCode(qint64 codebookId, const CodebookCode &code, int position, bool builtin);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace policylens
