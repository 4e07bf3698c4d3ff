#pragma once

#include "extract/commitmentrules.h"
#include "extract/documentgenre.h"
#include "extract/kindrules.h"
#include "extract/quantity.h"
#include "extract/targetreason.h"
#include "extract/yearresolver.h"
#include "text/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The context a figure is read in: what the document as a whole says about time and genre, what
// earlier sentences carry over (a lead-in's year, the paragraph's frame), and what the figure's
// own sentence holds (its years, table headers). Used by TargetExtractor, one piece at a time.
namespace policylens::targetcontext {

// What the whole document tells every figure in it.
struct DocumentFacts
{
    commitmentrules::DocumentYears years;
    DocumentGenre genre = DocumentGenre::Other;
    int reportYear = 0; // a statistics bulletin's year: figures without a year of their own
};

// What earlier sentences leave for the next: a year framing them (leadIn when it came from a
// lead-in "到2025年，……："), and whether the paragraph reports or plans.
struct CarriedYear
{
    std::optional<YearMention> year;
    bool leadIn = false;
    kindrules::Frame frame = kindrules::Frame::None;
    bool listLead = false; // the last sentence led in a list ("…主要预期目标是：")
};

// One sentence of normalized text and what its figures share.
struct Sentence
{
    SentenceSpan span;
    QStringView text;
    QList<YearMention> mentions; // every year stated in the sentence
    QList<YearMention> respective; // 分别: one year per committed figure, in order; else empty
    bool recurring = false; // 每年: a recurring commitment
    std::optional<YearMention> cellYear; // a table cell's year from its headers
    QString headers; // a table cell's row and column headers
};

// Reads the sentence at span of all; quantities[first...] are the quantities from its start on.
// What only figures need is read only when the sentence holds one that is not excluded.
Sentence readSentence(QStringView all, const SentenceSpan &span, const QList<Quantity> &quantities,
    qsizetype first, int documentYear);

// The year a figure is about and its kind (target, incentive, baseline), with the cue that gave
// the year.
struct Dating
{
    std::optional<YearMention> year;
    YearCue yearCue = YearCue::None;
    bool carriedYear = false; // the year came from an earlier sentence
    kindrules::KindDecision decision;
};

// A committed figure q (unit as claimed; local, localEnd its span in the sentence), the
// committedIndex-th of its sentence.
Dating dateFigure(const Sentence &s, const Quantity &q, const QString &unit, qsizetype local,
    qsizetype localEnd, int committedIndex, const DocumentFacts &facts,
    const CarriedYear &carried);

// Before a sentence: a section heading ends what was carried, a new paragraph its frame (unless
// it is an item of the list a lead-in opened). previousEnd is where the last sentence ended.
void enterSentence(
    QStringView all, const SentenceSpan &span, qsizetype previousEnd, CarriedYear &carried);

// After a sentence: the year and frame it leaves for the ones that follow.
void leaveSentence(const Sentence &s, int documentYear, CarriedYear &carried);

// The earliest deadline a document sets (到2025年, 2023年底前), 0 if none.
int earliestDeadline(const QString &text);

// A news item dated only by month and day: the year it was written in, 0 if unknown.
int newsYear(const QString &text);

// A statistics bulletin's year, from its title; 0 if none.
int titleYear(const QString &text);

} // namespace policylens::targetcontext
