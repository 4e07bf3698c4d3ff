#pragma once

#include "core/documentdata.h"

#include <QString>

namespace policylens {

// An importer's answer: a document, or a translated reason (without the file name; the
// caller adds it).
struct ImporterResult
{
    bool ok = false;
    ImportedDocument document;
    QString error;

    static ImporterResult failure(const QString &reason)
    {
        ImporterResult r;
        r.error = reason;
        return r;
    }
    static ImporterResult success(ImportedDocument document)
    {
        ImporterResult r;
        r.ok = true;
        r.document = std::move(document);
        return r;
    }
};

} // namespace policylens
