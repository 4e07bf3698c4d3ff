// The PDF side of ReportBuilder: the title page, charts and small tables go through
// QTextDocument, the target list of a large report is laid out paragraph by paragraph
// (PdfPager), and charts are drawn as vectors from their recorded pictures.
#include "report/pdfpager.h"
#include "report/pdftounicode.h"
#include "report/reportbuilder.h"
#include "report/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QUrl>

namespace policylens {

namespace {

// Draws the report's <img> charts from their pictures: vectors at exactly the size they take
// on the page, where an image resource would be a large bitmap scaled down (and compressed)
// once per chart.
class ChartObject final
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const QList<ReportChart> &charts, QObject *parent)
        : QObject(parent)
        , m_charts(charts)
    { }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        // Widths in the HTML are CSS pixels (96 per inch); the layout may be for a device.
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        const qreal scale = device ? device->logicalDpiX() / 96.0 : 1.0;
        return QSizeF(image.width(), image.height()) * scale;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
        const QTextFormat &format) override
    {
        const ReportChart *chart = chartNamed(format.toImageFormat().name());
        if (!chart)
            return;
        painter->save();
        if (!chart->picture.isNull() && !chart->logicalSize.isEmpty()) {
            painter->translate(rect.topLeft());
            painter->scale(rect.width() / chart->logicalSize.width(),
                rect.height() / chart->logicalSize.height());
            painter->setClipRect(QRectF(QPointF(0, 0), chart->logicalSize));
            painter->drawPicture(0, 0, chart->picture);
        } else {
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(rect, chart->image);
        }
        painter->restore();
    }

private:
    const ReportChart *chartNamed(const QString &name) const
    {
        // Names are chart-N.png (ReportBuilder::imageName).
        bool ok = false;
        const int n = name.section(QLatin1Char('-'), 1).section(QLatin1Char('.'), 0, 0).toInt(&ok);
        return ok && n >= 1 && n <= m_charts.size() ? &m_charts.at(n - 1) : nullptr;
    }

    const QList<ReportChart> &m_charts;
};

} // namespace

QImage ReportChart::raster() const
{
    if (!image.isNull() || picture.isNull() || logicalSize.isEmpty())
        return image;
    // Twice the logical size: sharp on a high-DPI screen and in print.
    QImage out((logicalSize * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(2, 2);
    painter.drawPicture(0, 0, picture);
    return out;
}

bool ReportBuilder::report(int done, int total) const
{
    if (m_progress && !m_cancelled && !m_progress(done, total))
        m_cancelled = true;
    return !m_cancelled;
}

std::unique_ptr<QTextDocument> ReportBuilder::textDocument(const QString &html, bool pdf) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(reportstyle::font());
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    if (pdf) {
        doc->documentLayout()->registerHandler(
            QTextFormat::ImageObject, new ChartObject(m_charts, doc.get()));
    } else {
        for (int i = 0; i < m_charts.size(); ++i)
            doc->addResource(
                QTextDocument::ImageResource, QUrl(imageName(i)), m_charts.at(i).raster());
    }
    doc->setHtml(html);
    return doc;
}

bool ReportBuilder::printTargets(
    PdfPager &pager, TargetKind kind, const QString &heading, int &done) const
{
    const auto byIndicator = targetsByIndicator(kind);
    if (byIndicator.isEmpty())
        return true;
    const QFont body = reportstyle::font();
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    // Headings stay with the first lines that follow them.
    pager.paragraph(heading, reportstyle::font(reportstyle::H2Points, true), {}, 8, 60);
    const int total = int(m_targets.size());
    for (auto it = byIndicator.cbegin(); it != byIndicator.cend(); ++it) {
        pager.paragraph(m_indicators.value(it.key()).name(m_options.language),
            reportstyle::font(reportstyle::H3Points, true), {}, 5, 40);
        for (const ComparedTarget *t : it.value()) {
            const ReportTargetLine l = targetLine(*t);
            const QString head = QStringLiteral("%1 · %2 · %3").arg(l.city, l.year, l.value);
            // Two runs a paragraph (the bold head, then the rest): every change of format is
            // one more text object in the PDF, and there are tens of thousands of paragraphs.
            const QString text = head + QStringLiteral(" — ") + l.sentence + QChar::LineSeparator
                + (QStringList { l.title } + l.details).join(QStringLiteral(" · "));
            pager.paragraph(text, body, { { 0, int(head.size()), bold } }, 5);
            if (++done % 500 == 0 && !report(done, total))
                return false;
        }
    }
    return true;
}

QByteArray ReportBuilder::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("PolicyLens"));
        // CSS pixels, QFont metrics and chart pictures all work at 96 per inch; so does the PDF.
        pdf.setResolution(96);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        PdfPager pager(&pdf);
        const bool paragraphs = targetsAsParagraphs() && m_options.targetTables;
        // Small reports: tables in the document. Large ones: the title page and charts from the
        // document, then the targets paragraph by paragraph, then the sources.
        const QString body = paragraphs ? frontHtml(false) : frontHtml(false) + targetsHtml();
        pager.printDocument(*textDocument(page(body), true));
        if (!report(0, int(m_targets.size())))
            return {};
        int done = 0;
        if (paragraphs) {
            pager.breakPage();
            if (!printTargets(pager, TargetKind::Target, tr("Targets"), done)
                || !printTargets(
                    pager, TargetKind::Incentive, tr("Funding and subsidies"), done))
                return {};
        }
        const QString sources = sourcesHtml();
        if (!sources.isEmpty())
            pager.printDocument(*textDocument(page(sources), true));
        pager.finish();
    }
    buffer.close();
    PdfToUnicode::fixRadicals(&bytes);
    return bytes;
}

} // namespace policylens

#include "reportpdf.moc"
