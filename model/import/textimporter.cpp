#include "import/textimporter.h"

#include "import/textdecoder.h"

#include <QRegularExpression>

namespace policylens {

QString TextImporter::stripMarkdown(const QString &text)
{
    QString body = text;
    // YAML front matter is metadata for a site generator, not part of the document.
    if (body.startsWith(QLatin1String("---\n")) || body.startsWith(QLatin1String("---\r\n"))) {
        const qsizetype close = body.indexOf(QLatin1String("\n---"), 3);
        if (close >= 0) {
            const qsizetype lineEnd = body.indexOf(QLatin1Char('\n'), close + 4);
            body.remove(0, lineEnd < 0 ? body.size() : lineEnd + 1);
        }
    }
    static const QRegularExpression heading(
        QStringLiteral("^#{1,6}[ \\t]+"), QRegularExpression::MultilineOption);
    body.remove(heading);
    return body;
}

ImporterResult TextImporter::import(
    const QByteArray &data, bool markdown, const ImportLimits &limits)
{
    const Result<TextDecoder::DecodedText> decoded = TextDecoder::decode(data);
    if (!decoded.has_value())
        return Failure(decoded.error());
    if (decoded->text.size() > limits.maxTextChars)
        return Failure(
            tr("its text is longer than the limit of %L1 characters").arg(limits.maxTextChars));
    ImportedDocument doc;
    doc.text = markdown ? stripMarkdown(decoded->text) : decoded->text;
    doc.format = markdown ? QStringLiteral("md") : QStringLiteral("txt");
    doc.encoding = decoded->encoding;
    return doc;
}

} // namespace policylens
