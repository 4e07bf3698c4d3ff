#pragma once

#include "charts/chartbuilder.h"

#include <QCoreApplication>
#include <QSize>
#include <QSqlDatabase>
#include <QStringList>

namespace policylens {

struct ReportRequest
{
    QString language = QStringLiteral("en");
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
};

} // namespace policylens
