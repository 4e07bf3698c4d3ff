#pragma once

// Scores extracted targets against a hand-checked gold set with the rules of
// ../shared/gold/README.md: one-to-one pairing per document on unit, value (0.1%), value_max and
// year; precision, recall and F1 over all documents; kind and comparator accuracy over matched
// pairs; a confusion matrix of kinds. Header-only so any test area can score any input format:
// hand scoreCorpus() a loader that reads the document in the form under test (plain text, PDF,
// DOCX) and an extractor call.
#include "extract/extractedtarget.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace policylens::goldscoring {

struct GoldItem
{
    QString kind;
    double value = 0;
    std::optional<double> valueMax;
    QString unit;
    QString comparator;
    std::optional<int> year;
    QString quote;
};

// Rows and columns of the confusion matrix: gold kind by predicted kind.
inline const std::array<QString, 3> &kinds()
{
    static const std::array<QString, 3> k
        = { QStringLiteral("target"), QStringLiteral("incentive"), QStringLiteral("baseline") };
    return k;
}

inline int kindIndex(const QString &kind)
{
    for (int i = 0; i < 3; ++i) {
        if (kinds()[size_t(i)] == kind)
            return i;
    }
    return -1;
}

struct Score
{
    int predicted = 0, gold = 0, matched = 0, kindOk = 0, comparatorOk = 0;
    std::array<std::array<int, 3>, 3> confusion {}; // [gold][predicted]

    double precision() const { return predicted ? double(matched) / predicted : 0; }
    double recall() const { return gold ? double(matched) / gold : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    double kindAccuracy() const { return matched ? double(kindOk) / matched : 0; }
    double comparatorAccuracy() const { return matched ? double(comparatorOk) / matched : 0; }
};

inline bool canonicalUnit(const QString &u)
{
    static const QStringList canonical = { QStringLiteral("CNY"), QStringLiteral("USD"),
        QStringLiteral("percent"), QStringLiteral("percentage_point"), QStringLiteral("PFLOPS"),
        QStringLiteral("count"), QStringLiteral("times") };
    return canonical.contains(u);
}

inline bool sameUnit(const QString &gold, const QString &predicted)
{
    if (canonicalUnit(gold) || canonicalUnit(predicted))
        return gold == predicted;
    return !gold.isEmpty() && !predicted.isEmpty();
}

inline bool closeTo(double gold, double predicted)
{
    if (gold == 0)
        return predicted == 0;
    return std::fabs(predicted - gold) <= std::fabs(gold) * 0.001;
}

inline bool matches(const GoldItem &g, const ExtractedTarget &p)
{
    if (!sameUnit(g.unit, p.unit) || !closeTo(g.value, p.value))
        return false;
    if (g.valueMax && (!p.valueMax || !closeTo(*g.valueMax, *p.valueMax)))
        return false;
    return !g.year || p.year == g.year;
}

inline QList<GoldItem> loadGold(const QString &jsonlPath)
{
    QList<GoldItem> golds;
    QFile file(jsonlPath);
    if (!file.open(QIODevice::ReadOnly))
        return golds;
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
        golds.append(g);
    }
    return golds;
}

// Publication dates from a MANIFEST.tsv with a date_published column (YYYY[-MM[-DD]]).
inline QHash<QString, QDate> publicationDates(const QString &manifestPath)
{
    QHash<QString, QDate> dates;
    QFile f(manifestPath);
    if (!f.open(QIODevice::ReadOnly))
        return dates;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const int column = lines.isEmpty()
        ? -1
        : int(lines.first().split(QLatin1Char('\t')).indexOf(QStringLiteral("date_published")));
    if (column < 0)
        return dates;
    static const QRegularExpression date(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?"));
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() <= column)
            continue;
        const auto m = date.match(cols[column]);
        if (!m.hasMatch())
            continue;
        const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        dates.insert(cols[0], QDate(m.captured(1).toInt(), month, day));
    }
    return dates;
}

// Pairs one document's predictions with its gold items and adds them to `score`. With
// `verbose`, prints every miss, wrong kind/comparator and extra prediction.
inline void scoreDocument(const QString &name, const QString &text, const QList<GoldItem> &golds,
    const QList<ExtractedTarget> &preds, Score &score, bool verbose)
{
    score.predicted += int(preds.size());
    score.gold += int(golds.size());
    QList<bool> used(preds.size(), false);
    for (const GoldItem &g : golds) {
        int found = -1;
        for (int i = 0; i < preds.size() && found < 0; ++i) {
            if (!used[i] && matches(g, preds[i]))
                found = i;
        }
        if (found < 0) {
            if (verbose)
                std::printf("MISS %s: %s %g %s %s %d %s\n", qPrintable(name), qPrintable(g.quote),
                    g.value, qPrintable(g.unit), qPrintable(g.comparator), g.year.value_or(0),
                    qPrintable(g.kind));
            continue;
        }
        used[found] = true;
        ++score.matched;
        const ExtractedTarget &p = preds[found];
        score.kindOk += p.kind == g.kind;
        score.comparatorOk += p.comparator == g.comparator;
        const int gi = kindIndex(g.kind), pi = kindIndex(p.kind);
        if (gi >= 0 && pi >= 0)
            ++score.confusion[size_t(gi)][size_t(pi)];
        if (verbose && (p.kind != g.kind || p.comparator != g.comparator))
            std::printf("WRONG %s: %s kind %s/%s comparator %s/%s %s | %s\n", qPrintable(name),
                qPrintable(g.quote), qPrintable(p.kind), qPrintable(g.kind),
                qPrintable(p.comparator), qPrintable(g.comparator),
                qPrintable(targetReasonToJson(p.reason)), qPrintable(p.sentence.left(80)));
    }
    for (int i = 0; i < preds.size(); ++i) {
        if (used[i] || !verbose)
            continue;
        const ExtractedTarget &p = preds[i];
        std::printf("EXTRA %s: %s %g %s %s %d %s | %s\n", qPrintable(name),
            qPrintable(text.mid(p.quoteStart, p.quoteEnd - p.quoteStart)), p.value,
            qPrintable(p.unit), qPrintable(p.kind), p.year.value_or(0),
            qPrintable(targetReasonToJson(p.reason)), qPrintable(p.sentence.left(80)));
    }
}

// Loads the text of one corpus document (by its .txt name) in the form under test; nullopt when
// that form does not exist.
using TextLoader = std::function<std::optional<QString>(const QString &txtName)>;
using Extract = std::function<QList<ExtractedTarget>(const QString &txtName, const QString &text)>;

// Scores every *.txt of `corpus` that has a .jsonl in `gold`.
inline Score scoreCorpus(const QDir &corpus, const QDir &gold, const TextLoader &load,
    const Extract &extract, bool verbose = qEnvironmentVariableIsSet("POLICYLENS_EVAL_VERBOSE"))
{
    Score score;
    for (const QString &name :
        corpus.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        const QString goldPath = gold.filePath(
            QString(name).replace(QStringLiteral(".txt"), QStringLiteral(".jsonl")));
        if (!QFile::exists(goldPath))
            continue;
        const std::optional<QString> text = load(name);
        if (!text)
            continue;
        scoreDocument(name, *text, loadGold(goldPath), extract(name, *text), score, verbose);
    }
    return score;
}

inline std::optional<QString> readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(f.readAll());
}

// Prints the figures and the confusion matrix (rows: gold kind, columns: predicted kind).
inline void printScore(const char *label, const Score &s)
{
    std::printf("%s: gold %d, predicted %d, matched %d\n"
                "  precision %.3f recall %.3f F1 %.3f kind accuracy %.3f comparator accuracy %.3f\n"
                "  kind confusion (rows gold, columns predicted)\n"
                "  %-10s %9s %9s %9s\n",
        label, s.gold, s.predicted, s.matched, s.precision(), s.recall(), s.f1(), s.kindAccuracy(),
        s.comparatorAccuracy(), "", "target", "incentive", "baseline");
    for (size_t g = 0; g < 3; ++g)
        std::printf("  %-10s %9d %9d %9d\n", qPrintable(kinds()[g]), s.confusion[g][0],
            s.confusion[g][1], s.confusion[g][2]);
    std::fflush(stdout);
}

} // namespace policylens::goldscoring
