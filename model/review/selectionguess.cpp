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

} // namespace

ManualTargetInput SelectionGuess::guess(
    qint64 documentId, const QString &body, int selectionStart, int selectionEnd)
{
    ManualTargetInput in;
    in.documentId = documentId;
    const int size = static_cast<int>(body.size());
    selectionStart = qBound(0, selectionStart, size);
    selectionEnd = qBound(selectionStart, selectionEnd, size);
    in.quoteStart = selectionStart;
    in.quoteEnd = selectionEnd;

    int start = selectionStart;
    while (start > 0 && !endsSentence(body.at(start - 1)))
        --start;
    int end = selectionEnd;
    while (end < size && !endsSentence(body.at(end)))
        ++end;
    if (end < size && body.at(end) != QLatin1Char('\n'))
        ++end;
    while (start < end && body.at(start).isSpace())
        ++start;
    in.start = start;
    in.end = end;
    in.sentence = body.mid(start, end - start);

    const QString selected = body.mid(selectionStart, selectionEnd - selectionStart);
    static const QRegularExpression number(QStringLiteral(
        R"((\d[\d,]*(?:\.\d+)?)\s*(万亿|亿|万|千|百)?\s*(元|美元|%|％|个百分点|P|PFLOPS|E|EFLOPS|家|个|项|人|名|所|座|台|款|套|倍|billion|million|trillion)?)"));
    const QRegularExpressionMatch m = number.match(selected);
    if (!m.hasMatch())
        return in;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(','));
    double value = digits.toDouble();
    const QString scale = m.captured(2);
    if (scale == QStringLiteral("万亿"))
        value *= 1e12;
    else if (scale == QStringLiteral("亿"))
        value *= 1e8;
    else if (scale == QStringLiteral("万"))
        value *= 1e4;
    else if (scale == QStringLiteral("千"))
        value *= 1e3;
    else if (scale == QStringLiteral("百"))
        value *= 1e2;
    const QString unit = m.captured(3);
    if (unit == QLatin1String("billion"))
        value *= 1e9;
    else if (unit == QLatin1String("million"))
        value *= 1e6;
    else if (unit == QLatin1String("trillion"))
        value *= 1e12;
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
        value *= 1000;
    } else if (unit == QStringLiteral("倍"))
        in.unit = QStringLiteral("times");
    else if (!unit.isEmpty() && unit.at(0).unicode() > 0x2E80) {
        in.unit = QStringLiteral("count");
        in.counter = unit;
    }
    in.value = value;
    static const QRegularExpression year(QStringLiteral(R"((20\d\d)\s*年)"));
    const QRegularExpressionMatch y = year.match(in.sentence);
    if (y.hasMatch())
        in.year = y.captured(1).toInt();
    return in;
}

} // namespace policylens
