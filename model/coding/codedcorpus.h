#pragma once

#include "coding/codingtypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace policylens {

// A coded sentence with its document, region and every coding on it.
struct CodedSentence
{
    qint64 documentId = 0;
    QString documentTitle;
    qint64 regionId = 0; // 0: region unknown
    BilingualText regionName;
    int start = 0; // UTF-16 offsets into documents.body
    int end = 0;
    QString text;
    struct Code
    {
        CodingRecord coding;
        const StoredCode *code = nullptr; // into CodedCorpus::codes()
    };
    QList<Code> codes;

    // unreviewed while any of its (non-rejected) codings is; else accepted
    CodingStatus reviewState() const;
    QList<const StoredCode *> liveCodes() const; // the codes not rejected
};

// Which coded sentences to read.
struct CodedSentenceFilter
{
    std::optional<qint64> regionId; // 0 selects documents without a region
    std::optional<qint64> codeId;
    std::optional<qint64> documentId;
    bool includeRejected = false; // sentences whose codings were all rejected
};

// Reads coded sentences document by document (one document's text in memory at a time), for
// exports (CSV, XLSX, REFI-QDA) and the drill-down from the cities x codes matrix.
class CodedCorpus final
{
    Q_DECLARE_TR_FUNCTIONS(CodedCorpus)

public:
    explicit CodedCorpus(QSqlDatabase db);

    const QList<StoredCode> &codes() const { return m_codes; }
    const StoredCode *code(qint64 id) const;

    // Calls visit for each document with codings matching filter, in document order, with the
    // document's full text and its sentences. Stops and returns false (lastError()) when the
    // workspace cannot be read, or when visit returns false.
    bool forEachDocument(const CodedSentenceFilter &filter,
        const std::function<bool(const QString &body, const QList<CodedSentence> &)> &visit);
    // All matching sentences (drill-down; small selections).
    QList<CodedSentence> sentences(const CodedSentenceFilter &filter);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QList<StoredCode> m_codes;
    QString m_error;
};

} // namespace policylens
