#include "extract/numeralparser.h"

#include "extract/englishnumerals.h"

#include <array>
#include <cstdint>

namespace policylens {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

// Units that begin with a magnitude character: 5000千万亿次 is 5000 PFLOPS, not 5×10^18;
// 3千米 is three kilometres.
constexpr std::array<std::u16string_view, 12> kUnitsStartingWithMagnitude
    = { u"千万亿次", u"百亿亿次", u"亿亿次", u"万亿次", u"千米", u"千瓦", u"千克", u"千兆", u"兆瓦",
          u"兆字节", u"百分点", u"千分点" };

bool unitStartsAt(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i);
    for (const auto unit : kUnitsStartingWithMagnitude) {
        if (rest.startsWith(QStringView(unit.data(), qsizetype(unit.size()))))
            return true;
    }
    return false;
}

qsizetype readArabic(QStringView text, qsizetype pos, ParsedNumeral *out, Decimal *value)
{
    qsizetype i = pos;
    QString digits;
    while (i < text.size() && isAsciiDigit(text[i]))
        digits += text[i++];
    if (digits.isEmpty())
        return pos;
    // Thousands separators only in groups of exactly three, so "1,2" stays a list.
    while (at(text, i) == QLatin1Char(',') && isAsciiDigit(at(text, i + 1))
        && isAsciiDigit(at(text, i + 2)) && isAsciiDigit(at(text, i + 3))
        && !isAsciiDigit(at(text, i + 4)) && digits.size() <= 3 + 4 * 3) {
        digits += text.mid(i + 1, 3);
        out->separators = true;
        i += 4;
    }
    // PDF text and some English documents group thousands with a space: 1 000, 12 500 000.
    while (!out->separators && digits.size() <= 3 && at(text, i) == QLatin1Char(' ')
        && isAsciiDigit(at(text, i + 1)) && isAsciiDigit(at(text, i + 2))
        && isAsciiDigit(at(text, i + 3)) && !isAsciiDigit(at(text, i + 4))) {
        digits += text.mid(i + 1, 3);
        i += 4;
        while (at(text, i) == QLatin1Char(' ') && isAsciiDigit(at(text, i + 1))
            && isAsciiDigit(at(text, i + 2)) && isAsciiDigit(at(text, i + 3))
            && !isAsciiDigit(at(text, i + 4))) {
            digits += text.mid(i + 1, 3);
            i += 4;
        }
        out->separators = true;
    }
    out->arabicIntegerDigits = int(digits.size());
    if (at(text, i) == QLatin1Char('.') && isAsciiDigit(at(text, i + 1))) {
        digits += QLatin1Char('.');
        ++i;
        while (i < text.size() && isAsciiDigit(text[i]))
            digits += text[i++];
    }
    const auto parsed = Decimal::fromString(digits);
    if (!parsed)
        return pos;
    *value = *parsed;
    out->arabic = true;
    return i;
}

bool isFinancialDigit(char16_t c)
{
    switch (c) {
    case u'壹':
    case u'贰':
    case u'貳':
    case u'叁':
    case u'參':
    case u'肆':
    case u'伍':
    case u'陆':
    case u'陸':
    case u'柒':
    case u'捌':
    case u'玖':
    case u'拾':
    case u'佰':
    case u'仟':
        return true;
    default:
        return false;
    }
}

} // namespace

int NumeralParser::chineseDigit(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
    case u'壹':
        return 1;
    case u'二':
    case u'两':
    case u'兩':
    case u'贰':
    case u'貳':
        return 2;
    case u'三':
    case u'叁':
    case u'參':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
    case u'陸':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

int NumeralParser::chineseUnitPower(char16_t c)
{
    switch (c) {
    case u'十':
    case u'拾':
        return 1;
    case u'百':
    case u'佰':
        return 2;
    case u'千':
    case u'仟':
        return 3;
    case u'万':
    case u'萬':
        return 4;
    case u'亿':
    case u'億':
        return 8;
    case u'兆':
        return 12;
    default:
        return 0;
    }
}

bool NumeralParser::mayStartAt(QStringView text, qsizetype pos)
{
    // One table lookup per character: the scanner calls this for every character of a document.
    enum : std::uint8_t { None = 0, Digit = 1, Letter = 2, Chinese = 4 };
    static const std::array<std::uint8_t, 0x10000> classes = [] {
        std::array<std::uint8_t, 0x10000> t {};
        for (char16_t c = u'0'; c <= u'9'; ++c)
            t[c] = Digit;
        for (char16_t c = u'a'; c <= u'z'; ++c)
            t[c] = Letter;
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            t[c] = Letter;
        for (std::uint32_t c = 0x80; c < 0x10000; ++c) {
            if (chineseDigit(char16_t(c)) >= 0 || chineseUnitPower(char16_t(c)) > 0)
                t[c] = Chinese;
        }
        return t;
    }();
    const std::uint8_t k = classes[text[pos].unicode()];
    if (k == None)
        return false;
    if (k == Digit)
        return pos == 0 || !isAsciiDigit(text[pos - 1]);
    if (k == Letter)
        return pos == 0 || !isAsciiLetter(text[pos - 1]);
    return true;
}

std::optional<ParsedNumeral> NumeralParser::parseAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    const QStringView rest = text.mid(pos);
    if (rest.startsWith(u"百分之") || rest.startsWith(u"千分之")) {
        auto inner = parseAt(text, pos + 3);
        if (!inner || inner->percentPrefix)
            return std::nullopt;
        inner->start = pos;
        inner->percentPrefix = rest.startsWith(u"百分之") ? 1 : 2;
        if (inner->percentPrefix == 2)
            inner->value = inner->value.scaled(-1);
        return inner;
    }
    if (isAsciiLetter(text[pos]))
        return englishnumerals::parse(text, pos);

    ParsedNumeral result;
    result.start = pos;
    Decimal total;
    Decimal section;
    Decimal number;
    bool haveNumber = false;
    bool onlyChineseDigits = true; // so far only 一二三〇: a digit string like 二〇二五
    bool anyUnit = false;
    bool sawZero = false;
    bool digitRightAfterUnit = false;
    bool lastWasUnit = false;
    int maxBig = 0;
    int lastUnitPower = 0;
    std::int64_t digitString = 0;
    qsizetype i = pos;
    auto overflow = [] { return std::optional<ParsedNumeral>(); };

    while (i < text.size()) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            if (haveNumber || (result.chinese && !lastWasUnit))
                break;
            const qsizetype end = readArabic(text, i, &result, &number);
            if (end == i)
                break;
            haveNumber = true;
            onlyChineseDigits = false;
            digitRightAfterUnit = false;
            lastWasUnit = false;
            i = end;
            // 2000余亿元, 30多万人: the figure is a floor.
            if ((at(text, i) == u'多' || at(text, i) == u'余')
                && chineseUnitPower(at(text, i + 1).unicode()) >= 4) {
                ++i;
                result.approximateInside = true;
            }
            // 300 billion, 1.2 trillion
            if (!result.chinese && !anyUnit && at(text, i) == QLatin1Char(' ')) {
                qsizetype wordEnd = 0;
                const englishnumerals::Word *word = englishnumerals::wordAt(text, i + 1, &wordEnd);
                if (word && word->kind >= 2) {
                    number = number.scaled(word->kind == 2 ? 2 : word->value);
                    result.scalePower = word->kind == 2 ? 2 : word->value;
                    result.magnitude = true;
                    result.english = true;
                    i = wordEnd;
                    break;
                }
            }
            continue;
        }
        const char16_t u = c.unicode();
        const int digit = chineseDigit(u);
        if (digit >= 0) {
            if (isFinancialDigit(u))
                result.financial = true;
            if (digit == 0 && (anyUnit || !haveNumber)) {
                if (!anyUnit && !haveNumber) {
                    // A lone 零 is a numeral in 零点五 or on its own, a word in 零部件.
                    const QChar next = at(text, i + 1);
                    if (next == u'点' || next == u'點' || next.isNull()
                        || next.unicode() < 0x3000) {
                        number = Decimal();
                        haveNumber = true;
                        result.chinese = true;
                        ++i;
                        continue;
                    }
                    if (chineseDigit(next.unicode()) < 0)
                        break;
                }
                sawZero = true;
                result.chinese = true;
                ++i;
                continue;
            }
            if (haveNumber) {
                if (!onlyChineseDigits || !result.chinese)
                    break;
                if (digitString > 99999999)
                    break;
                digitString = digitString * 10 + digit; // 二〇二五 read digit by digit
                number = Decimal(digitString);
                result.digitString = true;
                ++i;
                continue;
            }
            number = Decimal(digit);
            digitString = digit;
            haveNumber = true;
            result.chinese = true;
            digitRightAfterUnit = lastWasUnit && !sawZero;
            lastWasUnit = false;
            ++i;
            continue;
        }
        const int power = chineseUnitPower(u);
        if (power > 0) {
            if (unitStartsAt(text, i) || result.digitString)
                break;
            if (isFinancialDigit(u))
                result.financial = true;
            if (power < 4) {
                // 百亿元, 千万元: an implied 一 before 百/千, but only directly before a magnitude
                // and a currency, so 千行百业 and 百花齐放 stay words.
                const bool impliedOne = i == pos && chineseUnitPower(at(text, i + 1).unicode()) >= 4
                    && (at(text, i + 2) == u'元' || text.mid(i + 2).startsWith(u"美元")
                        || text.mid(i + 2).startsWith(u"人民币"));
                if (!haveNumber && power > 1 && section.isZero() && total.isZero() && !impliedOne)
                    break;
                if (result.arabic && haveNumber && total.isZero() && section.isZero())
                    result.scalePower += power;
                const Decimal base = haveNumber ? number : Decimal(1);
                const auto add = base.scaled(power);
                const auto sum = section.added(add);
                if (!sum)
                    return overflow();
                section = *sum;
            } else {
                const auto cur = section.added(number);
                if (!cur)
                    return overflow();
                if (cur->isZero() && total.isZero() && !haveNumber)
                    break; // 万物: a magnitude with nothing to scale
                if (power > maxBig) {
                    const auto sum = total.added(*cur);
                    if (!sum)
                        return overflow();
                    total = sum->scaled(power);
                    maxBig = power;
                    result.scalePower += power;
                } else {
                    const auto sum = total.added(cur->scaled(power));
                    if (!sum)
                        return overflow();
                    total = *sum;
                }
                section = Decimal();
                result.magnitude = true;
            }
            if (result.arabic)
                result.magnitude = true;
            number = Decimal();
            haveNumber = false;
            anyUnit = true;
            lastWasUnit = true;
            sawZero = false;
            onlyChineseDigits = false;
            lastUnitPower = power;
            result.chinese = true;
            ++i;
            // 一千多万元: "多" between two magnitudes only makes the figure approximate.
            const QChar next = at(text, i);
            if ((next == u'多' || next == u'余')
                && chineseUnitPower(at(text, i + 1).unicode()) >= 4) {
                ++i;
                result.approximateInside = true;
            }
            continue;
        }
        if ((u == u'点' || u == u'點') && haveNumber && result.chinese && !result.arabic
            && chineseDigit(at(text, i + 1).unicode()) >= 0) {
            qsizetype j = i + 1;
            std::int64_t fraction = 0;
            int places = 0;
            while (j < text.size() && chineseDigit(text[j].unicode()) >= 0 && places < 12) {
                fraction = fraction * 10 + chineseDigit(text[j].unicode());
                ++places;
                ++j;
            }
            const auto sum = number.added(Decimal(fraction, -places));
            if (!sum)
                return overflow();
            number = *sum;
            onlyChineseDigits = false;
            i = j;
            continue;
        }
        break;
    }
    if (i == pos || (!haveNumber && !anyUnit))
        return std::nullopt;
    // 一万五 = 15000, 三百五 = 350: a trailing digit right after 百/千/万 is one step below it.
    if (haveNumber && digitRightAfterUnit && lastUnitPower >= 2 && !result.arabic)
        number = number.scaled(lastUnitPower - 1);
    const auto partial = total.added(section);
    if (!partial)
        return std::nullopt;
    const auto value = partial->added(number);
    if (!value)
        return std::nullopt;
    result.value = *value;
    result.end = i;
    result.characters = int(i - pos);
    return result;
}

std::optional<Decimal> NumeralParser::parse(QStringView text)
{
    const auto parsed = parseAt(text, 0);
    if (!parsed || parsed->end != text.size())
        return std::nullopt;
    return parsed->value;
}

} // namespace policylens
