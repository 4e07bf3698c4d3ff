#pragma once

#include <QList>
#include <QStringView>

namespace policylens {

struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, includes the closing punctuation
    bool sectionHeading = false; // opens with 一、 or 第X章: ends the scope of a lead-in year
    bool listItem = false; // opens with (一) 1. ① ——
};

// Splits normalized text (see TextNormalizer) into sentences and clause-like units: Chinese and
// English sentence ends, semicolons, colons (a lead-in such as "到2025年，……：" becomes its own
// unit, so its year can be carried to the list after it) and line breaks. Thread-safe.
class SentenceSplitter final
{
public:
    static QList<SentenceSpan> split(QStringView text);
};

} // namespace policylens
