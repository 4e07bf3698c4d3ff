#include "review/selectionguess.h"

#include <QRegularExpression>

namespace policylens {

namespace {

bool endsSentence(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF1B)
        || c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QLatin1Char(';');
}

// The sentence around the quote: back to the previous sentence end, forward past the next
// one (a line break stays outside), leading spaces dropped.
void setSentence(TargetRecord &in, const QString &body)
{
    const int size = static_cast<int>(body.size());
    int start = in.quoteStart;
    while (start > 0 && !endsSentence(body.at(start - 1)))
        --start;
    int end = in.quoteEnd;
    while (end < size && !endsSentence(body.at(end)))
        ++end;
    if (end < size && body.at(end) != QLatin1Char('\n'))
        ++end;
    while (start < end && body.at(start).isSpace())
        ++start;
    in.start = start;
    in.end = end;
    in.sentence = body.mid(start, end - start);
}

// The multiplier of a Chinese scale word before the unit (万亿, 亿 ...) times that of an
// English one in the unit's place (billion ...); 1 for none.
double scaleOf(const QString &scale, const QString &unit)
{
    double factor = 1;
    if (scale == QStringLiteral("万亿"))
        factor = 1e12;
    else if (scale == QStringLiteral("亿"))
        factor = 1e8;
    else if (scale == QStringLiteral("万"))
        factor = 1e4;
    else if (scale == QStringLiteral("千"))
        factor = 1e3;
    else if (scale == QStringLiteral("百"))
        factor = 1e2;
    if (unit == QLatin1String("billion"))
        factor *= 1e9;
    else if (unit == QLatin1String("million"))
        factor *= 1e6;
    else if (unit == QLatin1String("trillion"))
        factor *= 1e12;
    return factor;
}

// Sets unit and counter from the word after the number; returns a further multiplier (EFLOPS
// are stored as PFLOPS).
double setUnit(TargetRecord &in, const QString &unit, const QString &selected)
{
    if (unit == QStringLiteral("元") || selected.contains(QLatin1String("yuan")))
        in.unit = QStringLiteral("CNY");
    else if (unit == QStringLiteral("美元"))
        in.unit = QStringLiteral("USD");
    else if (unit == QLatin1String("%") || unit == QStringLiteral("％"))
        in.unit = QStringLiteral("percent");
    else if (unit == QStringLiteral("个百分点"))
        in.unit = QStringLiteral("percentage_point");
    else if (unit == QLatin1String("P") || unit == QLatin1String("PFLOPS"))
        in.unit = QStringLiteral("PFLOPS");
    else if (unit == QLatin1String("E") || unit == QLatin1String("EFLOPS")) {
        in.unit = QStringLiteral("PFLOPS");
        return 1000;
    } else if (unit == QStringLiteral("倍"))
        in.unit = QStringLiteral("times");
    else if (!unit.isEmpty() && unit.at(0).unicode() > 0x2E80) {
        in.unit = QStringLiteral("count");
        in.counter = unit;
    }
    return 1;
}

} // namespace

TargetRecord SelectionGuess::guess(
    qint64 documentId, const QString &body, int selectionStart, int selectionEnd)
{
    TargetRecord in;
    in.documentId = documentId;
    const int size = static_cast<int>(body.size());
    selectionStart = qBound(0, selectionStart, size);
    selectionEnd = qBound(selectionStart, selectionEnd, size);
    in.quoteStart = selectionStart;
    in.quoteEnd = selectionEnd;
    setSentence(in, body);

    const QString selected = body.mid(selectionStart, selectionEnd - selectionStart);
    static const QRegularExpression number(QStringLiteral(
        R"((\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|万|千|百)?\s*(元|美元|%|％|个百分点|P|PFLOPS|E|EFLOPS|家|个|项|人|名|所|座|台|款|套|倍|billion|million|trillion)?)"));
    const QRegularExpressionMatch m = number.match(selected);
    if (!m.hasMatch())
        return in;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(','));
    const QString unit = m.captured(3);
    double value = digits.toDouble() * scaleOf(m.captured(2), unit);
    value *= setUnit(in, unit, selected);
    in.value = value;
    static const QRegularExpression year(QStringLiteral(R"((20\d\d)\s*年)"));
    const QRegularExpressionMatch y = year.match(in.sentence);
    if (y.hasMatch())
        in.year = y.captured(1).toInt();
    return in;
}

} // namespace policylens
