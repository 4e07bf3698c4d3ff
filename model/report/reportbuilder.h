#pragma once

#include "compare/comparerepository.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace policylens {

struct ReportChart
{
    QString title;
    QImage image;
    QString note;
};

struct ReportOptions
{
    QString language = QStringLiteral("en"); // names, units and dates follow it
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

    // Reads the targets and sources from the workspace.
    bool build(QString *error);
    int targetCount() const { return int(m_targets.size()); }

    // embedImages: data: URIs (stand-alone .html); otherwise resource names of document().
    QString html(bool embedImages) const;
    std::unique_ptr<QTextDocument> document() const;

    QByteArray toPdf() const;
    QByteArray toOdt(QString *error) const;
    QByteArray toHtml() const;
    QByteArray toDocx(QString *error) const;
    // Format from the suffix: .pdf, .docx, .odt, .html / .htm.
    bool write(const QString &path, QString *error) const;

private:
    QString title() const;
    QString targetsSection(TargetKind kind, const QString &heading) const;
    QString imageName(int index) const;

    QSqlDatabase m_db;
    ReportOptions m_options;
    QList<ReportChart> m_charts;
    QStringList m_chartTables; // one per chart
    QList<ComparedTarget> m_targets;
    QList<StatisticSource> m_sources;
    QHash<QString, RegionInfo> m_regions;
    QHash<QString, IndicatorInfo> m_indicators;
    int m_documents = 0;
};

} // namespace policylens
