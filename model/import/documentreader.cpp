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

ImporterResult DocumentReader::read(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImporterResult::failure(tr("the file does not exist"));
    if (!info.isFile())
        return ImporterResult::failure(tr("it is not a regular file"));
    if (info.size() > m_limits.maxFileBytes)
        return ImporterResult::failure(tr("it is %L1 MB, larger than the limit of %L2 MB")
                                           .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                           .arg(m_limits.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImporterResult::failure(tr("it cannot be read (%1)").arg(file.errorString()));
    const QByteArray data = file.read(m_limits.maxFileBytes + 1);
    file.close();
    if (data.size() > m_limits.maxFileBytes)
        return ImporterResult::failure(
            tr("it is larger than the limit of %L1 MB").arg(m_limits.maxFileBytes / (1024 * 1024)));
    if (data.isEmpty())
        return ImporterResult::failure(tr("it is empty"));

    const QString suffix = info.suffix().toLower();
    ImporterResult result;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("xls"))
        return ImporterResult::failure(tr("it is a statistics table, not a document; import it "
                                          "with \"policylens stats import\""));
    if (suffix == QLatin1String("doc"))
        return ImporterResult::failure(
            tr("old binary Word (.doc) files are not supported; save it as .docx"));
    if (suffix == QLatin1String("pdf") || data.startsWith("%PDF-"))
        result = PdfImporter::import(path, data, m_limits);
    else if (suffix == QLatin1String("docx"))
        result = DocxImporter::import(path, m_limits);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml") || looksLikeHtml(data))
        result = HtmlImporter::import(data, m_limits);
    else if (data.startsWith("PK\x03\x04"))
        result = DocxImporter::import(path, m_limits);
    else
        result = TextImporter::import(
            data, suffix == QLatin1String("md") || suffix == QLatin1String("markdown"), m_limits);
    if (!result.ok)
        return result;

    result.document.text = canonicalDocumentText(result.document.text);
    if (result.document.text.isEmpty())
        return ImporterResult::failure(tr("it contains no text (empty document)"));
    if (result.document.text.size() > m_limits.maxTextChars)
        return ImporterResult::failure(
            tr("its text is longer than the limit of %L1 characters").arg(m_limits.maxTextChars));
    return result;
}

} // namespace policylens
