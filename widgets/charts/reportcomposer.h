#pragma once

#include "charts/chartbuilder.h"

#include <QCoreApplication>
#include <QSize>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace policylens {

class ReportBuilder;

struct ReportRequest
{
    Language language = Language::English;
    QString title;
    QString workspaceName;
    QStringList indicators; // empty: the indicators with the most targets (up to maxIndicators)
    QStringList cities; // region codes; empty: every city
    QList<ChartKind> charts = allChartKinds();
    int maxIndicators = 6;
    // Without chosen cities, bar and line charts show the cities with the most targets: thirty
    // cities' bars side by side cannot be read, on paper least of all.
    int maxChartCities = 8;
    QSize chartPixels { 2000, 1250 }; // rendered at chartDpi: crisp in print
    int chartDpi = 200;
};

// Draws the chosen charts (compare and progress once per indicator, the others once) and hands
// them with the target tables to ReportBuilder, which writes the PDF / ODT / HTML file.
class ReportComposer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)

public:
    static bool write(const QSqlDatabase &db, const ReportRequest &request, const QString &path,
        QString *error, int *chartCount = nullptr, int *targetCount = nullptr);

    // The charts drawn (QtCharts: on the GUI thread) and the targets read: what is left is
    // ReportBuilder::write, which touches neither widgets nor the database and may run on any
    // thread. vectorCharts: record the charts as pictures (for PDF) instead of bitmaps.
    static std::unique_ptr<ReportBuilder> compose(const QSqlDatabase &db,
        const ReportRequest &request, bool vectorCharts, QString *error, int *chartCount = nullptr);

private:
    struct Plan
    {
        QSqlDatabase db;
        ReportRequest request;
        QStringList chartCities;
        bool vectorCharts = false;
    };
    static bool chooseIndicators(const QSqlDatabase &db, const ReportRequest &request,
        QStringList *indicators, QString *error);
    static QStringList chooseChartCities(const QSqlDatabase &db, const ReportRequest &request);
    static bool addChart(ChartBuilder &builder, ReportBuilder &report, const Plan &plan,
        ChartKind kind, const QString &indicator, QString *error);
};

} // namespace policylens
