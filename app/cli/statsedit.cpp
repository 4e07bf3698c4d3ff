#include "cli/statsedit.h"

#include "cli/editsession.h"
#include "extract/statisticperiod.h"
#include "review/reviewservice.h"
#include "store/workspace.h"

#include <QJsonObject>

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
    if (!openWorkspace(context, workspace, WorkspaceAccess::MustExist))
        return ExitFailure;
    QList<StatisticEntry> entries;
    if (!StatisticsRepository(workspace.database()).all(&entries)) {
        context.err << tr("Cannot read the statistics of %1.").arg(context.workspacePath) << Qt::endl;
        return ExitFailure;
    }
    const bool chinese = CliSupport::language(context.parser) == Language::Chinese;
    for (const StatisticEntry &e : std::as_const(entries)) {
        const StatisticPeriod period = StatisticPeriod::fromKey(e.year, e.period);
        if (context.json) {
            writeJsonLine(context.out,
                { { QStringLiteral("id"), e.id }, { QStringLiteral("region"), e.regionCode },
                    { QStringLiteral("indicator"), e.indicator }, { QStringLiteral("year"), e.year },
                    { QStringLiteral("period"), period.key() },
                    { QStringLiteral("comparator"), e.comparator },
                    { QStringLiteral("value"), e.value }, { QStringLiteral("unit"), e.unit },
                    { QStringLiteral("source"), e.source }, { QStringLiteral("quote"), e.quote } });
        } else {
            context.out << QStringLiteral("%1\t%2\t%3\t%4\t%5%6 %7\t%8\n")
                               .arg(QString::number(e.id), e.regionCode, e.indicator,
                                   period.label(chinese),
                                   e.comparator == QLatin1String("=") ? QString() : e.comparator,
                                   QString::number(e.value, 'g', 15), e.unit, e.source);
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
    EditSession<ReviewService> edit;
    if (!edit.open(context))
        return ExitFailure;
    ReviewService &review = edit.service();
    int changed = 0;
    const auto apply = [&](StatisticField field, const QVariant &value) {
        if (!review.editStatistic(id, field, value)) {
            const QString failure = edit.lastFailure();
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
