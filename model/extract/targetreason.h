#pragma once

#include "extract/documentgenre.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace policylens {

// Why a figure was read as target, incentive or baseline: the cue that decided.
enum class KindCue {
    None,
    Deadline, // 到2025年, 2025年底前, by 2025
    GoalWord, // 力争, 目标, 将, 计划, aims to
    Forecast, // 预计, 有望, is expected to (about a year still ahead)
    FutureYear, // a plain year after the document's date
    Support, // 给予, 补贴, 奖励, 最高, subsidies of up to
    Fund, // 设立…基金, 安排…资金, a fund's scale
    AsOf, // 截至2024年底, as of
    PastAspect, // 已, 了, 累计, 实现, grew, has reached
    YearOnYear, // 同比, 较上年, 比去年, year on year
    ReportingFrame, // 据统计, 数据显示, 记者获悉, according to
    PastYear, // a year before the document's date
    PastPeriod, // "十三五"期间 in a later document
    ForecastOfPastYear, // 预计2023年…, said in 2024
    Genre, // nothing in the clause decides: the document's genre does
};

// Where a figure's year came from.
enum class YearCue {
    None,
    Stated, // a year in the same sentence
    Deadline, // 到2025年, 2025年底前
    AsOf, // 截至2024年底
    Relative, // 今年, 去年, this year: from the document's date
    PlanPeriod, // "十四五"末, a period's last year
    LeadIn, // a year heading a list: "到2025年：" then items
    Carried, // a year framing an earlier sentence
    Respective, // 2023年、2025年分别达到…: paired in order
    Table, // a table's column header
    ReportTitle, // the year a statistics bulletin reports on, from its title
};

struct TargetReason
{
    KindCue kindCue = KindCue::None;
    QString kindWord; // the word that decided, as written in the (normalized) sentence
    YearCue yearCue = YearCue::None;
    QString comparatorWord; // 以上, 超过, more than; empty for a plain figure
    QString indicatorWord; // the taxonomy keyword found in the clause; empty for "other"
    DocumentGenre genre = DocumentGenre::Other;
    // What the extractor decided, kept so that the reason still explains the machine's reading
    // after a reviewer corrects kind or year.
    QString decidedKind;
    std::optional<int> decidedYear;
};

// Compact JSON for storage and `extract --json`: {"kind":"year_on_year","word":"同比",...}.
QString targetReasonToJson(const TargetReason &reason);
TargetReason targetReasonFromJson(QStringView json); // unknown or empty: a default reason

// One line for the reviewer, in the interface language, e.g. "baseline: year on year (同比);
// year 2024 as stated; indicator from 核心产业". Translated with context "TargetReason". The
// decided kind and year stored in the reason take precedence over `kind` and `year`.
QString describeTargetReason(const TargetReason &reason, QString kind, std::optional<int> year);

} // namespace policylens
