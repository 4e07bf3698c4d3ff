#include "extract/dateline.h"

#include <QRegularExpression>
#include <QString>

namespace policylens {

namespace {

int monthFromName(QStringView name)
{
    static const char *const months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    for (int i = 0; i < 12; ++i) {
        if (name.left(3).compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDate dateIn(const QString &line)
{
    // 2025年02月21日, 2024/03/19, 2024-03-19 at the start of the line or after a field name
    // (发布日期:, 发布时间:) or an opening bracket.
    static const QRegularExpression chinese(QStringLiteral(
        "^(?:[^\\d]{0,8}[:(]\\s*)?(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})"));
    // 09/09/2025 (month/day/year, as English sites write it)
    static const QRegularExpression mdy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    // June 24, 2025 / Oct. 1, 2025 / 24th Feb, 2025
    static const QRegularExpression english(
        QStringLiteral("\\b(?:([A-Z][a-z]{2,8})\\.? (\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)? "
                       "([A-Z][a-z]{2,8})\\.?),? "
                       "(\\d{4})\\b"));
    if (const auto m = chinese.match(line); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = mdy.match(line); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = english.match(line); m.hasMatch()) {
        const bool monthFirst = !m.captured(1).isEmpty();
        const int month = monthFromName(monthFirst ? m.captured(1) : m.captured(4));
        const int day = (monthFirst ? m.captured(2) : m.captured(3)).toInt();
        if (month > 0)
            return QDate(m.captured(5).toInt(), month, day);
    }
    return {};
}

} // namespace

QDate findDateline(QStringView text)
{
    int lines = 0;
    for (const QStringView raw : text.left(3000).split(u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (++lines > 12)
            break;
        const QDate date = dateIn(line.left(160).toString());
        if (date.isValid() && date.year() >= 1949 && date.year() <= 2100)
            return date;
    }
    return {};
}

} // namespace policylens
