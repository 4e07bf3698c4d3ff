#include "import/documentreader.h"

#include "import/docximporter.h"
#include "import/htmlimporter.h"
#include "import/pdfimporter.h"
#include "import/textimporter.h"
#include "import/textcanonicalizer.h"

#include <QFile>
#include <QFileInfo>

namespace policylens {

namespace {

bool looksLikeHtml(const QByteArray &data)
{
    const QByteArray headBytes = data.left(1024).toLower();
    return headBytes.contains("<html") || headBytes.contains("<!doctype html");
}

} // namespace

DocumentReader::DocumentReader(ImportLimits limits)
    : m_limits(limits)
{ }

const QStringList &DocumentReader::documentExtensions()
{
    static const QStringList extensions { QStringLiteral("txt"), QStringLiteral("text"),
        QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("html"),
        QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("pdf"),
        QStringLiteral("docx") };
    return extensions;
}

bool DocumentReader::isDocumentFile(const QString &path)
{
    return documentExtensions().contains(QFileInfo(path).suffix().toLower());
}

ImporterResult DocumentReader::importByFormat(
    const QString &path, const QByteArray &data, const QString &suffix) const
{
    if (suffix == QLatin1String("pdf") || data.startsWith("%PDF-"))
        return PdfImporter::import(path, data, m_limits);
    if (suffix == QLatin1String("docx"))
        return DocxImporter::import(path, m_limits);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml") || looksLikeHtml(data))
        return HtmlImporter::import(data, m_limits);
    if (data.startsWith("PK\x03\x04"))
        return DocxImporter::import(path, m_limits);
    return TextImporter::import(
        data, suffix == QLatin1String("md") || suffix == QLatin1String("markdown"), m_limits);
}

ImporterResult DocumentReader::read(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Failure(tr("the file does not exist"));
    if (!info.isFile())
        return Failure(tr("it is not a regular file"));
    if (info.size() > m_limits.maxFileBytes)
        return Failure(tr("it is %L1 MB, larger than the limit of %L2 MB")
                                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                           .arg(m_limits.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure(tr("it cannot be read (%1)").arg(file.errorString()));
    const QByteArray data = file.read(m_limits.maxFileBytes + 1);
    file.close();
    if (data.size() > m_limits.maxFileBytes)
        return Failure(
            tr("it is larger than the limit of %L1 MB").arg(m_limits.maxFileBytes / (1024 * 1024)));
    if (data.isEmpty())
        return Failure(tr("it is empty"));

    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("xls"))
        return Failure(tr("it is a statistics table, not a document; import it "
                          "with \"policylens stats import\""));
    if (suffix == QLatin1String("doc"))
        return Failure(tr("old binary Word (.doc) files are not supported; save it as .docx"));
    ImporterResult result = importByFormat(path, data, suffix);
    if (!result)
        return result;

    result->text = canonicalDocumentText(result->text);
    if (result->text.isEmpty())
        return Failure(tr("it contains no text (empty document)"));
    if (result->text.size() > m_limits.maxTextChars)
        return Failure(
            tr("its text is longer than the limit of %L1 characters").arg(m_limits.maxTextChars));
    return result;
}

} // namespace policylens
