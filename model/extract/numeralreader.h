#pragma once

#include "extract/numeralparser.h"

namespace policylens {

// The state machine behind NumeralParser::parseAt for one numeral in Arabic digits, Chinese
// numerals (小写 and 大写) or a mix (3千万, 5亿3千万), with Chinese decimals (十点二三三),
// approximate marks between magnitudes (一千多万, 二十几万), neighbouring-digit ranges (三五个)
// and Arabic suffixes (40k, 2.5M, 1.2e5, 300 billion). Prefixes (百分之) and fractions (三分之一)
// are NumeralParser's. One reader per numeral; internal to the extract layer.
class NumeralReader final
{
public:
    NumeralReader(QStringView text, qsizetype pos);
    std::optional<ParsedNumeral> read();

private:
    enum class Step { Next, Stop, Fail };
    Step arabic();
    bool arabicSuffix();
    Step digit(char16_t u, int value);
    Step zero(char16_t u);
    Step smallUnit(int power);
    Step bigUnit(int power);
    Step continueAfterUnit(int power);
    Step point();
    bool unitAllowed(int power) const;
    bool impliedOne(int power) const;
    void skipApproximateMark();
    Decimal trailingDigitValue() const;
    std::optional<ParsedNumeral> finish();
    std::optional<Decimal> rangeLow() const;

    QStringView m_text;
    qsizetype m_pos;
    qsizetype m_i;
    ParsedNumeral m_r;
    Decimal m_total;
    Decimal m_section;
    Decimal m_number;
    bool m_haveNumber = false;
    bool m_onlyChineseDigits = true; // so far only 一二三〇: a digit string like 二〇二五
    bool m_anyUnit = false;
    bool m_sawZero = false;
    bool m_digitRightAfterUnit = false;
    bool m_lastWasUnit = false;
    bool m_decimal = false;
    int m_maxBig = 0;
    int m_lastUnitPower = 0;
    int m_digitCount = 0;
    std::int64_t m_digitString = 0;
    qsizetype m_rangeDigitAt = -1;
};

} // namespace policylens
