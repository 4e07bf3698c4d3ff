#include "extract/numeralparser.h"

#include "extract/englishnumerals.h"
#include "extract/numeralreader.h"
#include "text/textscan.h"

#include <array>
#include <cstdint>

namespace policylens {

namespace {

using textscan::isAsciiDigit;
using textscan::isAsciiLetter;
using textscan::at;

// 百分之十五, 千分之五, 万分之三: the value in percent; 1, 2, 3 for the prefix, 0 for none.
int perPrefixAt(QStringView text, qsizetype pos)
{
    const QStringView rest = text.mid(pos);
    if (rest.startsWith(u"百分之"))
        return 1;
    if (rest.startsWith(u"千分之"))
        return 2;
    if (rest.startsWith(u"万分之"))
        return 3;
    return 0;
}

// 三分之一 (one of three parts), 3/5: the numeral read so far is the denominator or numerator.
bool readFraction(QStringView text, ParsedNumeral &n)
{
    const qsizetype e = n.end;
    std::optional<ParsedNumeral> other;
    bool chineseOrder = false;
    if (text.mid(e).startsWith(u"分之")) {
        other = NumeralReader(text, e + 2).read();
        chineseOrder = true;
    } else if (at(text, e) == u'/' && n.arabic && !n.chinese && n.value.isInteger()
        && !n.separators && !n.magnitude && at(text, n.start - 1) != u'/'
        && isAsciiDigit(at(text, e + 1))) {
        other = NumeralReader(text, e + 1).read();
        // 2025/3/5 is a date, 3/5.2 not a fraction.
        if (other && (!other->arabic || other->chinese || !other->value.isInteger()
                || other->magnitude || at(text, other->end) == u'/'
                || at(text, other->end) == u'.'))
            other.reset();
    }
    if (!other || other->fraction || other->valueMax)
        return false;
    const Decimal &numerator = chineseOrder ? other->value : n.value;
    const Decimal &denominator = chineseOrder ? n.value : other->value;
    const auto ratio = numerator.divided(denominator);
    if (!ratio)
        return false;
    n.value = *ratio;
    n.end = other->end;
    n.fraction = true;
    n.chinese = n.chinese || other->chinese;
    n.magnitude = false;
    n.approximateInside = n.approximateInside || other->approximateInside;
    n.characters = int(n.end - n.start);
    return true;
}

// 1又1/2, 一又二分之一: a whole number and a proper fraction.
void readMixedNumber(QStringView text, ParsedNumeral &n)
{
    if (at(text, n.end) != u'又' || !n.value.isInteger() || n.fraction)
        return;
    auto part = NumeralReader(text, n.end + 1).read();
    if (!part || !readFraction(text, *part) || !(part->value < Decimal(1)))
        return;
    const auto sum = n.value.added(part->value);
    if (!sum)
        return;
    n.value = *sum;
    n.end = part->end;
    n.fraction = true;
    n.characters = int(n.end - n.start);
}

} // namespace

namespace {

// The Chinese numeral characters (ordinary, financial 大写 and Traditional forms) with the digit
// or the power of ten each stands for: one list behind both lookups.
struct NumeralChar
{
    char16_t c;
    int digit; // -1 for a magnitude
    int power; // 0 for a digit
};

constexpr NumeralChar kNumeralChars[] = { { u'〇', 0, 0 }, { u'零', 0, 0 }, { u'一', 1, 0 },
    { u'壹', 1, 0 }, { u'幺', 1, 0 }, { u'二', 2, 0 }, { u'两', 2, 0 }, { u'兩', 2, 0 },
    { u'贰', 2, 0 }, { u'貳', 2, 0 }, { u'三', 3, 0 }, { u'叁', 3, 0 }, { u'參', 3, 0 },
    { u'四', 4, 0 }, { u'肆', 4, 0 }, { u'五', 5, 0 }, { u'伍', 5, 0 }, { u'六', 6, 0 },
    { u'陆', 6, 0 }, { u'陸', 6, 0 }, { u'七', 7, 0 }, { u'柒', 7, 0 }, { u'八', 8, 0 },
    { u'捌', 8, 0 }, { u'九', 9, 0 }, { u'玖', 9, 0 }, { u'十', -1, 1 }, { u'拾', -1, 1 },
    { u'百', -1, 2 }, { u'佰', -1, 2 }, { u'千', -1, 3 }, { u'仟', -1, 3 }, { u'万', -1, 4 },
    { u'萬', -1, 4 }, { u'亿', -1, 8 }, { u'億', -1, 8 }, { u'兆', -1, 12 } };

const NumeralChar *numeralChar(char16_t c)
{
    // Every numeral character lies in the CJK blocks: the common case is decided at once.
    if (c < 0x4E00)
        return c == u'〇' ? &kNumeralChars[0] : nullptr;
    for (const NumeralChar &n : kNumeralChars) {
        if (n.c == c)
            return &n;
    }
    return nullptr;
}

} // namespace

int NumeralParser::chineseDigit(char16_t c)
{
    const NumeralChar *n = numeralChar(c);
    return n ? n->digit : -1;
}

int NumeralParser::chineseUnitPower(char16_t c)
{
    const NumeralChar *n = numeralChar(c);
    return n ? n->power : 0;
}

namespace {

// One table lookup per character: the scanner looks at every character of a document.
enum StartClass : std::uint8_t { None = 0, Digit = 1, Letter = 2, Chinese = 4, Dot = 8 };

const std::array<std::uint8_t, 0x10000> &startClasses()
{
    static const std::array<std::uint8_t, 0x10000> classes = [] {
        std::array<std::uint8_t, 0x10000> t {};
        for (char16_t c = u'0'; c <= u'9'; ++c)
            t[c] = Digit;
        for (char16_t c = u'a'; c <= u'z'; ++c)
            t[c] = Letter;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            t[c] = Letter;
        t[u'.'] = Dot;
        for (const NumeralChar &n : kNumeralChars)
            t[n.c] = Chinese;
        return t;
    }();
    return classes;
}

bool mayStart(std::uint8_t k, QStringView text, qsizetype pos)
{
    if (k == None)
        return false;
    if (k == Digit)
        return pos == 0 || !isAsciiDigit(text[pos - 1]);
    if (k == Letter)
        return pos == 0 || !isAsciiLetter(text[pos - 1]);
    if (k == Dot) // .77 after a space, a sign or a bracket; never 3.2 or a sentence end
        return pos + 1 < text.size() && isAsciiDigit(text[pos + 1])
            && (pos == 0 || QStringView(u" -(−负").contains(text[pos - 1]));
    return true;
}

} // namespace

bool NumeralParser::mayStartAt(QStringView text, qsizetype pos)
{
    return mayStart(startClasses()[text[pos].unicode()], text, pos);
}

qsizetype NumeralParser::nextStart(QStringView text, qsizetype pos)
{
    const std::array<std::uint8_t, 0x10000> &classes = startClasses();
    for (; pos < text.size(); ++pos) {
        const std::uint8_t k = classes[text[pos].unicode()];
        if (k != None && mayStart(k, text, pos))
            return pos;
    }
    return text.size();
}

std::optional<ParsedNumeral> NumeralParser::parseAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    if (const int prefix = perPrefixAt(text, pos)) {
        auto inner = parseAt(text, pos + 3);
        if (!inner || inner->percentPrefix || inner->fraction)
            return std::nullopt;
        inner->start = pos;
        inner->percentPrefix = prefix;
        inner->value = inner->value.scaled(1 - prefix);
        if (inner->valueMax)
            inner->valueMax = inner->valueMax->scaled(1 - prefix);
        return inner;
    }
    if (isAsciiLetter(text[pos]))
        return englishnumerals::parse(text, pos);
    auto numeral = NumeralReader(text, pos).read();
    if (!numeral)
        return std::nullopt;
    if (!numeral->valueMax && !numeral->digitString && !readFraction(text, *numeral))
        readMixedNumber(text, *numeral);
    return numeral;
}

std::optional<Decimal> NumeralParser::parse(QStringView text)
{
    // A leading sign: -10000, 负3.9, −5 (minus sign).
    const bool negative = !text.isEmpty()
        && QStringView(u"-负負−").contains(text.front());
    const QStringView body = negative ? text.mid(1) : text;
    const auto parsed = parseAt(body, 0);
    if (!parsed || parsed->end != body.size())
        return std::nullopt;
    return negative ? parsed->value.negated() : parsed->value;
}

} // namespace policylens
