#include "coding/codingtypes.h"

namespace policylens {

QString codingStatusKey(CodingStatus status)
{
    switch (status) {
    case CodingStatus::Accepted:
        return QStringLiteral("accepted");
    case CodingStatus::Rejected:
        return QStringLiteral("rejected");
    case CodingStatus::Unreviewed:
        break;
    }
    return QStringLiteral("unreviewed");
}

std::optional<CodingStatus> codingStatusFromKey(QStringView key)
{
    for (CodingStatus s : { CodingStatus::Unreviewed, CodingStatus::Accepted, CodingStatus::Rejected }) {
        if (codingStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString codingOriginKey(CodingOrigin origin)
{
    return origin == CodingOrigin::Manual ? QStringLiteral("manual") : QStringLiteral("auto");
}

std::optional<CodingOrigin> codingOriginFromKey(QStringView key)
{
    if (key == u"manual")
        return CodingOrigin::Manual;
    if (key == u"auto")
        return CodingOrigin::Auto;
    return std::nullopt;
}

QList<InstrumentSide> instrumentSides()
{
    return { InstrumentSide::Supply, InstrumentSide::Environment, InstrumentSide::Demand };
}

QList<AutoCoding> toAutoCodings(const QString &codebookKey, const QList<SentenceCoding> &sentences)
{
    QList<AutoCoding> out;
    for (const SentenceCoding &s : sentences) {
        for (const CodeAssignment &a : s.codes)
            out.append({ int(s.start), int(s.end), codebookKey, a.key, a.confidence, a.reason });
    }
    return out;
}

} // namespace policylens
