#pragma once

#include "compare/comparerepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMap>
#include <QPicture>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace policylens {

class PdfPager;

// A chart as a raster image (HTML, DOCX, ODT) or as recorded vector drawing (PDF: drawn at the
// size it takes on the page, text stays text), or both.
struct ReportChart
{
    QString title;
    QImage image;
    QString note;
    QPicture picture = QPicture(); // painted in a logicalSize rectangle
    QSizeF logicalSize = QSizeF();

    // image, or one rendered from picture when only that was given.
    QImage raster() const;
};

// One target as a report lists it, every part already in the report's language.
struct ReportTargetLine
{
    QString city;
    QString year;
    QString value;
    QString title; // of the source document
    QStringList details; // issuer, document number, date: those known
    QString sentence;
};

struct ReportOptions
{
    Language language = Language::English; // names, units and dates follow it
    QString title; // empty: a default title
    QString workspaceName; // shown on the title page
    QStringList indicators; // empty: every indicator
    QStringList cities; // region codes; empty: every city
    bool targetTables = true;
    bool statisticsSources = true;
};

// A report as one QTextDocument: title page, the chosen charts (as image resources), a table
// of targets citing the document title, issuer, date and sentence for every number, and the
// statistics sources. Written as PDF (QPdfWriter: text stays text), DOCX (DocxWriter), ODT
// (QTextDocumentWriter) or self-contained HTML, always atomically.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(const QSqlDatabase &db);
    ~ReportBuilder();

    void setOptions(const ReportOptions &options) { m_options = options; }
    ReportOptions options() const { return m_options; }
    // tableHtml: an HTML table shown under the chart (already escaped), or empty.
    void addChart(const ReportChart &chart, const QString &tableHtml = {})
    {
        m_charts << chart;
        m_chartTables << tableHtml;
    }

    // Called while a file is produced with the work done so far out of total (steps of the
    // builder's own counting); returning false cancels: write() then fails and writes nothing.
    void setProgress(std::function<bool(int done, int total)> progress)
    {
        m_progress = std::move(progress);
    }
    bool wasCancelled() const { return m_cancelled; }

    // Reads the targets and sources from the workspace.
    bool build(QString *error);
    int targetCount() const { return int(m_targets.size()); }
    int chartCount() const { return int(m_charts.size()); }

    // embedImages: data: URIs (stand-alone .html); otherwise resource names of document().
    QString html(bool embedImages) const;
    std::unique_ptr<QTextDocument> document() const;
    // Whether the targets are listed as paragraphs rather than tables (large reports).
    bool targetsAsParagraphs() const;

    QByteArray toPdf() const;
    QByteArray toOdt(QString *error) const;
    QByteArray toHtml() const;
    QByteArray toDocx(QString *error) const;
    // Format from the suffix: .pdf, .docx, .odt, .html / .htm.
    bool write(const QString &path, QString *error) const;

private:
    QString title() const;
    QString page(const QString &body) const; // body wrapped in <html> with the style sheet
    QString frontHtml(bool embedImages) const; // title page and charts
    QString chartsHtml(bool embedImages) const;
    QString targetsHtml() const;
    QString sourcesHtml() const;
    QMap<QString, QList<const ComparedTarget *>> targetsByIndicator(TargetKind kind) const;
    ReportTargetLine targetLine(const ComparedTarget &t) const;
    QString targetsSection(TargetKind kind, const QString &heading) const;
    QString imageName(int index) const;
    // pdf: the charts drawn as vectors from their pictures instead of image resources.
    std::unique_ptr<QTextDocument> textDocument(const QString &html, bool pdf) const;
    // done: targets printed so far, carried from one section to the next for progress.
    bool printTargets(
        PdfPager &pager, TargetKind kind, const QString &heading, int &done) const;
    bool report(int done, int total) const; // false once cancelled

    QSqlDatabase m_db;
    ReportOptions m_options;
    QList<ReportChart> m_charts;
    QStringList m_chartTables; // one per chart
    QList<ComparedTarget> m_targets;
    QList<StatisticSource> m_sources;
    QHash<QString, RegionInfo> m_regions;
    QHash<QString, IndicatorInfo> m_indicators;
    int m_documents = 0;
    std::function<bool(int, int)> m_progress;
    mutable bool m_cancelled = false;
};

} // namespace policylens
