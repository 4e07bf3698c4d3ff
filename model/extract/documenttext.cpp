#include "extract/documenttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace policylens {

std::optional<QString> loadDocumentText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("DocumentText", "%1: cannot open: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = QCoreApplication::translate("DocumentText",
                "%1: not valid UTF-8 text (only UTF-8 .txt and .md "
                "files can be read by this build)")
                         .arg(path);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace policylens
