#include "report/pdftounicode.h"

#include <QList>
#include <QString>

#include <utility>

namespace policylens {

namespace {

// The unified ideograph a radical look-alike stands for, or 0. Kangxi radicals decompose to
// it (NFKC); the CJK Radicals Supplement has no decomposition, so its forms that are whole
// characters (长, 门, 马...) are listed, after Unicode's EquivalentUnifiedIdeograph data.
char16_t ideographFor(char16_t radical)
{
    static const std::pair<char16_t, char16_t> supplement[] = { { 0x2EA0, u'民' },
        { 0x2EC1, u'虎' }, { 0x2EC4, u'西' }, { 0x2EC5, u'见' }, { 0x2EC6, u'角' },
        { 0x2EC9, u'贝' }, { 0x2ECB, u'车' }, { 0x2ED1, u'長' }, { 0x2ED3, u'长' },
        { 0x2ED4, u'门' }, { 0x2ED8, u'青' }, { 0x2ED9, u'韦' }, { 0x2EDA, u'页' },
        { 0x2EDB, u'风' }, { 0x2EDC, u'飞' }, { 0x2EDD, u'食' }, { 0x2EE2, u'马' },
        { 0x2EE3, u'骨' }, { 0x2EE4, u'鬼' }, { 0x2EE5, u'鱼' }, { 0x2EE6, u'鸟' },
        { 0x2EE7, u'卤' }, { 0x2EE8, u'麦' }, { 0x2EE9, u'黄' }, { 0x2EEA, u'黾' },
        { 0x2EEC, u'齐' }, { 0x2EEE, u'齿' }, { 0x2EF0, u'龙' }, { 0x2EF3, u'龟' } };
    for (const auto &[from, to] : supplement) {
        if (from == radical)
            return to;
    }
    if (radical < 0x2E80 || radical > 0x2FDF)
        return 0;
    const QString folded = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (folded.size() != 1)
        return 0;
    const char16_t u = folded.at(0).unicode();
    return u >= 0x3400 && u != radical ? u : 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites the destination code points of one bfrange/bfchar section [from, to).
int fixSection(QByteArray *pdf, qsizetype from, qsizetype to)
{
    int fixed = 0;
    char *data = pdf->data();
    qsizetype lineStart = from;
    while (lineStart < to) {
        qsizetype lineEnd = pdf->indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > to)
            lineEnd = to;
        const QByteArray line = pdf->mid(lineStart, lineEnd - lineStart);
        // "<src> <dst>" (bfchar), "<a> <b> [<u> <u> ...]" (bfrange list) and "<a> <a> <u>"
        // (a range of one): only then is each destination one glyph's own code point.
        const bool list = line.contains('[');
        QList<qsizetype> tokens;
        for (qsizetype i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1))
            tokens << i;
        const bool single = !list
            && (tokens.size() == 2
                || (tokens.size() == 3 && line.mid(tokens[0], 6) == line.mid(tokens[1], 6)));
        for (int t = list ? 2 : tokens.size() - 1; (list || single) && t < tokens.size(); ++t) {
            const qsizetype at = lineStart + tokens[t] + 1;
            if (at + 4 >= lineEnd || data[at + 4] != '>')
                continue;
            int value = 0;
            for (int k = 0; k < 4 && value >= 0; ++k) {
                const int h = hexValue(data[at + k]);
                value = h < 0 ? -1 : value * 16 + h;
            }
            const char16_t ideograph = value > 0 ? ideographFor(char16_t(value)) : 0;
            if (!ideograph)
                continue;
            const QByteArray hex = QByteArray::number(int(ideograph), 16).toUpper().rightJustified(4, '0');
            std::copy(hex.cbegin(), hex.cend(), data + at);
            ++fixed;
        }
        lineStart = lineEnd + 1;
    }
    return fixed;
}

} // namespace

int PdfToUnicode::fixRadicals(QByteArray *pdf)
{
    int fixed = 0;
    for (const QByteArray &kind : { QByteArrayLiteral("bfrange"), QByteArrayLiteral("bfchar") }) {
        const QByteArray begin = "begin" + kind;
        const QByteArray end = "end" + kind;
        for (qsizetype at = pdf->indexOf(begin); at >= 0; at = pdf->indexOf(begin, at + 1)) {
            const qsizetype stop = pdf->indexOf(end, at);
            if (stop < 0)
                break;
            fixed += fixSection(pdf, at + begin.size(), stop);
            at = stop;
        }
    }
    return fixed;
}

} // namespace policylens
