#include "charts/compareview.h"

#include "charts/chartexporter.h"
#include "charts/exportoptionsdialog.h"
#include "compare/comparerepository.h"
#include "report/tableexporter.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

namespace policylens {

namespace {

constexpr int kCodeRole = Qt::UserRole;

} // namespace

CompareView::CompareView(QWidget *parent)
    : Retranslating(parent)
    , m_builder(new ChartBuilder(this))
    , m_view(new QChartView(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_indicatorLabel(new QLabel(this))
    , m_indicator(new QComboBox(this))
    , m_citiesLabel(new QLabel(this))
    , m_cities(new QListWidget(this))
    , m_yearsLabel(new QLabel(this))
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_export(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_chartArea(new QSplitter(Qt::Vertical, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setChart(new QChart);
    for (QSpinBox *box : { m_from, m_to }) {
        // 0 stands for "no limit"; the special text says so.
        box->setRange(0, 2100);
        box->setValue(0);
    }
    m_indicator->setMinimumContentsLength(18);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setWordWrap(true);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildPickers());
    m_chartArea->addWidget(m_view);
    layout->addWidget(m_chartArea, 1);

    for (ChartKind kind : allChartKinds())
        m_type->addItem(QString(), static_cast<int>(kind));
    retranslateUi();
    connectPickers();
    connect(m_export, &QPushButton::clicked, this, &CompareView::exportWithDialog);
    connect(m_copy, &QPushButton::clicked, this, &CompareView::copyToClipboard);
    connect(m_builder, &ChartBuilder::hovered, this, &CompareView::showHover);
    connect(m_builder, &ChartBuilder::targetActivated, this, &CompareView::targetActivated);
    connect(m_builder, &ChartBuilder::documentActivated, this, &CompareView::documentActivated);
}

QWidget *CompareView::buildPickers()
{
    // A narrow column beside the chart: what to draw, then how to take it out.
    auto *controls = new QVBoxLayout;
    controls->addWidget(m_typeLabel);
    controls->addWidget(m_type);
    controls->addWidget(m_indicatorLabel);
    controls->addWidget(m_indicator);
    controls->addWidget(m_citiesLabel);
    controls->addWidget(m_cities, 1);
    controls->addWidget(m_yearsLabel);
    auto *years = new QHBoxLayout;
    years->addWidget(m_from);
    years->addWidget(m_to);
    controls->addLayout(years);
    controls->addWidget(m_export);
    controls->addWidget(m_copy);
    controls->addWidget(m_status);
    auto *side = new QWidget(this);
    side->setLayout(controls);
    side->setMaximumWidth(280);
    return side;
}

void CompareView::connectPickers()
{
    // Until the researcher ticks a city, the ticked cities follow the chart: those with data.
    const auto chartChanged = [this] {
        if (!m_updating && !m_customCities)
            tickCitiesWithData();
        pickersChanged();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, chartChanged);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, chartChanged);
    connect(m_cities, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            m_customCities = true;
        pickersChanged();
    });
    connect(m_from, &QSpinBox::valueChanged, this, &CompareView::pickersChanged);
    connect(m_to, &QSpinBox::valueChanged, this, &CompareView::pickersChanged);
}

CompareView::~CompareView()
{
    // The chart's mappers point into the builder's models: drop the chart first.
    delete m_view->chart();
}

Language CompareView::language() const
{
    // LanguageManager sets the default locale with the UI language.
    return languageFromString(QLocale().name());
}

void CompareView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_builder->setDatabase(db);
    refresh();
}

void CompareView::setRequest(const ChartRequest &request)
{
    m_updating = true;
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(request.kind)));
    const int indicator = m_indicator->findData(request.indicator);
    if (indicator >= 0)
        m_indicator->setCurrentIndex(indicator);
    m_customCities = !request.cities.isEmpty();
    if (m_customCities) {
        for (int i = 0; i < m_cities->count(); ++i) {
            QListWidgetItem *item = m_cities->item(i);
            item->setCheckState(request.cities.contains(item->data(kCodeRole).toString())
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
    } else {
        tickCitiesWithData();
    }
    m_from->setValue(request.fromYear);
    m_to->setValue(request.toYear);
    m_updating = false;
    ChartRequest r = request;
    r.language = language();
    m_builder->setRequest(r);
    rebuildChart();
}

void CompareView::refresh()
{
    reloadPickers();
    pickersChanged();
}

void CompareView::reloadPickers()
{
    m_updating = true;
    const Language lang = language();
    const QString currentIndicator = m_indicator->currentData().toString();
    QStringList checked;
    bool anyListed = m_cities->count() > 0;
    for (int i = 0; i < m_cities->count(); ++i) {
        if (m_cities->item(i)->checkState() == Qt::Checked)
            checked << m_cities->item(i)->data(kCodeRole).toString();
    }
    const CompareRepository repo(m_db);
    m_indicator->clear();
    for (const IndicatorInfo &info : repo.indicatorsWithTargets())
        m_indicator->addItem(info.name(lang), info.key);
    const int keep = m_indicator->findData(currentIndicator);
    m_indicator->setCurrentIndex(keep >= 0 ? keep : 0);
    m_cities->clear();
    for (const RegionInfo &region : repo.regionsWithData()) {
        auto *item = new QListWidgetItem(region.name(lang), m_cities);
        item->setData(kCodeRole, region.code);
        item->setCheckState(anyListed && checked.contains(region.code) ? Qt::Checked : Qt::Unchecked);
    }
    if (!repo.lastError().isEmpty())
        m_status->setText(repo.lastError());
    // The researcher's own choice is kept; otherwise the cities with data are ticked.
    if (!m_customCities)
        tickCitiesWithData();
    m_updating = false;
}

void CompareView::tickCitiesWithData()
{
    const ChartKind kind = static_cast<ChartKind>(m_type->currentData().toInt());
    const QString indicator = m_indicator->currentData().toString();
    QSet<QString> withData;
    const bool perIndicator = kind == ChartKind::Compare || kind == ChartKind::Progress;
    if (perIndicator && !indicator.isEmpty()) {
        const CompareRepository repo(m_db);
        for (const ComparedTarget &t : repo.targets(TargetKind::Target, indicator, {}))
            withData.insert(t.regionCode);
        if (kind == ChartKind::Progress) {
            for (const StatisticRecord &s : repo.statistics(indicator, {}))
                withData.insert(s.regionCode);
        }
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int i = 0; i < m_cities->count(); ++i) {
        QListWidgetItem *item = m_cities->item(i);
        const bool has = !perIndicator || withData.contains(item->data(kCodeRole).toString());
        item->setCheckState(has ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = wasUpdating;
}

void CompareView::pickersChanged()
{
    if (m_updating)
        return;
    ChartRequest r;
    r.kind = static_cast<ChartKind>(m_type->currentData().toInt());
    r.indicator = m_indicator->currentData().toString();
    for (int i = 0; i < m_cities->count(); ++i) {
        if (m_cities->item(i)->checkState() == Qt::Checked)
            r.cities << m_cities->item(i)->data(kCodeRole).toString();
    }
    r.fromYear = m_from->value();
    r.toYear = m_to->value();
    r.language = language();
    const bool needsIndicator = r.kind == ChartKind::Compare || r.kind == ChartKind::Progress;
    m_indicator->setEnabled(needsIndicator);
    if (!needsIndicator)
        r.indicator.clear();
    m_builder->setRequest(r);
    rebuildChart();
}

void CompareView::rebuildChart()
{
    if (!m_db.isValid())
        return;
    if (const Result<void> loaded = m_builder->reload(); !loaded)
        m_status->setText(loaded.error());
    else
        m_status->setText(m_builder->isEmpty() ? tr("No data for this selection.") : QString());
    QChart *old = m_view->chart();
    m_view->setChart(m_builder->createChart());
    delete old;
    if (m_supplement)
        m_supplement->setVisible(m_builder->request().kind == m_supplementKind);
    emit chartRebuilt();
}

void CompareView::setSupplement(ChartKind kind, QWidget *widget)
{
    m_supplementKind = kind;
    m_supplement = widget;
    m_chartArea->addWidget(widget);
    m_chartArea->setStretchFactor(0, 3);
    m_chartArea->setStretchFactor(1, 2);
    m_chartArea->setSizes({ 480, 320 });
    widget->setVisible(m_builder->request().kind == kind);
}

void CompareView::showHover(const QString &text, bool entered)
{
    m_hoverText = entered ? text : QString();
    if (entered && !text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, m_view);
    else
        QToolTip::hideText();
}

bool CompareView::exportTo(const QString &path, const QSize &size, int dpi, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) {
        const Result<void> written
            = TableExporter::write(*m_builder->dataModel(), path, m_builder->dataHasRowHeaders());
        if (!written && error)
            *error = written.error();
        return bool(written);
    }
    // A fresh chart, so the one on screen keeps its size and scene.
    const std::unique_ptr<QChart> chart(m_builder->createChart());
    return ChartExporter::write(chart.get(), path, size, dpi, error);
}

void CompareView::copyToClipboard()
{
    const std::unique_ptr<QChart> chart(m_builder->createChart());
    ChartExporter::copyToClipboard(chart.get(), m_view->size());
}

void CompareView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_builder->title(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;"
           "CSV data (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QSize size(1200, 750);
    int dpi = 96;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg")
        || suffix == QLatin1String("pdf")) {
        ExportOptionsDialog dialog(suffix == QLatin1String("png"), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        size = dialog.logicalSize();
        dpi = dialog.dpi();
        if (suffix == QLatin1String("png"))
            size = QSize(qRound(size.width() * dpi / 96.0), qRound(size.height() * dpi / 96.0));
    }
    QString error;
    if (!exportTo(path, size, dpi, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void CompareView::reloadForLanguage()
{
    // City, indicator and unit names follow the language too.
    if (m_db.isValid())
        refresh();
}

void CompareView::retranslateUi()
{
    m_typeLabel->setText(tr("Chart"));
    const QStringList names { tr("Target comparison"), tr("Progress to target"), tr("Coverage"),
        tr("Timeline"), tr("Incentives"), tr("Policy instruments") };
    for (int i = 0; i < m_type->count() && i < names.size(); ++i)
        m_type->setItemText(i, names.at(i));
    m_indicatorLabel->setText(tr("Indicator"));
    m_citiesLabel->setText(tr("Cities"));
    m_yearsLabel->setText(tr("Years (from – to)"));
    m_from->setSpecialValueText(tr("any"));
    m_to->setSpecialValueText(tr("any"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX."));
    m_copy->setText(tr("Copy image"));
}

} // namespace policylens
