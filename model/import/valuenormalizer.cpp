#include "import/valuenormalizer.h"

#include <QRegularExpression>

namespace policylens {

namespace {

QString foldFullWidth(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        else if (c.unicode() == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

// Takes the comparator off the cell ("超过2500", ">2500", "2200余", "近3500 (约)") and records
// it. A bracketed remark after the number ("(2200餘)") repeats the value as written.
void readComparator(QString *value, ValueNormalizer::Result *r)
{
    static const QRegularExpression remark(QStringLiteral("[(（][^)）]*[)）]\\s*$"));
    value->remove(remark);
    struct Mark
    {
        const char16_t *text;
        const char *comparator;
        bool approximate;
    };
    static const Mark leading[] = { { u">=", ">=", false }, { u"≥", ">=", false },
        { u"<=", "<=", false }, { u"≤", "<=", false }, { u"不少于", ">=", false },
        { u"不低于", ">=", false }, { u"超过", ">", false }, { u"突破", ">", false },
        { u"逾", ">", false }, { u"超", ">", false }, { u">", ">", false },
        { u"不超过", "<=", false }, { u"<", "<", false }, { u"接近", "~", true },
        { u"约", "~", true }, { u"約", "~", true }, { u"近", "~", true }, { u"≈", "~", true },
        { u"~", "~", true }, { u"～", "~", true } };
    for (const Mark &m : leading) {
        const QString text = QString::fromUtf16(m.text);
        if (value->startsWith(text)) {
            value->remove(0, text.size());
            r->comparator = QString::fromLatin1(m.comparator);
            r->approximate = m.approximate;
            break;
        }
    }
    static const Mark trailing[] = { { u"以上", ">=", false }, { u"多", ">", false },
        { u"余", ">", false }, { u"餘", ">", false }, { u"左右", "~", true },
        { u"以下", "<=", false }, { u"+", ">", false } };
    for (const Mark &m : trailing) {
        const QString text = QString::fromUtf16(m.text);
        if (value->endsWith(text) && value->size() > text.size()) {
            value->chop(text.size());
            if (r->comparator == QLatin1String("="))
                r->comparator = QString::fromLatin1(m.comparator);
            r->approximate = r->approximate || m.approximate;
            break;
        }
    }
}

} // namespace

double ValueNormalizer::splitUnit(const QString &unitText, QString *base)
{
    QString unit = foldFullWidth(unitText).trimmed();
    // "亿元 (100 million CNY)": the explanation in brackets repeats the unit.
    static const QRegularExpression bracket(QStringLiteral("\\s*[(（].*[)）]\\s*$"));
    unit.remove(bracket);
    double magnitude = 1;
    static const QList<QPair<QString, double>> magnitudes { { QStringLiteral("万亿"), 1e12 },
        { QStringLiteral("千亿"), 1e11 }, { QStringLiteral("百亿"), 1e10 },
        { QStringLiteral("亿"), 1e8 }, { QStringLiteral("千万"), 1e7 },
        { QStringLiteral("百万"), 1e6 }, { QStringLiteral("万"), 1e4 },
        { QStringLiteral("千"), 1e3 }, { QStringLiteral("trillion"), 1e12 },
        { QStringLiteral("billion"), 1e9 }, { QStringLiteral("million"), 1e6 },
        { QStringLiteral("thousand"), 1e3 }, { QStringLiteral("bn"), 1e9 },
        { QStringLiteral("mn"), 1e6 } };
    // Magnitudes may stack: 万亿 is matched first, then 亿 in "百亿" etc. are consumed once.
    bool found = true;
    while (found) {
        found = false;
        for (const auto &[word, factor] : magnitudes) {
            const qsizetype pos = unit.indexOf(word, 0, Qt::CaseInsensitive);
            if (pos < 0)
                continue;
            // English words only as whole words ("mn" must not eat "EFLOPS").
            if (word.at(0).isLetter() && word.at(0).unicode() < 0x80) {
                const bool startOk = pos == 0 || !unit.at(pos - 1).isLetter();
                const bool endOk
                    = pos + word.size() >= unit.size() || !unit.at(pos + word.size()).isLetter();
                if (!startOk || !endOk)
                    continue;
            }
            magnitude *= factor;
            unit.remove(pos, word.size());
            found = true;
            break;
        }
    }
    unit = unit.trimmed();
    const QString lower = unit.toLower();
    if (lower == QStringLiteral("元") || lower == QStringLiteral("人民币")
        || lower == QStringLiteral("人民币元") || lower == QLatin1String("cny")
        || lower == QLatin1String("rmb") || lower == QLatin1String("yuan"))
        *base = QStringLiteral("CNY");
    else if (lower == QStringLiteral("美元") || lower == QLatin1String("usd")
        || lower == QLatin1String("us$") || lower == QLatin1String("$"))
        *base = QStringLiteral("USD");
    else if (lower == QLatin1String("%") || lower == QLatin1String("percent")
        || lower == QStringLiteral("百分比"))
        *base = QStringLiteral("percent");
    else
        *base = unit;
    return magnitude;
}

ValueNormalizer::Result ValueNormalizer::normalize(
    const QString &valueText, const QString &unitText)
{
    Result r;
    QString value = foldFullWidth(valueText).trimmed();
    value.remove(QLatin1Char(' '));
    // Comparators and approximations belong to the value's meaning: >2500 is not 2500.
    readComparator(&value, &r);
    static const QRegularExpression number(
        QStringLiteral("^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)(.*)$"));
    const QRegularExpressionMatch m = number.match(value);
    if (value.isEmpty() || !m.hasMatch()) {
        r.error = value.isEmpty() ? tr("the value is empty")
                                  : tr("the value \"%1\" is not a number").arg(valueText.trimmed());
        return r;
    }
    bool ok = false;
    const double amount = m.captured(1).remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok) {
        r.error = tr("the value \"%1\" is not a number").arg(valueText.trimmed());
        return r;
    }
    const QString suffix = m.captured(2);
    QString base;
    double magnitude = 1;
    if (!suffix.isEmpty()) {
        magnitude = splitUnit(suffix, &base);
        // "3.5万亿" with a unit column "元": the magnitude from the cell, the unit from the column.
        if (base.isEmpty() && !unitText.trimmed().isEmpty())
            magnitude *= splitUnit(unitText, &base);
        else if (magnitude == 1 && base == suffix && !base.contains(QLatin1Char('%'))
            && !suffix.at(0).isLetter() && suffix.at(0).unicode() < 0x80) {
            r.error = tr("the value \"%1\" is not a number").arg(valueText.trimmed());
            return r;
        }
    } else {
        magnitude = splitUnit(unitText, &base);
    }
    r.ok = true;
    r.value = amount * magnitude;
    r.unit = base;
    return r;
}

} // namespace policylens
