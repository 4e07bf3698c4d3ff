#include "documents/documentsview.h"

#include "common/choicedelegate.h"
#include "common/recordtable.h"
#include "documents/documentmetadatadialog.h"
#include "documents/documentviewer.h"
#include "models/documentsfilterproxy.h"
#include "models/documentsmodel.h"
#include "models/searchresultsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "review/selectionguess.h"
#include "search/searchprovider.h"
#include "session/workspacesession.h"
#include "targets/addtargetdialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace policylens {

namespace {

QWidget *titled(QLabel *label, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

DocumentsView::DocumentsView(QWidget *parent)
    : WorkspaceView(parent)
    , m_proxy(new DocumentsFilterProxy(this))
    , m_resultsModel(new SearchResultsModel(this))
    , m_targetsProxy(new TargetsFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_resultsLabel(new QLabel(this))
    , m_results(new QListView(this))
    , m_title(new QLabel(this))
    , m_viewer(new DocumentViewer(this))
    , m_targetsLabel(new QLabel(this))
    , m_targetsTable(new QTableView(this))
    , m_addTarget(new QPushButton(this))
    , m_editDetails(new QPushButton(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
{
    m_filter->setObjectName(QStringLiteral("documentFilter"));
    m_search->setObjectName(QStringLiteral("documentSearch"));
    m_filter->setClearButtonEnabled(true);
    m_search->setClearButtonEnabled(true);
    setupTables();
    m_title->setWordWrap(true);
    m_editDetails->setObjectName(QStringLiteral("editDocumentDetails"));
    m_editDetails->setEnabled(false); // until a document is open

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(buildSplitters(), 1);

    connectLibrary();
    connectDocument();
    retranslateUi();
}

void DocumentsView::setupTables()
{
    setupRecordTable(m_table, m_proxy);
    // Title, issuer, region, date, type and status are corrected in place (double-click).
    m_table->setItemDelegate(new ChoiceDelegate(DocumentsModel::ChoicesRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Many columns: each keeps its width (restored from the settings) instead of stretching.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(90);

    m_results->setModel(m_resultsModel);
    m_results->setUniformItemSizes(true);

    // The open document's targets: read-only here, reviewed in the Targets tab.
    m_targetsProxy->setDynamicSortFilter(true);
    m_targetsTable->setModel(m_targetsProxy);
    m_targetsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targetsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targetsTable->verticalHeader()->hide();
    m_targetsTable->horizontalHeader()->setStretchLastSection(true);
}

QSplitter *DocumentsView::buildSplitters()
{
    // Left: the library and the search hits below it; right: the open document over its targets.
    m_leftSplitter->addWidget(m_table);
    m_leftSplitter->addWidget(titled(m_resultsLabel, m_results));
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);
    m_rightSplitter->addWidget(titled(m_title, m_viewer, m_editDetails));
    m_rightSplitter->addWidget(titled(m_targetsLabel, m_targetsTable, m_addTarget));
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    return m_mainSplitter;
}

void DocumentsView::connectLibrary()
{
    connect(m_filter, &QLineEdit::textChanged, this, &DocumentsView::setTextFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { runSearch(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                openDocument(current.data(DocumentsModel::IdRole).toLongLong());
        });
    // A search hit opens its document at the hit, by keyboard or by a single click.
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        openDocument(index.data(SearchResultsModel::DocumentIdRole).toLongLong());
        m_viewer->showSpan(index.data(SearchResultsModel::PositionRole).toInt(),
            index.data(SearchResultsModel::LengthRole).toInt());
    });
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
}

void DocumentsView::connectDocument()
{
    connect(m_targetsTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_viewer->showTarget(index.data(TargetsModel::IdRole).toLongLong());
    });
    connect(m_viewer, &DocumentViewer::targetActivated, this, &DocumentsView::onTargetActivated);
    connect(m_viewer, &DocumentViewer::addTargetRequested, this,
        &DocumentsView::addTargetFromSelection);
    connect(m_addTarget, &QPushButton::clicked, this, &DocumentsView::addTargetFromSelection);
    connect(m_editDetails, &QPushButton::clicked, this, &DocumentsView::editDocumentDetails);
    // The viewer marks the document's targets; any change of that list redraws the marks.
    connect(m_targetsProxy, &QAbstractItemModel::modelReset, this, &DocumentsView::rebuildMarks);
    connect(m_targetsProxy, &QAbstractItemModel::layoutChanged, this, &DocumentsView::rebuildMarks);
    connect(m_targetsProxy, &QAbstractItemModel::rowsInserted, this, &DocumentsView::rebuildMarks);
    connect(m_targetsProxy, &QAbstractItemModel::rowsRemoved, this, &DocumentsView::rebuildMarks);
    connect(m_targetsProxy, &QAbstractItemModel::dataChanged, this, &DocumentsView::rebuildMarks);
}

void DocumentsView::sessionChanged()
{
    m_resultsModel->clear();
    m_viewer->showDocument(0, QString());
    m_title->clear();
    m_proxy->setSourceModel(session() ? session()->documents() : nullptr);
    m_targetsProxy->setSourceModel(session() ? session()->documentTargets() : nullptr);
    for (int c : { TargetsModel::Document, TargetsModel::Region, TargetsModel::Kind,
             TargetsModel::Unit, TargetsModel::Comparator, TargetsModel::Sentence })
        m_targetsTable->setColumnHidden(c, true);
    m_table->setColumnWidth(DocumentsModel::Title, 250);
    m_table->setColumnWidth(DocumentsModel::Issuer, 130);
    m_table->setColumnWidth(DocumentsModel::Region, 70);
    m_table->setColumnWidth(DocumentsModel::Date, 110);
    m_table->setColumnWidth(DocumentsModel::Format, 50);
    m_table->setColumnWidth(DocumentsModel::TargetCount, 50);
    m_targetsTable->setColumnWidth(TargetsModel::Indicator, 170);
    m_targetsTable->setColumnWidth(TargetsModel::Value, 110);
    m_targetsTable->setColumnWidth(TargetsModel::Year, 50);
    retranslateUi();
}

void DocumentsView::followSidebar(const SidebarFilter &filter)
{
    m_proxy->setRegionIds(filter.regionIds);
    m_proxy->setYear(filter.year);
}

void DocumentsView::setTextFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setText(text.trimmed());
}

void DocumentsView::openDocument(qint64 documentId)
{
    if (!session() || documentId <= 0)
        return;
    if (m_viewer->documentId() != documentId) {
        m_viewer->showDocument(documentId, session()->documents()->body(documentId));
        m_title->setText(session()->documents()->title(documentId));
        m_editDetails->setEnabled(true);
        TargetFilter filter;
        filter.documentId = documentId;
        session()->documentTargets()->setFilter(filter);
        while (session()->documentTargets()->canFetchMore({}))
            session()->documentTargets()->fetchMore({});
        rebuildMarks();
    }
}

void DocumentsView::rebuildMarks()
{
    QList<DocumentViewer::Mark> marks;
    for (int row = 0; row < m_targetsProxy->rowCount(); ++row) {
        const QModelIndex i = m_targetsProxy->index(row, 0);
        marks.append({ i.data(TargetsModel::IdRole).toLongLong(),
            i.data(TargetsModel::KindRole).value<TargetKind>(),
            i.data(TargetsModel::StatusRole).value<ReviewStatus>(),
            i.data(TargetsModel::StartRole).toInt(), i.data(TargetsModel::EndRole).toInt(),
            i.data(TargetsModel::QuoteStartRole).toInt(),
            i.data(TargetsModel::QuoteEndRole).toInt() });
    }
    m_viewer->setMarks(marks);
    retranslateUi();
}

void DocumentsView::onTargetActivated(qint64 targetId)
{
    for (int row = 0; row < m_targetsProxy->rowCount(); ++row) {
        const QModelIndex i = m_targetsProxy->index(row, 0);
        if (i.data(TargetsModel::IdRole).toLongLong() == targetId) {
            m_targetsTable->selectRow(row);
            m_targetsTable->scrollTo(i);
            return;
        }
    }
}

bool DocumentsView::showTarget(qint64 documentId, qint64 targetId)
{
    openDocument(documentId);
    onTargetActivated(targetId);
    return m_viewer->showTarget(targetId);
}

void DocumentsView::runSearch(const QString &query)
{
    if (!session())
        return;
    if (m_search->text() != query)
        m_search->setText(query);
    m_lastQuery = query.trimmed();
    const QList<SearchHit> hits = session()->search().search(m_lastQuery, 500, 24);
    m_resultsModel->setHits(hits);
    m_lastHitCount = m_lastQuery.isEmpty() ? -1 : static_cast<int>(hits.size());
    retranslateUi();
}

void DocumentsView::addTargetFromSelection()
{
    if (!session() || m_viewer->documentId() <= 0)
        return;
    const QTextCursor cursor = m_viewer->textCursor();
    if (!cursor.hasSelection()) {
        emit statusMessage(tr("Select the number and its unit in the document text first."));
        return;
    }
    const QString body = m_viewer->toPlainText();
    const TargetRecord guess = SelectionGuess::guess(
        m_viewer->documentId(), body, cursor.selectionStart(), cursor.selectionEnd());
    AddTargetDialog dialog(guess, cursor.selectedText(), session()->catalog(),
        QLocale().language() == QLocale::Chinese, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = session()->review()->addManualTarget(dialog.input());
    if (id > 0) {
        m_viewer->showTarget(id);
        onTargetActivated(id);
    }
}

void DocumentsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("documents/main"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("documents/left"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("documents/right"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("documents/header"), m_table->horizontalHeader()->saveState());
}

void DocumentsView::restoreSettings(const QSettings &settings)
{
    m_mainSplitter->restoreState(settings.value(QStringLiteral("documents/main")).toByteArray());
    m_leftSplitter->restoreState(settings.value(QStringLiteral("documents/left")).toByteArray());
    m_rightSplitter->restoreState(settings.value(QStringLiteral("documents/right")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("documents/header")).toByteArray());
}

void DocumentsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by title, issuer or document number"));
    m_search->setPlaceholderText(tr("Search the full text (Enter)"));
    if (m_lastHitCount < 0)
        m_resultsLabel->setText(tr("Search results"));
    else
        m_resultsLabel->setText(
            tr("%n place(s) found for “%1”", nullptr, m_lastHitCount).arg(m_lastQuery));
    if (m_viewer->documentId() <= 0)
        m_title->setText(tr("No document open"));
    m_targetsLabel->setText(tr("Targets in this document: %1").arg(m_targetsProxy->rowCount()));
    m_addTarget->setText(tr("Add target from selection…"));
    m_editDetails->setText(tr("Edit details…"));
    m_editDetails->setToolTip(tr("Correct the title, issuer, region, date, type or status."));
    m_addTarget->setToolTip(
        tr("Select a number with its unit in the text, then add it as a target."));
}

void DocumentsView::editDocumentDetails()
{
    if (!session() || m_viewer->documentId() <= 0)
        return;
    DocumentMetadataDialog dialog(session(), m_viewer->documentId(), this);
    dialog.exec();
}

} // namespace policylens
