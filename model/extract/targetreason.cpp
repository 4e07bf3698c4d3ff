#include "extract/targetreason.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <utility>

namespace policylens {

namespace {

// Storage keys, one per enumerator in declaration order.
constexpr std::array<const char *, 15> kKindKeys = { "none", "deadline", "goal_word", "forecast",
    "future_year", "support", "fund", "as_of", "past_aspect", "year_on_year", "reporting_frame",
    "past_year", "past_period", "forecast_of_past_year", "genre" };
constexpr std::array<const char *, 11> kYearKeys = { "none", "stated", "deadline", "as_of",
    "relative", "plan_period", "lead_in", "carried", "respective", "table", "report_title" };

template<typename E, size_t N>
E fromKey(const std::array<const char *, N> &keys, const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return E(i);
    }
    return E(0);
}

QString kindName(const QString &kind)
{
    if (kind == u"incentive")
        return QCoreApplication::translate("TargetReason", "incentive");
    if (kind == u"baseline")
        return QCoreApplication::translate("TargetReason", "baseline");
    return QCoreApplication::translate("TargetReason", "target");
}

QString kindCueText(KindCue cue)
{
    switch (cue) {
    case KindCue::Deadline:
        return QCoreApplication::translate("TargetReason", "deadline %1");
    case KindCue::GoalWord:
        return QCoreApplication::translate("TargetReason", "goal word %1");
    case KindCue::Forecast:
        return QCoreApplication::translate("TargetReason", "forecast %1");
    case KindCue::FutureYear:
        return QCoreApplication::translate("TargetReason", "year after the document's date");
    case KindCue::Support:
        return QCoreApplication::translate("TargetReason", "support given %1");
    case KindCue::Fund:
        return QCoreApplication::translate("TargetReason", "fund or budget set up %1");
    case KindCue::AsOf:
        return QCoreApplication::translate("TargetReason", "as of a date %1");
    case KindCue::PastAspect:
        return QCoreApplication::translate("TargetReason", "completed action %1");
    case KindCue::YearOnYear:
        return QCoreApplication::translate("TargetReason", "compared with a past year %1");
    case KindCue::ReportingFrame:
        return QCoreApplication::translate("TargetReason", "reported figure %1");
    case KindCue::PastYear:
        return QCoreApplication::translate("TargetReason", "year before the document's date");
    case KindCue::PastPeriod:
        return QCoreApplication::translate("TargetReason", "past plan period %1");
    case KindCue::ForecastOfPastYear:
        return QCoreApplication::translate("TargetReason", "estimate for a year already over %1");
    case KindCue::Genre:
        return QCoreApplication::translate(
            "TargetReason", "no cue in the clause; document genre: %1");
    case KindCue::None:
        break;
    }
    return QCoreApplication::translate("TargetReason", "no cue in the clause");
}

QString yearText(YearCue cue, std::optional<int> year)
{
    if (!year)
        return QCoreApplication::translate("TargetReason", "no year");
    const QString y = QString::number(*year);
    switch (cue) {
    case YearCue::Deadline:
        return QCoreApplication::translate("TargetReason", "deadline year %1").arg(y);
    case YearCue::AsOf:
        return QCoreApplication::translate("TargetReason", "year %1 of the reporting date").arg(y);
    case YearCue::Relative:
        return QCoreApplication::translate("TargetReason", "year %1 from the document's date")
            .arg(y);
    case YearCue::PlanPeriod:
        return QCoreApplication::translate("TargetReason", "year %1, end of the plan period")
            .arg(y);
    case YearCue::LeadIn:
        return QCoreApplication::translate("TargetReason", "year %1 from the list's lead-in")
            .arg(y);
    case YearCue::Carried:
        return QCoreApplication::translate("TargetReason", "year %1 from an earlier sentence")
            .arg(y);
    case YearCue::Respective:
        return QCoreApplication::translate("TargetReason", "year %1 paired in order").arg(y);
    case YearCue::Table:
        return QCoreApplication::translate("TargetReason", "year %1 from the table header").arg(y);
    case YearCue::ReportTitle:
        return QCoreApplication::translate("TargetReason", "year %1 of the report's title").arg(y);
    case YearCue::Stated:
    case YearCue::None:
        break;
    }
    return QCoreApplication::translate("TargetReason", "year %1 as stated").arg(y);
}

} // namespace

QString targetReasonToJson(const TargetReason &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QLatin1String(kKindKeys[size_t(r.kindCue)]));
    if (!r.kindWord.isEmpty())
        o.insert(QStringLiteral("word"), r.kindWord);
    o.insert(QStringLiteral("year"), QLatin1String(kYearKeys[size_t(r.yearCue)]));
    if (!r.comparatorWord.isEmpty())
        o.insert(QStringLiteral("comparator"), r.comparatorWord);
    if (!r.indicatorWord.isEmpty())
        o.insert(QStringLiteral("indicator"), r.indicatorWord);
    o.insert(QStringLiteral("genre"), documentGenreKey(r.genre));
    if (!r.decidedKind.isEmpty())
        o.insert(QStringLiteral("decided_kind"), r.decidedKind);
    if (r.decidedYear)
        o.insert(QStringLiteral("decided_year"), *r.decidedYear);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TargetReason targetReasonFromJson(QStringView json)
{
    TargetReason r;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return r;
    r.kindCue = fromKey<KindCue>(kKindKeys, o.value(QStringLiteral("kind")).toString());
    r.kindWord = o.value(QStringLiteral("word")).toString();
    r.yearCue = fromKey<YearCue>(kYearKeys, o.value(QStringLiteral("year")).toString());
    r.comparatorWord = o.value(QStringLiteral("comparator")).toString();
    r.indicatorWord = o.value(QStringLiteral("indicator")).toString();
    r.genre = documentGenreFromKey(o.value(QStringLiteral("genre")).toString())
                  .value_or(DocumentGenre::Other);
    r.decidedKind = o.value(QStringLiteral("decided_kind")).toString();
    if (o.contains(QStringLiteral("decided_year")))
        r.decidedYear = o.value(QStringLiteral("decided_year")).toInt();
    return r;
}

QString describeTargetReason(const TargetReason &r, QString kind, std::optional<int> year)
{
    if (!r.decidedKind.isEmpty()) {
        kind = r.decidedKind;
        year = r.decidedYear;
    }
    QString cue = kindCueText(r.kindCue);
    if (r.kindCue == KindCue::Genre)
        cue = cue.arg(documentGenreName(r.genre));
    else if (cue.contains(QLatin1String("%1")))
        cue = cue.arg(r.kindWord.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("TargetReason", "(%1)").arg(r.kindWord))
                  .trimmed();
    QStringList parts;
    parts << QCoreApplication::translate("TargetReason", "%1: %2").arg(kindName(kind), cue)
          << yearText(r.yearCue, year);
    if (!r.comparatorWord.isEmpty())
        parts << QCoreApplication::translate("TargetReason", "comparator from %1")
                     .arg(r.comparatorWord);
    parts << (r.indicatorWord.isEmpty()
            ? QCoreApplication::translate("TargetReason", "no indicator word in the clause")
            : QCoreApplication::translate("TargetReason", "indicator from %1")
                  .arg(r.indicatorWord));
    return parts.join(QCoreApplication::translate("TargetReason", "; "));
}

} // namespace policylens
