// Fuzz target: the numeral parser and the quantity finder on arbitrary text (the bytes read as
// UTF-8, invalid sequences becoming U+FFFD the way a decoder's output never would, which only
// widens what is tried). Spans must stay inside the text and be ordered.
#include "extract/numeralparser.h"
#include "extract/quantityfinder.h"
#include "fuzzsupport.h"

#include <QString>

using namespace policylens;
using policylens::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // the parsers are linear; long inputs only slow the search down
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        if (!NumeralParser::mayStartAt(text, pos))
            continue;
        const std::optional<ParsedNumeral> numeral = NumeralParser::parseAt(text, pos);
        if (numeral) {
            check(numeral->start == pos, "numeral starts where asked");
            check(numeral->end > numeral->start && numeral->end <= text.size(),
                "numeral span inside the text");
        }
    }
    (void)NumeralParser::parse(text);
    for (const FoundQuantity &q : findQuantities(text)) {
        check(q.start >= 0 && q.start <= q.end && q.end <= text.size(),
            "quantity span inside the text");
        check(q.text == text.mid(q.start, q.end - q.start), "quantity text is its span");
    }
    return 0;
}
