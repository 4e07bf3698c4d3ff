#include "instruments/codingreason.h"

#include <QCoreApplication>

namespace policylens {

namespace {

constexpr std::pair<CodingReason::Kind, const char16_t *> kKinds[] = {
    { CodingReason::Kind::Cue, u"cue" },
    { CodingReason::Kind::VerbObject, u"verb_object" },
    { CodingReason::Kind::Mention, u"mention" },
    { CodingReason::Kind::Heading, u"heading" },
    { CodingReason::Kind::Target, u"target" },
    { CodingReason::Kind::Deadline, u"deadline" },
    { CodingReason::Kind::Goal, u"goal" },
};

} // namespace

QString reasonKindKey(CodingReason::Kind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return QStringLiteral("cue");
}

std::optional<CodingReason::Kind> reasonKindFromKey(QStringView key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QStringView(name))
            return k;
    }
    return std::nullopt;
}

QString describeReason(const CodingReason &r)
{
    switch (r.kind) {
    case CodingReason::Kind::Cue:
        return QCoreApplication::translate("CodingReason", "cue “%1”").arg(r.cue);
    case CodingReason::Kind::VerbObject:
        return QCoreApplication::translate("CodingReason", "“%1” acts on “%2”").arg(r.verb, r.cue);
    case CodingReason::Kind::Mention:
        return QCoreApplication::translate("CodingReason", "mentions “%1”").arg(r.cue);
    case CodingReason::Kind::Heading:
        return QCoreApplication::translate("CodingReason", "“%1” under a heading about it").arg(r.cue);
    case CodingReason::Kind::Target:
        return QCoreApplication::translate("CodingReason", "states the target “%1”").arg(r.cue);
    case CodingReason::Kind::Deadline:
        return QCoreApplication::translate("CodingReason", "sets the deadline “%1”").arg(r.cue);
    case CodingReason::Kind::Goal:
        return QCoreApplication::translate("CodingReason", "states a goal");
    }
    return {};
}

} // namespace policylens
