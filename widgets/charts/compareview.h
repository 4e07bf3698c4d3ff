#pragma once

#include "charts/chartbuilder.h"
#include "common/retranslating.h"

#include <QSqlDatabase>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QToolButton;
QT_END_NAMESPACE

namespace policylens {

// The Compare tab: pick a chart type, an indicator, cities and years; the chart is drawn with
// QtCharts from the model/compare item models. Hovering a bar or marker shows its source
// sentence; clicking one emits targetActivated so the main window can open it in the Targets
// view. Call refresh() whenever targets are reviewed or imported.
class CompareView final : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The workspace's connection (Workspace::database()); reloads the pickers and the chart.
    void setDatabase(const QSqlDatabase &db);
    // Selects a chart without going through the pickers (tests, "show in chart" actions).
    void setRequest(const ChartRequest &request);
    ChartRequest request() const { return m_builder->request(); }

    ChartBuilder *builder() const { return m_builder; }
    QChartView *chartView() const { return m_view; }
    QString lastHoverText() const { return m_hoverText; }
    // A panel shown below the chart while the chart of that kind is picked (the instruments
    // matrix under the instruments chart). The view takes ownership.
    void setSupplement(ChartKind kind, QWidget *widget);

    // Writes the current chart: .png (size in pixels at dpi), .svg / .pdf (size at 96 DPI),
    // or its data as .csv / .xlsx. Returns false with a message naming the file.
    bool exportTo(const QString &path, const QSize &size, int dpi, QString *error);
    void copyToClipboard();

public slots:
    // Re-reads cities, indicators and the chart from the workspace, keeping the selection.
    void refresh();

signals:
    void targetActivated(qint64 targetId);
    void documentActivated(qint64 documentId);
    void chartRebuilt();

private:
    QWidget *buildPickers();
    void connectPickers();
    void retranslateUi() override;
    void reloadForLanguage() override;
    void reloadPickers();
    void tickCitiesWithData();
    void rebuildChart();
    void pickersChanged();
    void showHover(const QString &text, bool entered);
    void exportWithDialog();
    Language language() const;

    QSqlDatabase m_db;
    ChartBuilder *m_builder;
    QChartView *m_view;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_indicatorLabel;
    QComboBox *m_indicator;
    QLabel *m_citiesLabel;
    QListWidget *m_cities;
    QLabel *m_yearsLabel;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QPushButton *m_export;
    QPushButton *m_copy;
    QLabel *m_status;
    QSplitter *m_chartArea;
    QWidget *m_supplement = nullptr;
    ChartKind m_supplementKind = ChartKind::Compare;
    QString m_hoverText;
    bool m_updating = false;
    bool m_customCities = false; // the researcher ticked or unticked a city
};

} // namespace policylens
