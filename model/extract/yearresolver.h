#pragma once

#include <QList>
#include <QStringView>

namespace policylens {

struct YearMention
{
    enum Type {
        Deadline, // 到2025年, 2023年底前, by 2025, 2023—2025年, "十四五"末 (still ahead)
        AsOf, // 截至2022年底
        Plain, // 2020年，… : past or future depends on the document's date
        PastPeriod, // "十三五"期间 in a later document
    };
    qsizetype start = 0; // offsets into the text given to find()
    qsizetype end = 0;
    int year = 0;
    Type type = Plain;
};

// Finds the years a sentence is about, in normalized text. Years inside titles 《》, document
// numbers 〔2023〕, parenthesized periods (2023—2025年) and full dates (2025年6月13日) are not
// counted. documentYear (0 if unknown) resolves 今年/明年/去年 and five-year-plan periods.
class YearResolver final
{
public:
    static QList<YearMention> find(QStringView text, int documentYear);
    // The year a document was probably issued, from a date line or its document number; 0 if none.
    static int guessDocumentYear(QStringView text);
};

} // namespace policylens
