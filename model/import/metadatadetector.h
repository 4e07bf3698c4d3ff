#pragma once

#include "import/importeddocument.h"

#include <QDate>
#include <QString>

namespace policylens {

class RegionResolver;

// Detects title, issuer, document number, publication date, plan period, language and region
// from a document's plain text. Heuristic by nature: every field is editable later.
class MetadataDetector final
{
public:
    explicit MetadataDetector(const RegionResolver *regions = nullptr);

    DocumentMetadata detect(const ImportedDocument &document) const;

    // Building blocks, public for tests.
    static QString detectTitle(const QString &text);
    static QString detectIssuer(const QString &text, const QString &title);
    static QString detectDocNumber(const QString &text);
    static QDate detectDate(const QString &text);
    static QDate parseDate(const QString &text); // first date found in text, any known form
    static bool detectPeriod(const QString &text, int *start, int *end);
    static QString detectLanguage(const QString &text);
    static QString detectStatus(const QString &title, const QString &text); // draft or final

private:
    const RegionResolver *m_regions;
};

} // namespace policylens
