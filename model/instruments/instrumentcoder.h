#pragma once

#include "instruments/codebook.h"

#include <QList>
#include <QString>

#include <memory>

namespace policylens {

// Why a code was given: structured, so that the view and the CLI can translate it (see
// codingreason.h). `cue` is the cue as written in the codebook; `verb` the verb of action that
// governs it, when that is what made it count.
struct CodingReason
{
    enum class Kind {
        Cue, // a term cue in a measure
        VerbObject, // a verb of action governing an object cue: 建设 + 算力中心
        Mention, // object or weak cues without a governing verb, enough together
        Heading, // supported by the heading or list lead-in the sentence stands under
        Target, // the sentence holds a quantified target
        Deadline, // a task with a deadline (到2025年, 年底前)
        Goal, // goal wording (力争, 基本形成) or a sentence under a goals heading
    };
    Kind kind = Kind::Cue;
    QString cue;
    QString verb;

    friend bool operator==(const CodingReason &, const CodingReason &) = default;
};

struct CodeAssignment
{
    QString key; // a code key of the codebook
    double confidence = 0; // 0..1
    CodingReason reason;
};

// The role of a sentence in the document's layout; only Body sentences carry codes.
enum class SentenceRole {
    Body, // a sentence or list item with closing punctuation
    Heading, // a line without closing punctuation: a title, heading, date or signature
    LeadIn, // a clause ending in a colon that introduces a list (在…方面：)
    Note, // an attribution such as (责任单位：…)
};

// One coding unit: a sentence as SentenceSplitter cuts it, with UTF-16 offsets into the
// ORIGINAL text given to InstrumentCoder::code(). Zero to four codes, highest confidence first.
struct SentenceCoding
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    SentenceRole role = SentenceRole::Body;
    QList<CodeAssignment> codes;
};

struct CodingContext
{
    QString language; // "zh" or "en" if known; empty: decided per sentence from its script
};

// Codes every sentence of a document with a codebook's codes. Pure: text in, codings out.
// code() is const and keeps no state between calls, so one coder can serve many threads.
class InstrumentCoder final
{
public:
    InstrumentCoder(); // the built-in codebook
    explicit InstrumentCoder(Codebook codebook);
    ~InstrumentCoder();
    InstrumentCoder(InstrumentCoder &&) noexcept;
    InstrumentCoder &operator=(InstrumentCoder &&) noexcept;

    QList<SentenceCoding> code(const QString &text, const CodingContext &ctx = {}) const;

    const Codebook &codebook() const;

    static constexpr int MaxCodesPerSentence = 4;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace policylens
