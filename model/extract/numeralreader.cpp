#include "extract/numeralreader.h"

#include "extract/arabicdigits.h"
#include "extract/englishnumerals.h"
#include "text/textscan.h"

#include <array>

namespace policylens {

namespace {

using textscan::isAsciiDigit;
using textscan::isAsciiLetter;
using textscan::at;
using textscan::startsWithAt;

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

bool isFinancialDigit(char16_t c)
{
    return QStringView(u"壹贰貳叁參肆伍陆陸柒捌玖拾佰仟").contains(QChar(c));
}

using arabicdigits::exponentAt;
using arabicdigits::readArabic;
using arabicdigits::suffixPower;

} // namespace

NumeralReader::NumeralReader(QStringView text, qsizetype pos)
    : m_text(text)
    , m_pos(pos)
    , m_i(pos)
{
    m_r.start = pos;
}

std::optional<ParsedNumeral> NumeralReader::read()
{
    while (m_i < m_text.size()) {
        const char16_t u = m_text[m_i].unicode();
        Step step = Step::Stop;
        if (isAsciiDigit(QChar(u)) || (u == u'.' && m_i == m_pos)) {
            step = arabic();
        } else if (const int d = NumeralParser::chineseDigit(u); d >= 0) {
            step = digit(u, d);
        } else if (const int power = NumeralParser::chineseUnitPower(u); power > 0) {
            if (!unitAllowed(power))
                break;
            if (isFinancialDigit(u))
                m_r.financial = true;
            step = power < 4 ? smallUnit(power) : bigUnit(power);
        } else if (u == u'点' || u == u'點') {
            step = point();
        }
        if (step == Step::Fail)
            return std::nullopt;
        if (step == Step::Stop)
            break;
    }
    return finish();
}

NumeralReader::Step NumeralReader::arabic()
{
    if (m_haveNumber || (m_r.chinese && !m_lastWasUnit))
        return Step::Stop;
    const qsizetype end = readArabic(m_text, m_i, &m_r, &m_number);
    if (end == m_i)
        return Step::Stop;
    m_haveNumber = true;
    m_onlyChineseDigits = false;
    m_digitRightAfterUnit = false;
    m_lastWasUnit = false;
    m_i = end;
    // 2000余亿元, 30多万人: the figure is a floor.
    skipApproximateMark();
    if (!m_r.chinese && !m_anyUnit && arabicSuffix())
        return Step::Stop;
    return Step::Next;
}

// 1.2e5, 40k, 2.5M, 300 billion: a Latin suffix ends the figure.
bool NumeralReader::arabicSuffix()
{
    const bool identifier = isAsciiLetter(at(m_text, m_pos - 1)); // H100, A800
    int exponent = 0;
    const qsizetype exponentEnd = identifier ? m_i : exponentAt(m_text, m_i, &exponent);
    if (exponentEnd > m_i) {
        m_number = m_number.scaled(exponent);
        m_r.scientific = true; // not a magnitude word: 1.5E3 under the column 亿元 is 1500亿
        m_i = exponentEnd;
        return true;
    }
    qsizetype length = 0;
    const int power = identifier ? 0 : suffixPower(m_text, m_i, &length);
    // 4K and 8K are display resolutions and 5G a network: k wants a figure of two digits or a
    // fraction (40k), G a fraction (.0012G).
    const bool fraction = !m_number.isInteger();
    const bool plausible = at(m_text, m_i) == u'G' ? fraction
                                                       : (power != 3 || fraction || m_number.toDouble() >= 10);
    if (power > 0 && plausible) {
        m_number = m_number.scaled(power);
        m_r.scalePower = power;
        m_r.magnitude = true;
        m_i += length;
        return true;
    }
    if (at(m_text, m_i) != u' ')
        return false;
    qsizetype wordEnd = 0;
    const englishnumerals::Word *word = englishnumerals::wordAt(m_text, m_i + 1, &wordEnd);
    if (!word || word->kind < 2)
        return false;
    const int scale = word->kind == 2 ? 2 : word->value;
    m_number = m_number.scaled(scale);
    m_r.scalePower = scale;
    m_r.magnitude = true;
    m_r.english = true;
    m_i = wordEnd;
    return true;
}

NumeralReader::Step NumeralReader::digit(char16_t u, int value)
{
    if (isFinancialDigit(u))
        m_r.financial = true;
    if (value == 0 && (m_anyUnit || !m_haveNumber))
        return zero(u);
    if (m_haveNumber) {
        if (!m_onlyChineseDigits || !m_r.chinese)
            return Step::Stop;
        // 一两家, 三四十万, and the idiomatic 三五个: neighbouring digits are a range, not a
        // digit string.
        const QChar next = at(m_text, m_i + 1);
        const bool neighbours
            = value == m_digitString + 1 || (m_digitString == 3 && value == 5);
        if (m_digitCount == 1 && !m_anyUnit && m_digitString >= 1 && neighbours
            && NumeralParser::chineseDigit(next.unicode()) < 0 && next != u'点' && next != u'折') {
            m_rangeDigitAt = m_i;
            m_number = Decimal(value);
            m_onlyChineseDigits = false;
            ++m_i;
            return Step::Next;
        }
        if (m_digitString > 99999999)
            return Step::Stop;
        m_digitString = m_digitString * 10 + value; // 二〇二五 read digit by digit
        m_number = Decimal(m_digitString);
        m_r.digitString = true;
        ++m_digitCount;
        ++m_i;
        return Step::Next;
    }
    m_number = Decimal(value);
    m_digitString = value;
    m_digitCount = 1;
    m_haveNumber = true;
    m_r.chinese = true;
    m_digitRightAfterUnit = m_lastWasUnit && !m_sawZero;
    m_lastWasUnit = false;
    ++m_i;
    return Step::Next;
}

NumeralReader::Step NumeralReader::zero(char16_t)
{
    if (!m_anyUnit && !m_haveNumber) {
        // A lone 零 is a numeral in 零点五 or on its own, a word in 零部件.
        const QChar next = at(m_text, m_i + 1);
        if (next == u'点' || next == u'點' || next.isNull() || next.unicode() < 0x3000) {
            m_number = Decimal();
            m_haveNumber = true;
            m_digitCount = 1;
            m_r.chinese = true;
            ++m_i;
            return Step::Next;
        }
        if (NumeralParser::chineseDigit(next.unicode()) < 0)
            return Step::Stop;
    }
    m_sawZero = true;
    m_r.chinese = true;
    ++m_i;
    return Step::Next;
}

bool NumeralReader::unitAllowed(int power) const
{
    if (unitStartsAt(m_text, m_i) || m_r.digitString)
        return false;
    if (power != 12 || !m_r.arabic || m_r.chinese)
        return true;
    // 兆 is 10^12 in Traditional-script finance (新台币5兆元) and in Chinese numerals (五兆);
    // after Arabic digits elsewhere it is mega (100兆宽带), which the unit matcher reads.
    const qsizetype next = m_i + 1;
    const QChar c = at(m_text, next);
    if (c.isNull() || NumeralParser::chineseDigit(c.unicode()) >= 0
        || NumeralParser::chineseUnitPower(c.unicode()) > 0)
        return true;
    for (const QStringView currency : { QStringView(u"元"), QStringView(u"圆"),
             QStringView(u"美元"), QStringView(u"日元"), QStringView(u"台币"),
             QStringView(u"新台币"), QStringView(u"人民币"), QStringView(u"港元"),
             QStringView(u"港币"), QStringView(u"欧元"), QStringView(u"韩元") }) {
        if (startsWithAt(m_text, next, currency))
            return true;
    }
    return false;
}

// 百亿元, 上万家, 近千人, 百余家: 百/千/万 standing for 一百/一千/一万.
bool NumeralReader::impliedOne(int power) const
{
    if (m_i != m_pos)
        return false;
    const QChar next = at(m_text, m_i + 1);
    if (power < 4 && NumeralParser::chineseUnitPower(next.unicode()) >= 4) {
        // Only before a currency, so 千行百业 and 百花齐放 stay words.
        const qsizetype c = m_i + 2;
        if (at(m_text, c) == u'元' || startsWithAt(m_text, c, u"美元")
            || startsWithAt(m_text, c, u"人民币"))
            return true;
    }
    if (next == u'余' || next == u'多')
        return true;
    return QStringView(u"上近逾超破").contains(at(m_text, m_pos - 1));
}

void NumeralReader::skipApproximateMark()
{
    // 一千多万元, 二十几万, 30多万: the mark between two magnitudes makes the figure a floor.
    const QChar mark = at(m_text, m_i);
    if ((mark == u'多' || mark == u'余' || mark == u'几')
        && NumeralParser::chineseUnitPower(at(m_text, m_i + 1).unicode()) >= 4) {
        ++m_i;
        m_r.approximateInside = true;
    }
}

// After a magnitude character (十百千 or 万亿): a new number may follow it.
NumeralReader::Step NumeralReader::continueAfterUnit(int power)
{
    m_lastUnitPower = power;
    m_number = Decimal();
    m_haveNumber = false;
    m_anyUnit = m_lastWasUnit = m_r.chinese = true;
    m_sawZero = m_onlyChineseDigits = false;
    ++m_i;
    skipApproximateMark();
    return Step::Next;
}

NumeralReader::Step NumeralReader::smallUnit(int power)
{
    if (m_decimal)
        return Step::Stop;
    if (!m_haveNumber && power > 1 && m_section.isZero() && m_total.isZero() && !impliedOne(power))
        return Step::Stop;
    if (m_r.arabic && m_haveNumber && m_total.isZero() && m_section.isZero())
        m_r.scalePower += power;
    const Decimal base = m_haveNumber ? m_number : Decimal(1);
    const auto sum = m_section.added(base.scaled(power));
    if (!sum)
        return Step::Fail;
    m_section = *sum;
    if (m_r.arabic)
        m_r.magnitude = true;
    return continueAfterUnit(power);
}

NumeralReader::Step NumeralReader::bigUnit(int power)
{
    auto cur = m_section.added(m_number);
    if (!cur)
        return Step::Fail;
    if (cur->isZero() && !m_haveNumber) {
        if (m_lastWasUnit && m_lastUnitPower == power) {
            // 万万 = 亿, 亿亿 = 10^16: the magnitude applies twice.
            m_total = m_total.scaled(power);
            m_maxBig += power;
            m_r.scalePower += power;
            ++m_i;
            return Step::Next;
        }
        if (m_total.isZero() && !impliedOne(power))
            return Step::Stop; // 万物: a magnitude with nothing to scale
        if (m_total.isZero())
            cur = Decimal(1);
    }
    if (power > m_maxBig) {
        const auto sum = m_total.added(*cur);
        if (!sum)
            return Step::Fail;
        m_total = sum->scaled(power);
        m_maxBig = power;
        m_r.scalePower += power;
    } else {
        const auto sum = m_total.added(cur->scaled(power));
        if (!sum)
            return Step::Fail;
        m_total = *sum;
    }
    m_section = Decimal();
    m_r.magnitude = true;
    return continueAfterUnit(power);
}

// 十点二三三, 两千三点一, 一百二十点五, 一点二亿: a decimal point in Chinese numerals.
NumeralReader::Step NumeralReader::point()
{
    if (!m_r.chinese || m_r.arabic || m_decimal || m_r.digitString)
        return Step::Stop;
    if (!m_haveNumber && !(m_lastWasUnit && m_lastUnitPower < 4))
        return Step::Stop;
    qsizetype j = m_i + 1;
    std::int64_t fraction = 0;
    int places = 0;
    while (j < m_text.size() && NumeralParser::chineseDigit(m_text[j].unicode()) >= 0
        && places < 12) {
        fraction = fraction * 10 + NumeralParser::chineseDigit(m_text[j].unicode());
        ++places;
        ++j;
    }
    if (places == 0)
        return Step::Stop;
    // 十点二十分 is a time of day: digits followed by 十/百/千 are not a decimal fraction.
    const int next = NumeralParser::chineseUnitPower(at(m_text, j).unicode());
    if (next > 0 && next < 4)
        return Step::Stop;
    const auto whole = m_section.added(trailingDigitValue());
    const auto sum = whole ? whole->added(Decimal(fraction, -places)) : std::nullopt;
    if (!sum)
        return Step::Fail;
    m_section = Decimal();
    m_number = *sum;
    m_haveNumber = m_decimal = true;
    m_digitRightAfterUnit = m_lastWasUnit = m_onlyChineseDigits = false;
    m_i = j;
    return Step::Next;
}

// 一万五 = 15000, 三百五 = 350: a trailing digit right after 百/千/万 is one step below it.
Decimal NumeralReader::trailingDigitValue() const
{
    if (m_haveNumber && m_digitRightAfterUnit && m_lastUnitPower >= 2 && !m_r.arabic)
        return m_number.scaled(m_lastUnitPower - 1);
    return m_number;
}

std::optional<Decimal> NumeralReader::rangeLow() const
{
    QString lower = m_text.mid(m_pos, m_i - m_pos).toString();
    lower.remove(m_rangeDigitAt - m_pos, 1);
    const auto low = NumeralReader(lower, 0).read();
    if (!low || low->end != lower.size())
        return std::nullopt;
    return low->value;
}

std::optional<ParsedNumeral> NumeralReader::finish()
{
    if (m_i == m_pos || (!m_haveNumber && !m_anyUnit))
        return std::nullopt;
    const auto partial = m_total.added(m_section);
    const auto value = partial ? partial->added(trailingDigitValue()) : std::nullopt;
    if (!value)
        return std::nullopt;
    m_r.value = *value;
    m_r.characters = int(m_i - m_pos);
    if (m_rangeDigitAt >= 0) {
        const auto low = rangeLow();
        if (low && *low < m_r.value) {
            m_r.valueMax = m_r.value;
            m_r.value = *low;
        }
    }
    // 十几, 百余, 三十多, 3500多: a mark after the figure makes it a floor (not 余额, 多元化).
    const QChar mark = at(m_text, m_i);
    const bool afterUnit = m_lastWasUnit && !m_haveNumber;
    const bool afterFigure = m_r.arabic && m_haveNumber && m_number.isInteger()
        && m_number.toDouble() >= 10 && !m_r.magnitude;
    if ((((mark == u'多' || mark == u'余') && (afterUnit || afterFigure))
            || (mark == u'几' && afterUnit && m_lastUnitPower < 4))
        && !QStringView(u"额量粮").contains(at(m_text, m_i + 1))
        && !(at(m_text, m_i + 1) == u'元' && at(m_text, m_i + 2) == u'化')) {
        m_r.approximateInside = true;
        ++m_i;
    }
    m_r.end = m_i;
    return m_r;
}

} // namespace policylens
