#pragma once

#include "instruments/codebook.h"
#include "instruments/instrumentcoder.h"

#include <QList>
#include <QString>

#include <optional>

namespace policylens {

// Review state of one (sentence, code) coding. Stored as text; compared as an enum.
enum class CodingStatus { Unreviewed, Accepted, Rejected };
// Who made a coding: the automatic coder or a person.
enum class CodingOrigin { Auto, Manual };

QString codingStatusKey(CodingStatus status); // unreviewed, accepted, rejected
std::optional<CodingStatus> codingStatusFromKey(QStringView key);
QString codingOriginKey(CodingOrigin origin); // auto, manual
std::optional<CodingOrigin> codingOriginFromKey(QStringView key);
QList<InstrumentSide> instrumentSides(); // Supply, Environment, Demand

// A codebook as the workspace stores it (its codes are StoredCode rows).
struct StoredCodebook
{
    qint64 id = 0;
    QString key;
    BilingualText name;
    QStringList ignored;
    bool builtin = false;
};

// One code of a workspace codebook: the engine's CodebookCode plus where it is stored.
struct StoredCode
{
    qint64 id = 0;
    qint64 codebookId = 0;
    QString codebookKey;
    int position = 0;
    bool builtin = false;
    CodebookCode code;
};

// What the automatic coder decided for one code of one sentence (UTF-16 span into the body).
struct AutoCoding
{
    int start = 0;
    int end = 0;
    QString codebookKey;
    QString codeKey;
    double confidence = 0;
    CodingReason reason;
};

// The coder's sentence codings of one codebook, one AutoCoding per (sentence, code).
QList<AutoCoding> toAutoCodings(const QString &codebookKey, const QList<SentenceCoding> &sentences);

// One row of the codings table.
struct CodingRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 codeId = 0;
    int start = 0;
    int end = 0;
    double confidence = 0;
    std::optional<CodingReason> reason; // none for a person's coding
    CodingStatus status = CodingStatus::Unreviewed;
    CodingOrigin origin = CodingOrigin::Auto;
};

// Outcome of replacing a document's automatic codings.
struct RecodeResult
{
    int deleted = 0;
    int inserted = 0;
    int skipped = 0; // fresh codings equal to a kept (reviewed or manual) one

    RecodeResult &operator+=(const RecodeResult &o)
    {
        deleted += o.deleted;
        inserted += o.inserted;
        skipped += o.skipped;
        return *this;
    }
};

} // namespace policylens
