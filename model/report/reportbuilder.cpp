#include "report/reportbuilder.h"

#include "compare/chartscale.h"
#include "report/atomicfile.h"
#include "report/docxwriter.h"
#include "report/pdftounicode.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace policylens {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont reportFont()
{
    QFont f;
    // CJK-capable first: a PDF of a Chinese report must embed glyphs for 北京, not boxes.
    f.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("sans-serif") });
    f.setPointSize(9);
    return f;
}

constexpr qsizetype kMaxTableRows = 400;

const char kCss[] = "body { font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; "
                    "font-size: 9pt; }"
                    "h1 { font-size: 20pt; } h2 { font-size: 14pt; } h3 { font-size: 11pt; }"
                    "table { border-collapse: collapse; }"
                    "th { background-color: #e8eef4; text-align: left; }"
                    "td, th { border: 1px solid #b0b8c0; padding: 3px; vertical-align: top; }"
                    "p.note { color: #555555; font-size: 8pt; }";

} // namespace

ReportBuilder::ReportBuilder(const QSqlDatabase &db)
    : m_db(db)
{ }

ReportBuilder::~ReportBuilder() = default;

bool ReportBuilder::build(QString *error)
{
    const CompareRepository repo(m_db);
    m_targets.clear();
    m_indicators.clear();
    m_regions.clear();
    const auto fail = [&]() {
        if (error)
            *error = repo.lastError();
        return false;
    };
    // Targets without a region ('') come along even when cities are picked: none disappears.
    QStringList cities = m_options.cities;
    if (!cities.isEmpty())
        cities << QString();
    const QList<ComparedTarget> all = repo.targets(std::nullopt, QString(), cities);
    if (!repo.lastError().isEmpty())
        return fail();
    QStringList codes;
    for (const ComparedTarget &t : all) {
        if (t.kind == TargetKind::Baseline)
            continue;
        if (!m_options.indicators.isEmpty() && !m_options.indicators.contains(t.indicatorKey))
            continue;
        m_targets << t;
        if (!codes.contains(t.regionCode))
            codes << t.regionCode;
        if (!m_indicators.contains(t.indicatorKey))
            m_indicators.insert(t.indicatorKey, repo.indicator(t.indicatorKey));
    }
    for (const RegionInfo &r : repo.regions(codes))
        m_regions.insert(r.code, r);
    m_sources = repo.statisticSources();
    m_documents = repo.documentCount();
    if (!repo.lastError().isEmpty())
        return fail();
    return true;
}

QString ReportBuilder::title() const
{
    return m_options.title.isEmpty() ? tr("AI industry policy targets: city comparison")
                                     : m_options.title;
}

QString ReportBuilder::imageName(int index) const
{
    return QStringLiteral("chart-%1.png").arg(index + 1);
}

QString ReportBuilder::targetsSection(TargetKind kind, const QString &heading) const
{
    const QString &lang = m_options.language;
    // One table per indicator, in the order of the indicator keys: a researcher looks for
    // "computing power" and finds every city's figure together.
    QMap<QString, QList<const ComparedTarget *>> byIndicator;
    for (const ComparedTarget &t : m_targets) {
        if (t.kind == kind)
            byIndicator[t.indicatorKey] << &t;
    }
    if (byIndicator.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(heading));
    for (auto it = byIndicator.cbegin(); it != byIndicator.cend(); ++it) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(m_indicators.value(it.key()).name(lang)));
        // Up to a few hundred rows a table reads best. Beyond that QTextDocument's table
        // layout grows much faster than linearly when paginating, so each target becomes a
        // short paragraph instead: same facts, linear cost.
        const bool asTable = m_targets.size() <= kMaxTableRows;
        if (asTable)
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                "</tr></thead><tbody>")
                        .arg(esc(tr("City")), esc(tr("Year")), esc(tr("Value")),
                            esc(tr("Source document")), esc(tr("Sentence")));
        for (const ComparedTarget *t : it.value()) {
            const ChartScale scale = ChartScale::choose(t->unit,
                std::max(std::abs(t->value), std::abs(t->valueMax.value_or(0))), lang, t->counter);
            const QString value
                = scale.formatValue(t->value, t->comparator, t->valueMax.value_or(qQNaN()));
            QStringList source;
            source << QStringLiteral("<b>%1</b>").arg(esc(t->documentTitle));
            if (!t->issuer.isEmpty())
                source << esc(t->issuer);
            if (!t->documentNumber.isEmpty())
                source << esc(t->documentNumber);
            if (t->published.isValid())
                source << t->published.toString(Qt::ISODate);
            const QString city = esc(m_regions.value(t->regionCode).name(lang));
            const QString year = t->year > 0 ? QString::number(t->year) : QStringLiteral("—");
            if (asTable)
                html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(city, year, esc(value), source.join(QStringLiteral("<br/>")),
                                esc(t->sentence));
            else
                html += QStringLiteral("<p><b>%1 · %2 · %3</b> — %4<br/>%5</p>")
                            .arg(city, year, esc(value), esc(t->sentence),
                                source.join(QStringLiteral(" · ")));
        }
        if (asTable)
            html += QStringLiteral("</tbody></table>");
    }
    return html;
}

QString ReportBuilder::html(bool embedImages) const
{
    const QString &lang = m_options.language;
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                                  "<title>%2</title><style>%3</style></head><body>")
                       .arg(ChartScale::isChineseLanguage(lang) ? QStringLiteral("zh-CN")
                                                                : QStringLiteral("en"),
                           esc(title()), QString::fromLatin1(kCss));
    // Title page.
    QStringList cityNames;
    for (const RegionInfo &r : std::as_const(m_regions))
        cityNames << r.name(lang);
    cityNames.sort();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    if (!m_options.workspaceName.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Workspace: %1").arg(m_options.workspaceName)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Generated by PolicyLens on %1.")
                             .arg(QDate::currentDate().toString(Qt::ISODate))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 policy documents, %2 targets and incentives, %3 cities.")
                             .arg(m_documents)
                             .arg(m_targets.size())
                             .arg(m_regions.size())));
    if (!cityNames.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(cityNames.join(ChartScale::isChineseLanguage(lang)
                            ? QStringLiteral("、")
                            : QStringLiteral(", "))));
    const auto unknown = std::count_if(m_targets.cbegin(), m_targets.cend(),
        [](const ComparedTarget &t) { return t.regionCode.isEmpty(); });
    if (unknown > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%n target(s) come from documents whose region is not known; "
                                "they are listed under “%1”. Set the region of those documents "
                                "to place them.",
                        nullptr, int(unknown))
                                 .arg(CompareRepository::unknownRegion().name(lang))));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Every number cites the policy document it comes from. Targets marked "
                            "as rejected during review are left out.")));

    for (int i = 0; i < m_charts.size(); ++i) {
        const ReportChart &chart = m_charts.at(i);
        QString src = imageName(i);
        if (embedImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            // Light compression: encoding speed matters more than a few percent of size.
            chart.image.save(&buffer, "PNG", 80);
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        // A fixed layout width whatever the image's pixel count, so a high-DPI rendering
        // prints sharp instead of huge: 500 fits the A4 text width of the PDF and ODT.
        const int width = embedImages ? 900 : 500;
        const int height = chart.image.width() > 0
            ? qRound(double(width) * chart.image.height() / chart.image.width())
            : 400;
        // One chart a page, its heading kept with it.
        html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>"
                               "<p><img src=\"%2\" width=\"%3\" height=\"%4\" alt=\"%1\" "
                               "style=\"max-width: 100%; height: auto\"/></p>")
                    .arg(esc(chart.title), src)
                    .arg(width)
                    .arg(height);
        if (!chart.note.isEmpty())
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(esc(chart.note).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
        html += m_chartTables.value(i);
    }

    if (m_options.targetTables) {
        html += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        html += targetsSection(TargetKind::Target, tr("Targets"));
        html += targetsSection(TargetKind::Incentive, tr("Funding and subsidies"));
    }
    if (m_options.statisticsSources && !m_sources.isEmpty()) {
        html += QStringLiteral(
            "<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
            "<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                    .arg(esc(tr("Statistics sources")), esc(tr("Source")), esc(tr("Indicator")),
                        esc(tr("Years")), esc(tr("Values")));
        const CompareRepository repo(m_db);
        for (const StatisticSource &s : m_sources) {
            const IndicatorInfo info = m_indicators.contains(s.indicatorKey)
                ? m_indicators.value(s.indicatorKey)
                : repo.indicator(s.indicatorKey);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3–%4</td><td>%5</td></tr>")
                        .arg(esc(s.source.isEmpty() ? tr("(unnamed source)") : s.source),
                            esc(info.name(lang)))
                        .arg(s.firstYear)
                        .arg(s.lastYear)
                        .arg(s.rows);
        }
        html += QStringLiteral("</tbody></table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> ReportBuilder::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(reportFont());
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    for (int i = 0; i < m_charts.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(imageName(i)), m_charts.at(i).image);
    doc->setHtml(html(false));
    return doc;
}

QByteArray ReportBuilder::toPdf() const
{
    const std::unique_ptr<QTextDocument> doc = document();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(title());
    pdf.setCreator(QStringLiteral("PolicyLens"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    // Paginating the document itself at the printable size (in points) lets print() use it
    // as is; otherwise print() clones and re-lays out the whole document, a quarter of the
    // time for a report of 20,000 targets. The price: print() draws no page numbers then.
    doc->setPageSize(pdf.pageLayout().paintRect(QPageLayout::Point).size());
    doc->print(&pdf);
    buffer.close();
    PdfToUnicode::fixRadicals(&bytes);
    return bytes;
}

QByteArray ReportBuilder::toOdt(QString *error) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = tr("The OpenDocument writer failed.");
        return {};
    }
    return bytes;
}

QByteArray ReportBuilder::toDocx(QString *error) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    return DocxWriter::write(*doc, error);
}

QByteArray ReportBuilder::toHtml() const
{
    return html(true).toUtf8();
}

bool ReportBuilder::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    QString reason;
    if (suffix == QLatin1String("pdf"))
        data = toPdf();
    else if (suffix == QLatin1String("odt"))
        data = toOdt(&reason);
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        data = toHtml();
    else if (suffix == QLatin1String("docx"))
        data = toDocx(&reason);
    else {
        if (error)
            *error = tr("Cannot write %1: unknown report format \"%2\" (use .pdf, .docx, .odt or "
                        ".html).")
                         .arg(path, suffix);
        return false;
    }
    if (data.isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(path, reason.isEmpty() ? tr("nothing was produced.") : reason);
        return false;
    }
    return AtomicFile::write(path, data, error);
}

} // namespace policylens
