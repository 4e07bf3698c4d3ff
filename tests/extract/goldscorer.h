#pragma once

// A minimal scorer following ../shared/gold/README.md ("Scoring"): predictions and gold items of a
// document are paired one to one; a pair matches on unit, value (0.1%), value_max where gold has
// one, and year where gold has one. Quote text is never compared, so a gold set written against
// the plain text scores a PDF or DOCX of the same document unchanged.
#include "extract/extractedtarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace policylens::test {

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

struct Tally
{
    int predicted = 0;
    int gold = 0;
    int matched = 0;
    int kindOk = 0;
    int comparatorOk = 0;

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

// The items of one gold .jsonl file (empty when it does not exist).
QList<GoldItem> loadGold(const QString &jsonlPath);

// Pairs one document's predictions with its gold items and adds the result to *tally. With
// `verbose`, misses and extras are printed with `label` and the text they came from.
void scoreDocument(const QList<GoldItem> &gold, const QList<ExtractedTarget> &predicted,
    const QString &text, const QString &label, bool verbose, Tally *tally);

} // namespace policylens::test
