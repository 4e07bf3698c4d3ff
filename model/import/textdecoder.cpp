#include "import/textdecoder.h"

#include <QStringDecoder>

#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <vector>

namespace policylens {

namespace {

// ICU's detector only needs a sample; a bounded one keeps detection cheap for big files.
constexpr qsizetype DetectorSampleBytes = 64 * 1024;

bool decodeQt(const QByteArray &data, QStringConverter::Encoding encoding, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return false;
    *out = std::move(text);
    return true;
}

bool isPlausibleChar(char16_t c)
{
    return (c >= 0x20 && c < 0x7F) || c == u'\n' || c == u'\r' || c == u'\t'
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
        || (c >= 0x2000 && c <= 0x206F) || (c >= 0xA0 && c <= 0x17F) || c == 0xFEFF;
}

// Share of code units that are CJK, ASCII or common punctuation: UTF-16 read in the wrong
// byte order lands in unrelated scripts and scores low.
double plausibility(const QString &text)
{
    if (text.isEmpty())
        return 0;
    qsizetype good = 0;
    for (QChar c : text)
        good += isPlausibleChar(c.unicode()) ? 1 : 0;
    return double(good) / double(text.size());
}

struct DetectorDeleter
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

QStringList detectorGuesses(const QByteArray &data)
{
    QStringList names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return names;
    const auto sampleSize = static_cast<int32_t>(qMin(data.size(), DetectorSampleBytes));
    ucsdet_setText(detector.get(), data.constData(), sampleSize, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return names;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        if (U_SUCCESS(s) && name)
            names << QString::fromLatin1(name);
    }
    return names;
}

} // namespace

QString TextDecoder::canonicalCharset(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("gb2312") || n == QLatin1String("gbk") || n == QLatin1String("x-gbk")
        || n == QLatin1String("gb18030") || n == QLatin1String("cp936")
        || n == QLatin1String("euc-cn") || n == QLatin1String("hz-gb-2312"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("big5") || n == QLatin1String("big5-hkscs")
        || n == QLatin1String("cp950") || n == QLatin1String("x-big5"))
        return QStringLiteral("Big5");
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    return name.trimmed();
}

bool TextDecoder::convertStrict(const QByteArray &data, const QString &charset, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = charset.toLatin1();
    UConverter *converter = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // Legacy multi-byte charsets never need more UTF-16 units than input bytes.
    std::vector<UChar> buffer(static_cast<size_t>(data.size()) + 2);
    const int32_t length
        = ucnv_toUChars(converter, buffer.data(), static_cast<int32_t>(buffer.size()),
            data.constData(), static_cast<int32_t>(data.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return false;
    *out = QString(reinterpret_cast<const QChar *>(buffer.data()), length);
    return true;
}

bool TextDecoder::looksLikeText(const QString &text)
{
    qsizetype bad = 0;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == 0)
            return false;
        const bool control
            = (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f' && c != u'\v')
            || (c >= 0x7F && c < 0xA0);
        if (control || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF))
            ++bad;
    }
    // A stray control character is tolerated; binary decoded as text is full of them.
    return bad <= 2 + text.size() / 1000;
}

Result<TextDecoder::DecodedText> TextDecoder::accepted(QString text, const QString &encoding)
{
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return DecodedText { std::move(text), encoding };
}

Result<TextDecoder::DecodedText> TextDecoder::decode(
    const QByteArray &data, const QString &declaredCharset)
{
    if (data.isEmpty())
        return Failure { tr("the file is empty") };
    if (std::optional<Result<DecodedText>> marked = decodeByteOrderMark(data))
        return *marked;
    QString text;
    const bool hasNul = data.contains('\0');
    // Valid UTF-8 with non-ASCII bytes is almost never an accident, so it beats a declaration.
    if (!hasNul && decodeQt(data, QStringConverter::Utf8, &text)) {
        if (looksLikeText(text))
            return accepted(text, QStringLiteral("UTF-8"));
        return Failure { tr("it is not text (control characters)") };
    }
    if (hasNul)
        return decodeUtf16WithoutMark(data);
    return decodeLegacy(data, declaredCharset);
}

std::optional<Result<TextDecoder::DecodedText>> TextDecoder::decodeByteOrderMark(
    const QByteArray &data)
{
    QString text;
    if (data.startsWith("\xEF\xBB\xBF")) {
        if (decodeQt(data.mid(3), QStringConverter::Utf8, &text) && looksLikeText(text))
            return accepted(text, QStringLiteral("UTF-8"));
        return Result<DecodedText>(
            Failure { tr("it is not text (invalid UTF-8 after a UTF-8 byte-order mark)") });
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool le = data.at(0) == '\xFF';
        if (data.size() % 2 == 0
            && decodeQt(
                data.mid(2), le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, &text)
            && looksLikeText(text))
            return accepted(text, le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        return Result<DecodedText>(
            Failure { tr("it is not text (invalid UTF-16 after a byte-order mark)") });
    }
    return std::nullopt;
}

Result<TextDecoder::DecodedText> TextDecoder::decodeUtf16WithoutMark(const QByteArray &data)
{
    // UTF-16 without a BOM: accept only a byte order that yields clearly plausible text.
    if (data.size() % 2 == 0) {
        QString le, be;
        const bool okLe = decodeQt(data, QStringConverter::Utf16LE, &le) && looksLikeText(le);
        const bool okBe = decodeQt(data, QStringConverter::Utf16BE, &be) && looksLikeText(be);
        const double pLe = okLe ? plausibility(le) : 0;
        const double pBe = okBe ? plausibility(be) : 0;
        if (pLe >= 0.97 && pLe > pBe)
            return accepted(le, QStringLiteral("UTF-16LE"));
        if (pBe >= 0.97 && pBe > pLe)
            return accepted(be, QStringLiteral("UTF-16BE"));
    }
    return Failure { tr("it is not text (binary data)") };
}

Result<TextDecoder::DecodedText> TextDecoder::decodeLegacy(
    const QByteArray &data, const QString &declaredCharset)
{
    QString text;
    if (!declaredCharset.isEmpty()) {
        const QString charset = canonicalCharset(declaredCharset);
        if (convertStrict(data, charset, &text) && looksLikeText(text))
            return accepted(text, charset);
    }
    QStringList candidates;
    for (const QString &guess : detectorGuesses(data)) {
        if (guess.startsWith(QLatin1String("UTF-16")) || guess.startsWith(QLatin1String("UTF-32")))
            continue; // handled above: without a BOM only plausible text is accepted
        const QString charset = canonicalCharset(guess);
        if (!candidates.contains(charset))
            candidates << charset;
    }
    // The detector may not rank the Chinese charsets at all for short samples.
    for (const QString &fallback : { QStringLiteral("GB18030"), QStringLiteral("Big5") }) {
        if (!candidates.contains(fallback))
            candidates << fallback;
    }
    for (const QString &charset : std::as_const(candidates)) {
        if (convertStrict(data, charset, &text) && looksLikeText(text))
            return accepted(text, charset);
    }
    return Failure { tr("it is not text (no known character encoding fits)") };
}

} // namespace policylens
