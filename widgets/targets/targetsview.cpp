#include "targets/targetsview.h"

#include "common/choicedelegate.h"
#include "common/kindstyle.h"
#include "common/recordtable.h"
#include "models/regiontreemodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "session/workspacesession.h"
#include "targets/competingvalues.h"
#include "targets/targeteditor.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace policylens {

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

TargetsView::TargetsView(QWidget *parent)
    : WorkspaceView(parent)
    , m_proxy(new TargetsFilterProxy(this))
    , m_region(new QComboBox(this))
    , m_indicator(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_panel(new QGroupBox(this))
    , m_document(new QLabel(this))
    , m_sentence(new QTextBrowser(this))
    , m_editor(new TargetEditor(this))
    , m_competing(new CompetingValues(this))
    , m_verify(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_showInDocument(new QPushButton(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_textDelay(new QTimer(this))
{
    setupFilters();
    setupTable();
    setupPanel();
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *filters = new QHBoxLayout;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_region, m_indicator, m_kind, m_year, m_status })
        filters->addWidget(w);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connectFilters();
    connectPanel();
    retranslateUi();
}

void TargetsView::setupFilters()
{
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_indicator->setObjectName(QStringLiteral("indicatorFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setClearButtonEnabled(true);
    // Region and indicator names are long; without a minimum the row of filters jumps in
    // width whenever the choices are refilled.
    m_region->setMinimumContentsLength(8);
    m_indicator->setMinimumContentsLength(12);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

void TargetsView::setupTable()
{
    setupRecordTable(m_table, m_proxy);
    // Kind, comparator and unit are edited in place with a list of the valid choices; typing
    // on a row starts editing, as in a spreadsheet.
    m_table->setItemDelegate(new ChoiceDelegate(TargetsModel::ChoicesRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void TargetsView::setupPanel()
{
    m_document->setWordWrap(true);
    m_sentence->setOpenLinks(false);
    m_sentence->setMinimumHeight(80);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_reset);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(m_document);
    panelLayout->addWidget(m_sentence, 1);
    panelLayout->addLayout(buttons);
    panelLayout->addWidget(m_competing);
    panelLayout->addWidget(m_editor);
    panelLayout->addWidget(m_showInDocument);
}

void TargetsView::connectFilters()
{
    // Typing filters after a pause, not on every key: each filter change re-queries the model.
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &TargetsView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox *combo : { m_region, m_indicator, m_kind, m_year, m_status }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) // refilling the choices is not a choice of the researcher
                applyFilter();
        });
    }
}

void TargetsView::connectPanel()
{
    connect(m_verify, &QPushButton::clicked, this, &TargetsView::verifyCurrent);
    connect(m_reject, &QPushButton::clicked, this, &TargetsView::rejectCurrent);
    connect(m_reset, &QPushButton::clicked, this, &TargetsView::resetCurrent);
    connect(m_showInDocument, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid())
            emit showInDocumentRequested(i.data(TargetsModel::DocumentIdRole).toLongLong(),
                i.data(TargetsModel::IdRole).toLongLong());
    });
    // The panel shows the current row, so a review or edit of it redraws the panel; the count
    // follows every change of the rows.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TargetsView::updatePanel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TargetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TargetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TargetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TargetsView::updateCount);
}

void TargetsView::sessionChanged()
{
    m_proxy->setSourceModel(session() ? session()->targets() : nullptr);
    m_editor->setSession(session());
    m_competing->setSession(session());
    if (m_table->selectionModel()) {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TargetsView::updatePanel, Qt::UniqueConnection);
    }
    m_table->setColumnWidth(TargetsModel::Document, 220);
    m_table->setColumnWidth(TargetsModel::Indicator, 170);
    m_table->setColumnWidth(TargetsModel::Value, 150);
    m_table->setColumnWidth(TargetsModel::Comparator, 90);
    m_table->setColumnWidth(TargetsModel::Unit, 80);
    m_table->setColumnWidth(TargetsModel::Year, 60);
    fillFilterChoices();
    applyFilter();
}

void TargetsView::fillFilterChoices()
{
    m_filling = true;
    const QVariant region = m_region->currentData();
    const QVariant indicator = m_indicator->currentData();
    const QVariant kind = m_kind->currentData();
    const QVariant year = m_year->currentData();
    const QVariant status = m_status->currentData();
    const bool zh = chineseUi();
    for (QComboBox *combo : { m_region, m_indicator, m_kind, m_year, m_status })
        combo->clear();
    m_region->addItem(tr("All regions"), qint64(0));
    // Targets of documents without a region (region id 0 in the filter).
    m_region->addItem(tr("Region unknown"), qint64(-1));
    m_indicator->addItem(tr("All indicators"), QString());
    m_kind->addItem(tr("All kinds"), QString());
    m_year->addItem(tr("All years"), 0);
    m_status->addItem(tr("Any review status"), QString());
    if (session()) {
        // Every level down to districts, a district labelled with its city; the catalog's
        // "Region unknown" choice is the -1 entry above.
        for (const QVariant &choice : session()->catalog().regionChoices(zh)) {
            const QVariantList pair = choice.toList();
            if (pair.value(0).toLongLong() > 0)
                m_region->addItem(pair.value(1).toString(), pair.value(0).toLongLong());
        }
        for (const Catalog::Indicator &i : session()->catalog().indicators())
            m_indicator->addItem(zh ? i.nameZh : i.nameEn, i.key);
        const RegionTreeModel *tree = session()->regions();
        const QModelIndex years = tree->index(1, 0);
        for (int row = 0; row < tree->rowCount(years); ++row) {
            const QModelIndex y = tree->index(row, 0, years);
            m_year->addItem(y.data().toString(), y.data(RegionTreeModel::YearRole).toInt());
        }
    }
    for (const TargetKind k : TargetsModel::kinds())
        m_kind->addItem(TargetsModel::kindLabel(k), toString(k));
    for (const ReviewStatus s : TargetsModel::statuses())
        m_status->addItem(TargetsModel::statusLabel(s), toString(s));
    selectData(m_region, region.isValid() ? region : QVariant(qint64(0)));
    selectData(m_indicator, indicator);
    selectData(m_kind, kind);
    selectData(m_year, year.isValid() ? year : QVariant(0));
    selectData(m_status, status);
    m_filling = false;
}

TargetFilter TargetsView::currentFilter() const
{
    TargetFilter f;
    const qint64 region = m_region->currentData().toLongLong();
    if (region > 0 && session())
        f.regionIds = session()->catalog().regionWithDescendants(region);
    else if (region < 0)
        f.regionIds = { 0 };
    f.indicator = m_indicator->currentData().toString();
    f.kind = targetKindFromString(m_kind->currentData().toString());
    f.year = m_year->currentData().toInt();
    f.status = reviewStatusFromString(m_status->currentData().toString());
    f.text = m_text->text().trimmed();
    return f;
}

void TargetsView::applyFilter()
{
    if (!session())
        return;
    const TargetFilter f = currentFilter();
    // SQL narrows what is loaded; the proxy keeps it exact while reviews change rows.
    session()->targets()->setFilter(f);
    m_proxy->setFilter(f);
    updateCount();
    updatePanel();
}

void TargetsView::followSidebar(const SidebarFilter &filter)
{
    // The filter box offers the region itself; currentFilter() adds the regions below it.
    setRegion(filter.region);
    setYear(filter.year);
}

void TargetsView::setRegion(qint64 regionId)
{
    selectData(m_region, regionId);
}

void TargetsView::setYear(int year)
{
    selectData(m_year, year);
}

void TargetsView::setIndicator(const QString &key)
{
    selectData(m_indicator, key);
}

void TargetsView::setKind(const QString &kind)
{
    selectData(m_kind, kind);
}

void TargetsView::setStatus(const QString &status)
{
    selectData(m_status, status);
}

void TargetsView::setText(const QString &text)
{
    m_text->setText(text);
    m_textDelay->stop();
    applyFilter();
}

qint64 TargetsView::currentTargetId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(TargetsModel::IdRole).toLongLong() : 0;
}

bool TargetsView::selectTarget(qint64 targetId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(TargetsModel::IdRole).toLongLong() == targetId) {
            m_table->setCurrentIndex(i);
            m_table->scrollTo(i);
            return true;
        }
    }
    return false;
}

void TargetsView::verifyCurrent()
{
    if (session() && currentTargetId())
        session()->review()->verify(currentTargetId());
}

void TargetsView::rejectCurrent()
{
    if (session() && currentTargetId())
        session()->review()->reject(currentTargetId());
}

void TargetsView::resetCurrent()
{
    if (session() && currentTargetId())
        session()->review()->setStatus(currentTargetId(), ReviewStatus::Unreviewed);
}

void TargetsView::updateCount()
{
    if (!session()) {
        m_count->clear();
        return;
    }
    const qint64 total = session()->targets()->totalCount();
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(total));
}

void TargetsView::updatePanel()
{
    updateCount();
    const QModelIndex i = m_table->currentIndex();
    const bool has = i.isValid();
    for (QPushButton *b : { m_verify, m_reject, m_reset, m_showInDocument })
        b->setEnabled(has);
    m_editor->setTarget(i);
    m_competing->setTarget(has ? i.data(TargetsModel::IdRole).toLongLong() : 0);
    if (!has) {
        m_document->setText(tr("Select a target to see its source sentence."));
        m_sentence->clear();
        return;
    }
    const QString sentence = i.data(TargetsModel::SentenceRole).toString();
    const int start = i.data(TargetsModel::StartRole).toInt();
    const int quoteStart = i.data(TargetsModel::QuoteStartRole).toInt() - start;
    const int quoteEnd = i.data(TargetsModel::QuoteEndRole).toInt() - start;
    const auto status = i.data(TargetsModel::StatusRole).value<ReviewStatus>();
    QString html;
    if (quoteStart >= 0 && quoteEnd <= sentence.size() && quoteStart < quoteEnd) {
        html = sentence.left(quoteStart).toHtmlEscaped()
            + QStringLiteral("<b style=\"background-color:%1\">")
                  .arg(KindStyle::background(i.data(TargetsModel::KindRole).value<TargetKind>()).name())
            + sentence.mid(quoteStart, quoteEnd - quoteStart).toHtmlEscaped()
            + QStringLiteral("</b>") + sentence.mid(quoteEnd).toHtmlEscaped();
    } else {
        html = sentence.toHtmlEscaped();
    }
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(KindStyle::statusColor(status).name(),
                    TargetsModel::statusLabel(status).toHtmlEscaped());
    m_sentence->setHtml(html);
    m_document->setText(i.data(TargetsModel::DocumentTitleRole).toString());
}

void TargetsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("targets/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("targets/header"), m_table->horizontalHeader()->saveState());
}

void TargetsView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("targets/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("targets/header")).toByteArray());
}

void TargetsView::retranslateUi()
{
    m_text->setPlaceholderText(tr("Text in sentence or title"));
    m_panel->setTitle(tr("Source sentence"));
    m_verify->setText(tr("Verify"));
    m_verify->setToolTip(tr("Mark this target as checked against the source."));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Mark this target as wrongly extracted."));
    m_reset->setText(tr("Unreview"));
    m_showInDocument->setText(tr("Show in document"));
    m_region->setToolTip(tr("Region"));
    m_indicator->setToolTip(tr("Indicator"));
    m_kind->setToolTip(tr("Kind"));
    m_year->setToolTip(tr("Target year"));
    m_status->setToolTip(tr("Review status"));
    const bool wasApplying = m_filling;
    fillFilterChoices();
    m_filling = wasApplying;
    updatePanel();
}

} // namespace policylens
