#pragma once

#include "core/result.h"
#include "review/targetrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace policylens {

class RegionResolver;

// Re-extraction as a use case: the extractor runs again over stored documents and replaces
// their machine-extracted targets, keeping everything a person reviewed, edited or added.
// The command line and the workbench both call this; neither holds SQL of its own.
class Reextraction final
{
    Q_DECLARE_TR_FUNCTIONS(Reextraction)

public:
    explicit Reextraction(QSqlDatabase db);

    // The ids of every document, oldest first. Bodies are read one at a time by reextract(),
    // because a workspace may hold far more text than fits in memory.
    Result<QList<qint64>> documentIds() const;

    // Extracts one document again; its targets are replaced in one transaction.
    Result<ReplaceResult> reextract(qint64 documentId) const;

private:
    // row: body, published, language, title, issuer, doc_number, region_id, doc_status,
    // user_fields, doc_type of the document; a type detected here is written back into row.
    QString redetect(qint64 documentId, QVariantList &row) const;

    QSqlDatabase m_db;
    mutable std::shared_ptr<RegionResolver> m_regions; // loaded on first use
};

} // namespace policylens
