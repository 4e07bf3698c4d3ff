#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace policylens {

// The closed sets the layers share. Code compares these enums; the strings below exist only
// where a value leaves the program or comes back: workspace columns, JSON, the command line.
// The stored strings are the workspace format, so they never change.

// What a quantity is to its document: a goal, money or support given, or a starting point.
enum class TargetKind { Target, Incentive, Baseline };

// Where a person's review of a target stands.
enum class ReviewStatus { Unreviewed, Verified, Edited, Rejected };

// Who made a target: the extractor, or a person selecting text.
enum class TargetOrigin { Extracted, Manual };

// The interface and output language.
enum class Language { Chinese, English };

inline QString toString(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Incentive:
        return QStringLiteral("incentive");
    case TargetKind::Baseline:
        return QStringLiteral("baseline");
    case TargetKind::Target:
        break;
    }
    return QStringLiteral("target");
}

inline std::optional<TargetKind> targetKindFromString(QStringView text)
{
    if (text == u"target")
        return TargetKind::Target;
    if (text == u"incentive")
        return TargetKind::Incentive;
    if (text == u"baseline")
        return TargetKind::Baseline;
    return std::nullopt;
}

inline QString toString(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Verified:
        return QStringLiteral("verified");
    case ReviewStatus::Edited:
        return QStringLiteral("edited");
    case ReviewStatus::Rejected:
        return QStringLiteral("rejected");
    case ReviewStatus::Unreviewed:
        break;
    }
    return QStringLiteral("unreviewed");
}

inline std::optional<ReviewStatus> reviewStatusFromString(QStringView text)
{
    if (text == u"unreviewed")
        return ReviewStatus::Unreviewed;
    if (text == u"verified")
        return ReviewStatus::Verified;
    if (text == u"edited")
        return ReviewStatus::Edited;
    if (text == u"rejected")
        return ReviewStatus::Rejected;
    return std::nullopt;
}

// A person has looked at the target and it stands (as extracted or corrected).
inline bool isReviewedValid(ReviewStatus status)
{
    return status == ReviewStatus::Verified || status == ReviewStatus::Edited;
}

inline QString toString(TargetOrigin origin)
{
    return origin == TargetOrigin::Manual ? QStringLiteral("manual") : QStringLiteral("extracted");
}

inline TargetOrigin targetOriginFromString(QStringView text)
{
    return text == u"manual" ? TargetOrigin::Manual : TargetOrigin::Extracted;
}

// The language code stored in settings and passed on the command line: "zh_CN" or "en".
inline QString toString(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// Any code starting with "zh" (zh, zh_CN, zh-Hans, zh-CN) is Chinese; anything else English.
inline Language languageFromString(QStringView code)
{
    return code.startsWith(u"zh") ? Language::Chinese : Language::English;
}

} // namespace policylens
