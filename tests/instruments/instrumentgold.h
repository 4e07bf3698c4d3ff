#pragma once

#include "instruments/instrumentcoder.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

// Scoring of sentence-level instrument codings against ../shared/instruments/dev (format and
// rules in ../shared/instruments/README.md): each gold sentence spans from its quote to the next
// one's; a predicted sentence counts for the span it starts in.
namespace instrumentgold {

struct GoldSentence
{
    QString quote;
    QSet<QString> codes;
    qsizetype start = -1; // UTF-16 offset in the document, -1 if the quote was not found
};

struct GoldDocument
{
    QString name;
    QString text;
    QList<GoldSentence> sentences;
};

struct CodeCounts
{
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct Score
{
    CodeCounts micro;
    QMap<QString, CodeCounts> perCode;
    int sentences = 0;
    int sidesRight = 0;
    QMap<QString, QMap<QString, int>> missedWith; // gold code missed → code predicted instead
    QStringList errors; // one line per wrong span, for reading

    double sideAccuracy() const { return sentences ? double(sidesRight) / sentences : 0; }
};

// Loads every dev document whose text is found; `missing` lists gold files without text.
QList<GoldDocument> loadDev(const QString &sharedDir, QStringList *missing);

// A coding function: the codings of one document's text.
using Coder = std::function<QList<policylens::SentenceCoding>(const QString &)>;

Score score(const QList<GoldDocument> &docs, const Coder &coder);
void print(const char *title, const Score &s);

} // namespace instrumentgold
