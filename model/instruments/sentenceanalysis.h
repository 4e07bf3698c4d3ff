#pragma once

#include "instruments/clausegrammar.h"
#include "instruments/codebook.h"
#include "instruments/cuematcher.h"
#include "instruments/instrumentcoder.h"

#include <QList>
#include <QStringView>

namespace policylens {

// A codebook compiled for matching: one CueMatcher over every cue of every code.
struct CompiledCodebook
{
    explicit CompiledCodebook(Codebook book);

    Codebook book;
    CueMatcher cues; // payload: code index * 8 + CueKind, or -1 for an ignored phrase
    int goalCode = -1; // the code that receives targets and deadlines, -1 if none

    static int payload(int code, CueKind kind) { return code * 8 + int(kind); }
};

// What the headings and lead-ins above a sentence say.
struct LayoutContext
{
    QList<int> sectionCodes; // codes the current section heading names
    QList<int> subCodes; // codes of the current sub-heading
    QList<int> leadInCodes; // codes of the lead-in the sentence follows
    bool goalSection = false; // under 发展目标 / Objectives
    bool measuresSection = false; // under 保障措施 / 主要任务
    bool goalParagraph = false; // the paragraph opened with a deadline: 到2025年，……。……。

    bool names(int code) const
    {
        return sectionCodes.contains(code) || subCodes.contains(code) || leadInCodes.contains(code);
    }
};

// The codes a heading or lead-in names (its term and object cues), and whether it opens a list
// of goals or of measures. `lowered` is ASCII-lowercased normalized text.
void readHeading(const CompiledCodebook &book, QStringView lowered, bool section, bool leadIn,
    LayoutContext &ctx);

// The codes of one body sentence: `normalized` for numbers and years, `lowered` for cues.
// A sentence that opens with a deadline makes the rest of its paragraph a list of goals.
QList<CodeAssignment> analyseSentence(const CompiledCodebook &book, QStringView normalized,
    QStringView lowered, LayoutContext &ctx);

} // namespace policylens
