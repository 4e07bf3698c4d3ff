#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace policylens {

// Turns the bytes of a text file into Unicode. Byte-order marks win; then strict UTF-8; then
// UTF-16 without a BOM only when the result is clearly text; then ICU's charset detector for
// GB18030 (a GB2312/GBK guess is read as GB18030, its superset) and Big5. Every decoding is
// strict: a byte sequence that is invalid in the chosen charset is never turned into U+FFFD
// mojibake; the file is rejected as "not text" instead.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    struct DecodedText
    {
        QString text;
        QString encoding; // UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5, ...
    };

    // Decodes data. declaredCharset (e.g. from an HTML meta tag) is tried first but verified.
    // A failure's reason is translated and does not name the file.
    static Result<DecodedText> decode(
        const QByteArray &data, const QString &declaredCharset = QString());

    // Strictly converts data from charset (ICU converter name); false on any invalid sequence.
    static bool convertStrict(const QByteArray &data, const QString &charset, QString *out);

    // GB2312/GBK/x-gbk map to GB18030; Big5 variants map to Big5; others pass through.
    static QString canonicalCharset(const QString &name);

    // True when text looks like prose rather than binary decoded by accident.
    static bool looksLikeText(const QString &text);

private:
    static Result<DecodedText> accepted(QString text, const QString &encoding);
    // A byte-order mark decides; nullopt when there is none.
    static std::optional<Result<DecodedText>> decodeByteOrderMark(const QByteArray &data);
    static Result<DecodedText> decodeUtf16WithoutMark(const QByteArray &data);
    // The declared charset if the bytes agree, else the detector's guesses, GB18030 and Big5.
    static Result<DecodedText> decodeLegacy(const QByteArray &data, const QString &declaredCharset);
};

} // namespace policylens
