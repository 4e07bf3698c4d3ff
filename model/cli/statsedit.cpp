#include "cli/statsedit.h"

#include "cli/clisupport.h"
#include "extract/statisticperiod.h"
#include "review/reviewservice.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QUndoStack>

namespace policylens::cli {

namespace {

struct FieldOption
{
    const char *option;
    StatisticField field;
};

constexpr FieldOption kFields[] = { { "indicator", StatisticField::Indicator },
    { "year", StatisticField::Year }, { "value", StatisticField::Value },
    { "unit", StatisticField::Unit }, { "source", StatisticField::Source },
    { "quote", StatisticField::Quote }, { "note", StatisticField::Note } };

} // namespace

void StatsEdit::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("indicator"), tr("stats set: the indicator key."),
        QStringLiteral("KEY") });
    parser.addOption({ QStringLiteral("year"), tr("stats set: the year."), QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("period"),
        tr("stats set: the period within the year (H1, Q1-Q3, \"as of Oct\"; \"year\" for the "
           "whole year)."),
        QStringLiteral("PERIOD") });
    parser.addOption({ QStringLiteral("value"), tr("stats set: the value in base units."),
        QStringLiteral("NUMBER") });
    parser.addOption({ QStringLiteral("unit"), tr("stats set: the base unit (CNY, PFLOPS...)."),
        QStringLiteral("UNIT") });
    parser.addOption({ QStringLiteral("source"), tr("stats set: the source."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("quote"), tr("stats set: the sentence quoted."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("note"), tr("stats set: a note."), QStringLiteral("TEXT") });
}

int StatsEdit::list(CommandContext &context)
{
    Workspace workspace;
    if (!openWorkspace(context, workspace))
        return ExitFailure;
    QSqlQuery q(workspace.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, r.code, s.indicator_key, s.year, s.period, s.comparator, s.value, s.unit,"
            " s.source, s.quote FROM statistics s JOIN regions r ON r.id = s.region_id"
            " ORDER BY r.id, s.indicator_key, s.year, s.period, s.id"))) {
        context.err << tr("Cannot read the statistics of %1.").arg(context.workspacePath) << Qt::endl;
        return ExitFailure;
    }
    const QString lang = context.parser.isSet(QStringLiteral("lang"))
        ? context.parser.value(QStringLiteral("lang"))
        : QLocale().name();
    const bool chinese = lang.startsWith(QLatin1String("zh"));
    while (q.next()) {
        const StatisticPeriod period = StatisticPeriod::fromKey(q.value(3).toInt(), q.value(4).toString());
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("id"), q.value(0).toLongLong() },
                    { QStringLiteral("region"), q.value(1).toString() },
                    { QStringLiteral("indicator"), q.value(2).toString() },
                    { QStringLiteral("year"), q.value(3).toInt() },
                    { QStringLiteral("period"), period.key() },
                    { QStringLiteral("comparator"), q.value(5).toString() },
                    { QStringLiteral("value"), q.value(6).toDouble() },
                    { QStringLiteral("unit"), q.value(7).toString() },
                    { QStringLiteral("source"), q.value(8).toString() },
                    { QStringLiteral("quote"), q.value(9).toString() } });
        } else {
            const QString comparator = q.value(5).toString();
            context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5%6 %7\t%8\n")
                               .arg(q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), period.label(chinese),
                                   comparator == QLatin1String("=") ? QString() : comparator,
                                   QString::number(q.value(6).toDouble(), 'g', 15),
                                   q.value(7).toString(), q.value(8).toString());
        }
    }
    return ExitOk;
}

int StatsEdit::set(CommandContext &context, const QString &idText)
{
    const QCommandLineParser &p = context.parser;
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok) {
        context.err << tr("\"%1\" is not a statistic id (see policylens stats list).").arg(idText)
                    << Qt::endl;
        return ExitUsage;
    }
    Workspace workspace;
    if (!openWorkspace(context, workspace))
        return ExitFailure;
    QUndoStack stack;
    ReviewService review(workspace.database(), &stack);
    QString failure;
    QObject::connect(&review, &ReviewService::failed, [&failure](const QString &m) { failure = m; });
    int changed = 0;
    const auto apply = [&](StatisticField field, const QVariant &value) {
        if (!review.editStatistic(id, field, value)) {
            context.err << (failure.isEmpty() ? review.statistics().lastError() : failure) << Qt::endl;
            return false;
        }
        ++changed;
        return true;
    };
    for (const FieldOption &f : kFields) {
        const QString name = QString::fromLatin1(f.option);
        if (p.isSet(name) && !apply(f.field, p.value(name)))
            return ExitFailure;
    }
    if (p.isSet(QStringLiteral("period"))) {
        const QString text = p.value(QStringLiteral("period"));
        const int year = review.statistics().field(id, StatisticField::Year).toInt();
        const auto period = text == QLatin1String("year")
            ? std::optional<StatisticPeriod>(StatisticPeriod::fromKey(year, QString()))
            : StatisticPeriod::parse(QStringLiteral("%1 %2").arg(year).arg(text));
        if (!period || (period->isFullYear() && text != QLatin1String("year"))) {
            context.err << tr("\"%1\" is not a period (H1, Q3, Q1-Q3, \"as of Oct\", year).").arg(text)
                        << Qt::endl;
            return ExitUsage;
        }
        if (!apply(StatisticField::Period, period->key()))
            return ExitFailure;
    }
    if (changed == 0) {
        context.err << tr("Nothing to change: give --indicator, --year, --period, --value, --unit, "
                          "--source, --quote or --note.")
                    << Qt::endl;
        return ExitUsage;
    }
    if (context.json)
        writeJsonLine(context.out, { { QStringLiteral("id"), id }, { QStringLiteral("changed"), changed } });
    else
        context.out << tr("Statistic %1 updated.").arg(id) << '\n';
    return ExitOk;
}

} // namespace policylens::cli
