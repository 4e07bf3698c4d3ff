#include "import/textcanonicalizer.h"

namespace policylens {

QString canonicalDocumentText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype lineStart = 0; // start of the current line in out
    int blankLines = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        QChar c = text.at(i);
        if (c == QChar(0xFEFF) || c == QChar(0))
            continue;
        // PDF fonts often map ideographs to look-alike Kangxi radicals (⼒ for 力) or
        // compatibility ideographs; their compatibility decomposition is the real character.
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF)) {
            const QString folded = QString(c).normalized(QString::NormalizationForm_KC);
            if (folded.size() == 1) {
                out.append(folded.at(0));
                continue;
            }
        }
        if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n') {
            qsizetype end = out.size();
            while (end > lineStart && (out.at(end - 1).isSpace()))
                --end;
            out.truncate(end);
            if (end == lineStart) {
                if (lineStart == 0 || ++blankLines > 2)
                    continue;
            } else {
                blankLines = 0;
            }
            out.append(u'\n');
            lineStart = out.size();
            continue;
        }
        out.append(c);
    }
    qsizetype end = out.size();
    while (end > 0 && out.at(end - 1).isSpace())
        --end;
    out.truncate(end);
    return out;
}

} // namespace policylens
