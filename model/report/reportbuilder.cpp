#include "report/reportbuilder.h"

#include "compare/chartscale.h"
#include "report/atomicfile.h"
#include "report/docxwriter.h"
#include "report/reportstyle.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace policylens {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

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
    // Everything write() needs is read here: it may run on another thread than the database's.
    for (const StatisticSource &s : std::as_const(m_sources)) {
        if (!m_indicators.contains(s.indicatorKey))
            m_indicators.insert(s.indicatorKey, repo.indicator(s.indicatorKey));
    }
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

QMap<QString, QList<const ComparedTarget *>> ReportBuilder::targetsByIndicator(
    TargetKind kind) const
{
    // One table per indicator, in the order of the indicator keys: a researcher looks for
    // "computing power" and finds every city's figure together.
    QMap<QString, QList<const ComparedTarget *>> byIndicator;
    for (const ComparedTarget &t : m_targets) {
        if (t.kind == kind)
            byIndicator[t.indicatorKey] << &t;
    }
    return byIndicator;
}

bool ReportBuilder::targetsAsParagraphs() const
{
    // Up to a few hundred rows a table reads best. Beyond that QTextDocument's table layout
    // grows much faster than linearly when paginating, so each target becomes a short
    // paragraph instead: same facts, linear cost.
    return m_targets.size() > reportstyle::MaxTableRows;
}

ReportTargetLine ReportBuilder::targetLine(const ComparedTarget &t) const
{
    const Language lang = m_options.language;
    const ChartScale scale = ChartScale::choose(
        t.unit, std::max(std::abs(t.value), std::abs(t.valueMax.value_or(0))), lang, t.counter);
    ReportTargetLine line;
    line.city = m_regions.value(t.regionCode).name(lang);
    line.year = t.year > 0 ? QString::number(t.year) : QStringLiteral("—");
    line.value = scale.formatValue(t.value, t.comparator, t.valueMax.value_or(qQNaN()));
    line.title = t.documentTitle;
    if (!t.issuer.isEmpty())
        line.details << t.issuer;
    if (!t.documentNumber.isEmpty())
        line.details << t.documentNumber;
    if (t.published.isValid())
        line.details << t.published.toString(Qt::ISODate);
    line.sentence = t.sentence;
    return line;
}

QString ReportBuilder::targetsSection(TargetKind kind, const QString &heading) const
{
    const auto byIndicator = targetsByIndicator(kind);
    if (byIndicator.isEmpty())
        return {};
    const bool asTable = !targetsAsParagraphs();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(heading));
    for (auto it = byIndicator.cbegin(); it != byIndicator.cend(); ++it) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(m_indicators.value(it.key()).name(m_options.language)));
        if (asTable)
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                "<thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                "</tr></thead><tbody>")
                        .arg(esc(tr("City")), esc(tr("Year")), esc(tr("Value")),
                            esc(tr("Source document")), esc(tr("Sentence")));
        for (const ComparedTarget *t : it.value()) {
            const ReportTargetLine l = targetLine(*t);
            QStringList source { QStringLiteral("<b>%1</b>").arg(esc(l.title)) };
            for (const QString &detail : l.details)
                source << esc(detail);
            if (asTable)
                html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(esc(l.city), l.year, esc(l.value),
                                source.join(QStringLiteral("<br/>")), esc(l.sentence));
            else
                html += QStringLiteral("<p><b>%1 · %2 · %3</b> — %4<br/>%5</p>")
                            .arg(esc(l.city), l.year, esc(l.value), esc(l.sentence),
                                source.join(QStringLiteral(" · ")));
        }
        if (asTable)
            html += QStringLiteral("</tbody></table>");
    }
    return html;
}

QString ReportBuilder::page(const QString &body) const
{
    const bool zh = m_options.language == Language::Chinese;
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"/>"
                          "<title>%2</title><style>%3</style></head><body>%4</body></html>")
        .arg(zh ? QStringLiteral("zh-CN") : QStringLiteral("en"), esc(title()),
            QString::fromLatin1(reportstyle::Css), body);
}

QString ReportBuilder::frontHtml(bool embedImages) const
{
    const Language lang = m_options.language;
    QStringList cityNames;
    for (const RegionInfo &r : std::as_const(m_regions))
        cityNames << r.name(lang);
    cityNames.sort();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(title()));
    const auto paragraph
        = [&html](const QString &text) { html += QStringLiteral("<p>%1</p>").arg(esc(text)); };
    if (!m_options.workspaceName.isEmpty())
        paragraph(tr("Workspace: %1").arg(m_options.workspaceName));
    paragraph(tr("Generated by PolicyLens on %1.").arg(QDate::currentDate().toString(Qt::ISODate)));
    paragraph(tr("%1 policy documents, %2 targets and incentives, %3 cities.")
                  .arg(m_documents)
                  .arg(m_targets.size())
                  .arg(m_regions.size()));
    if (!cityNames.isEmpty())
        paragraph(cityNames.join(
            lang == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", ")));
    const auto unknown = std::count_if(m_targets.cbegin(), m_targets.cend(),
        [](const ComparedTarget &t) { return t.regionCode.isEmpty(); });
    if (unknown > 0)
        paragraph(tr("%n target(s) come from documents whose region is not known; "
                     "they are listed under “%1”. Set the region of those documents "
                     "to place them.",
            nullptr, int(unknown))
                      .arg(CompareRepository::unknownRegion().name(lang)));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Every number cites the policy document it comes from. Targets marked "
                            "as rejected during review are left out.")));
    return html + chartsHtml(embedImages);
}

QString ReportBuilder::chartsHtml(bool embedImages) const
{
    QString html;
    for (int i = 0; i < m_charts.size(); ++i) {
        const ReportChart &chart = m_charts.at(i);
        QString src = imageName(i);
        const QSizeF size = chart.picture.isNull() ? QSizeF(chart.image.size()) : chart.logicalSize;
        if (embedImages) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            // Light compression: encoding speed matters more than a few percent of size.
            chart.raster().save(&buffer, "PNG", 80);
            src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        }
        // A fixed layout width whatever the image's pixel count, so a high-DPI rendering
        // prints sharp instead of huge: 500 fits the A4 text width of the PDF and ODT.
        const int width = embedImages ? 900 : 500;
        const int height = size.width() > 0 ? qRound(width * size.height() / size.width()) : 400;
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
    return html;
}

QString ReportBuilder::targetsHtml() const
{
    if (!m_options.targetTables)
        return {};
    return QStringLiteral("<div style=\"page-break-before: always\"></div>")
        + targetsSection(TargetKind::Target, tr("Targets"))
        + targetsSection(TargetKind::Incentive, tr("Funding and subsidies"));
}

QString ReportBuilder::sourcesHtml() const
{
    if (!m_options.statisticsSources || m_sources.isEmpty())
        return {};
    QString html = QStringLiteral(
        "<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
        "<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                       .arg(esc(tr("Statistics sources")), esc(tr("Source")), esc(tr("Indicator")),
                           esc(tr("Years")), esc(tr("Values")));
    for (const StatisticSource &s : m_sources) {
        const IndicatorInfo info = m_indicators.value(s.indicatorKey);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3–%4</td><td>%5</td></tr>")
                    .arg(esc(s.source.isEmpty() ? tr("(unnamed source)") : s.source),
                        esc(info.name(m_options.language)))
                    .arg(s.firstYear)
                    .arg(s.lastYear)
                    .arg(s.rows);
    }
    return html + QStringLiteral("</tbody></table>");
}

QString ReportBuilder::html(bool embedImages) const
{
    return page(frontHtml(embedImages) + targetsHtml() + sourcesHtml());
}

std::unique_ptr<QTextDocument> ReportBuilder::document() const
{
    return textDocument(html(false), false);
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
    m_cancelled = false;
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
    // A cancelled export leaves no file behind, not even a partial one.
    if (!report(1, 1)) {
        if (error)
            *error = tr("The export of %1 was cancelled; nothing was written.").arg(path);
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
