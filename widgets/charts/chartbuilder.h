#pragma once

#include "core/result.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAbstractSeries;
class QColor;
class QChart;
class QPointF;
QT_END_NAMESPACE

namespace policylens {

class ChartDataModel;
class ChartOverlay;
class CompareModel;
class CoverageModel;
class IncentivesModel;
class InstrumentSharesModel;
class ProgressModel;
class TargetComparisonModel;
class TimelineModel;

enum class ChartKind { Compare, Progress, Coverage, Timeline, Incentives, Instruments };

// "compare", "progress"... as on the command line.
QString chartKindKey(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString &key);
QList<ChartKind> allChartKinds();

struct ChartRequest
{
    ChartKind kind = ChartKind::Compare;
    QString indicator; // Compare, Progress; for Incentives an instrument, or empty for all
    QStringList cities; // region codes in display order; empty = every city with data
    int fromYear = 0; // 0 = open
    int toYear = 0;
    Language language = Language::English; // names, units and number format of the chart
};

// Turns one ChartRequest into a QChart whose series are fed from the model/compare item
// models through QVBarModelMapper / QVXYModelMapper. Owns the models, so the charts it makes
// must not outlive it. Reports hover and click on bars and markers as signals.
class ChartBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartBuilder)

public:
    explicit ChartBuilder(QObject *parent = nullptr);
    ~ChartBuilder() override;

    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    void setRequest(const ChartRequest &request) { m_request = request; }
    ChartRequest request() const { return m_request; }

    // Re-reads the current kind's model from the workspace.
    Result<void> reload();
    // The current chart's data for CSV/XLSX export: for values (compare, progress,
    // incentives) one row per value with unit, comparator, year, period and source.
    QAbstractItemModel *dataModel() const;
    // The model the chart is drawn from.
    QAbstractItemModel *chartModel() const;
    // Export tables show row headers for models whose rows are named in the header only.
    bool dataHasRowHeaders() const;
    bool isEmpty() const;

    QString title() const;
    QString sourceNote() const;
    // "site-a.cn; site-b.com and 3 more": sources for a footnote.
    static QString sourceSummary(const QStringList &sources);
    // A new chart (caller owns it) showing the current model. Call after reload().
    QChart *createChart();

    TargetComparisonModel *comparisonModel() const { return m_compare; }
    ProgressModel *progressModel() const { return m_progress; }
    CoverageModel *coverageModel() const { return m_coverage; }
    TimelineModel *timelineModel() const { return m_timeline; }
    IncentivesModel *incentivesModel() const { return m_incentives; }
    InstrumentSharesModel *instrumentsModel() const { return m_instruments; }

signals:
    // Text for a tooltip at the cursor: value, comparator and source sentence.
    void hovered(const QString &text, bool entered);
    void targetActivated(qint64 targetId);
    void documentActivated(qint64 documentId);

private:
    static void placeLegend(QChart *chart);
    void buildCompare(QChart *chart, ChartOverlay *overlay);
    // Adds a series to the chart on its axes.
    using AttachSeries = std::function<void(QAbstractSeries *)>;
    void buildProgress(QChart *chart, ChartOverlay *overlay);
    void addStatisticLine(int city, const QColor &color, const AttachSeries &attach);
    void addPartialYears(QChart *chart, ChartOverlay *overlay, int city, const QColor &color,
        const AttachSeries &attach);
    void addPathToGo(QChart *chart, int city, const QColor &color, const AttachSeries &attach);
    void addTargetMarkers(QChart *chart, ChartOverlay *overlay, int city, const QColor &color,
        const AttachSeries &attach);
    int progressRowAt(int city, int series, const QPointF &p) const;
    void hoverProgress(int city, int series, const QPointF &p, bool on);
    void buildCoverage(QChart *chart, ChartOverlay *overlay);
    void buildTimeline(QChart *chart, ChartOverlay *overlay);
    void buildIncentives(QChart *chart, ChartOverlay *overlay);
    Result<void> reloadInstruments();
    void buildBars(QChart *chart, ChartOverlay *overlay, QAbstractItemModel *model,
        int firstSetColumn, int labelRole, int idRole, const QString &axisTitle);

    QSqlDatabase m_db;
    ChartRequest m_request;
    TargetComparisonModel *m_compare;
    ProgressModel *m_progress;
    CoverageModel *m_coverage;
    TimelineModel *m_timeline;
    IncentivesModel *m_incentives;
    InstrumentSharesModel *m_instruments;
    ChartDataModel *m_data;
};

} // namespace policylens
