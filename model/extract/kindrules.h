#pragma once

#include "extract/commitmentrules.h"
#include "extract/documentgenre.h"
#include "extract/targetreason.h"
#include "extract/yearresolver.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace policylens::kindrules {

// The time a stretch of text is about, carried from one sentence to the next within a
// paragraph: "2023年，…。其中…" keeps talking about 2023; "今年将…。" about the plan.
enum class Frame { None, Past, Future };

struct KindInput
{
    QStringView sentence; // normalized
    QString unit;
    qsizetype local = 0; // the quantity's span in the sentence
    qsizetype localEnd = 0;
    std::optional<YearMention> year; // the year the figure was given
    bool yearInSentence = false; // stated in this sentence, not carried from an earlier one
    commitmentrules::DocumentYears years;
    DocumentGenre genre = DocumentGenre::Other;
    Frame frame = Frame::None;
    QString comparator; // as extracted: >=, >, =, <=, <, ~, range
};

struct KindDecision
{
    QString kind; // target, incentive, baseline
    KindCue cue = KindCue::None;
    QString word; // the word that decided, empty for year- or genre-decided kinds
};

// Decides target / incentive / baseline from the clause, the sentence, the year, the paragraph's
// frame and the document's genre, in that order of precedence.
KindDecision decide(const KindInput &in);

// The frame a sentence leaves for the next: past when it reports (a past year opening it,
// 去年, 过去一年, 截至), future when it plans (力争, 将, 目标, 到2025年), else unchanged.
Frame frameAfter(
    QStringView sentence, const QList<YearMention> &mentions, int documentYear, Frame current);

} // namespace policylens::kindrules
