#include "statistics/statisticsview.h"

#include "common/choicedelegate.h"
#include "common/recordtable.h"
#include "models/statisticsfilterproxy.h"
#include "models/statisticsmodel.h"
#include "session/workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace policylens {

StatisticsView::StatisticsView(QWidget *parent)
    : WorkspaceView(parent)
    , m_proxy(new StatisticsFilterProxy(this))
    , m_hint(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_table(new QTableView(this))
{
    m_import->setObjectName(QStringLiteral("importStatisticsButton"));
    setupRecordTable(m_table, m_proxy);
    // The indicator column offers the workspace's indicators, so a row filed under a label
    // the taxonomy did not know can be refiled.
    m_table->setItemDelegate(new ChoiceDelegate(StatisticsModel::ChoicesRole, m_table));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_import, &QPushButton::clicked, this, &StatisticsView::importRequested);
    setImportAvailable(false);
}

void StatisticsView::sessionChanged()
{
    m_proxy->setSourceModel(session() ? session()->statistics() : nullptr);
    m_table->setColumnWidth(StatisticsModel::Region, 120);
    m_table->setColumnWidth(StatisticsModel::Indicator, 220);
    m_table->setColumnWidth(StatisticsModel::Value, 180);
}

void StatisticsView::followSidebar(const SidebarFilter &filter)
{
    m_proxy->setRegionIds(filter.regionIds);
    m_proxy->setYear(filter.year);
}

void StatisticsView::setImportAvailable(bool available)
{
    m_importAvailable = available;
    m_import->setEnabled(available);
    retranslateUi();
}

void StatisticsView::saveSettings(QSettings &settings) const
{
    settings.setValue(
        QStringLiteral("statistics/header"), m_table->horizontalHeader()->saveState());
}

void StatisticsView::restoreSettings(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("statistics/header")).toByteArray());
}

void StatisticsView::retranslateUi()
{
    m_hint->setText(tr("Published figures by region, indicator and period, with the sentence "
                       "they were quoted from. Double-click an indicator, value, unit, year, "
                       "source or quote to correct it; Ctrl+Z undoes."));
    m_import->setText(tr("Import CSV/XLSX…"));
    m_import->setToolTip(m_importAvailable
            ? tr("Import statistics from CSV or Excel files.")
            : tr("Statistics import is not available in this build yet."));
}

} // namespace policylens
