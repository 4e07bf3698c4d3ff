#include "goldscorer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace policylens::test {

namespace {

bool canonicalUnit(const QString &u)
{
    static const QStringList canonical = { QStringLiteral("CNY"), QStringLiteral("USD"),
        QStringLiteral("percent"), QStringLiteral("percentage_point"), QStringLiteral("PFLOPS"),
        QStringLiteral("count"), QStringLiteral("times") };
    return canonical.contains(u);
}

bool sameUnit(const QString &gold, const QString &predicted)
{
    if (canonicalUnit(gold) || canonicalUnit(predicted))
        return gold == predicted;
    return !gold.isEmpty() && !predicted.isEmpty();
}

bool close(double gold, double predicted)
{
    if (gold == 0)
        return predicted == 0;
    return std::fabs(predicted - gold) <= std::fabs(gold) * 0.001;
}

bool matches(const GoldItem &g, const ExtractedTarget &p)
{
    if (!sameUnit(g.unit, p.unit) || !close(g.value, p.value))
        return false;
    if (g.valueMax && (!p.valueMax || !close(*g.valueMax, *p.valueMax)))
        return false;
    return !g.year || p.year == g.year;
}

} // namespace

QList<GoldItem> loadGold(const QString &jsonlPath)
{
    QList<GoldItem> out;
    QFile file(jsonlPath);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        GoldItem g;
        g.kind = o.value(QStringLiteral("kind")).toString();
        g.value = o.value(QStringLiteral("value")).toDouble();
        if (!o.value(QStringLiteral("value_max")).isNull())
            g.valueMax = o.value(QStringLiteral("value_max")).toDouble();
        g.unit = o.value(QStringLiteral("unit")).toString();
        g.comparator = o.value(QStringLiteral("comparator")).toString();
        if (!o.value(QStringLiteral("year")).isNull())
            g.year = o.value(QStringLiteral("year")).toInt();
        g.quote = o.value(QStringLiteral("quote")).toString();
        out.append(g);
    }
    return out;
}

void scoreDocument(const QList<GoldItem> &gold, const QList<ExtractedTarget> &predicted,
    const QString &text, const QString &label, bool verbose, Tally *tally)
{
    tally->predicted += int(predicted.size());
    tally->gold += int(gold.size());
    QList<bool> used(predicted.size(), false);
    for (const GoldItem &g : gold) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < predicted.size() && found < 0; ++i) {
            if (!used[i] && matches(g, predicted[i]))
                found = i;
        }
        if (found < 0) {
            if (verbose)
                std::printf("MISS %s: %s %g %s %s %d\n", qPrintable(label), qPrintable(g.quote),
                    g.value, qPrintable(g.unit), qPrintable(g.comparator), g.year.value_or(0));
            continue;
        }
        used[found] = true;
        ++tally->matched;
        tally->kindOk += predicted[found].kind == g.kind;
        tally->comparatorOk += predicted[found].comparator == g.comparator;
    }
    for (qsizetype i = 0; i < predicted.size(); ++i) {
        if (used[i] || !verbose)
            continue;
        const ExtractedTarget &p = predicted[i];
        std::printf("EXTRA %s: %s %g %s %s %d | %s\n", qPrintable(label),
            qPrintable(text.mid(p.quoteStart, p.quoteEnd - p.quoteStart)), p.value,
            qPrintable(p.unit), qPrintable(p.kind), p.year.value_or(0),
            qPrintable(p.sentence.left(80)));
    }
}

} // namespace policylens::test
