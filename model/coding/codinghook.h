#pragma once

#include "coding/codingtypes.h"
#include "store/documentstore.h"

namespace policylens {

// Runs every codebook's coder over a text (Traditional Chinese, Simplified or English).
// Built from the workspace's codebooks, so user keywords and codebooks take part. const and
// stateless per call: one instance may serve several threads.
class WorkspaceCoder final
{
public:
    explicit WorkspaceCoder(const QList<Codebook> &codebooks);
    QList<AutoCoding> code(const QString &text, const QString &language) const;
    bool isEmpty() const { return m_coders.empty(); }

private:
    std::vector<std::pair<QString, std::shared_ptr<const InstrumentCoder>>> m_coders;
};

// The import side of coding: installed beside the extraction hook, it codes each new document
// inside the document's own transaction, so its codings commit or roll back with it. The
// built-in codebook is seeded and the coders are built on the first document of a batch.
DocumentHook codingHook();

// Runs each hook in turn; stops at the first that fails (its error is the one reported).
DocumentHook chainHooks(QList<DocumentHook> hooks);

} // namespace policylens
