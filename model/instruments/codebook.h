#pragma once

#include "core/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace policylens {

// The three sides of the supply / environment / demand frame (Rothwell & Zegveld). A user
// codebook that is not about instruments (strategic themes, say) puts its codes on side None.
enum class InstrumentSide { None, Supply, Environment, Demand };

QString sideKey(InstrumentSide side); // "none", "supply", "environment", "demand"
std::optional<InstrumentSide> sideFromKey(QStringView key);

// How much a cue says on its own.
enum class CueKind {
    Term, // decides by itself wherever it stands in a measure: 专项资金, 政府采购, tax credit
    Object, // a thing a measure acts on; counts fully when a verb of action governs it in the
            // same clause (建设…算力中心), weakly when merely mentioned (算力 in a noun phrase)
    Weak, // a hint: needs a second hint, a heading or a stronger cue to carry a code
    Block, // a phrase that is NOT a cue although it contains one (财政厅 holds 财政): matched
           // like the others, it only hides the shorter cues inside it
};

QString cueKindKey(CueKind kind); // "term", "object", "weak", "block"
std::optional<CueKind> cueKindFromKey(QStringView key);

// One cue. Text with a CJK character is matched in Simplified Chinese (Traditional text is
// simplified first); other text is English, matched case-insensitively at word boundaries, a
// trailing '*' allowing any word ending (subsid* matches subsidy, subsidies).
struct Cue
{
    QString text;
    CueKind kind = CueKind::Object;

    friend bool operator==(const Cue &, const Cue &) = default;
};

struct BilingualText
{
    QString zh;
    QString en;

    QString forLanguage(Language language) const; // the other one when this one is empty
    QString forLanguage(QStringView lang) const; // "zh"/"zh_CN" → zh, else en (falls back)
    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

struct CodebookCode
{
    QString key; // stable, e.g. "supply.talent"
    InstrumentSide side = InstrumentSide::None;
    BilingualText name;
    BilingualText description;
    QList<Cue> cues;
    QStringList keywords; // the plain "typical words" a reader recognises the code by
    bool goal = false; // also given to sentences that state a target, a deadline or a goal

    friend bool operator==(const CodebookCode &, const CodebookCode &) = default;
};

// A set of codes with their cues. Pure value type: reading and writing JSON is all it does with
// the outside world. The built-in policy-instrument codebook lives in
// resources/data/instrument-codebook.json; a workspace may store edited or additional ones.
struct Codebook
{
    QString key; // "policy-instruments", or a user codebook's key
    BilingualText name;
    QList<CodebookCode> codes;
    QStringList ignored; // phrases never read as cues anywhere (organisation names...)

    const CodebookCode *code(QStringView key) const; // nullptr if absent
    qsizetype indexOf(QStringView key) const; // -1 if absent

    // The format of resources/data/instrument-codebook.json. On malformed input returns
    // nullopt and sets *error to an untranslated, specific reason (caller names the file).
    static std::optional<Codebook> fromJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;

    // The built-in codebook (13 codes on three sides), loaded once from the resource.
    static const Codebook &builtIn();

    friend bool operator==(const Codebook &, const Codebook &) = default;
};

} // namespace policylens
