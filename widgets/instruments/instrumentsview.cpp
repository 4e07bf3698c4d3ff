#include "instruments/instrumentsview.h"

#include "coding/codingservice.h"
#include "coding/codingsfilterproxy.h"
#include "coding/codingsmodel.h"
#include "coding/instrumentmatrix.h"
#include "coding/instrumentmatrixmodel.h"
#include "common/recordtable.h"
#include "instruments/recodetask.h"
#include "instruments/sidestyle.h"
#include "session/workspacesession.h"
#include "store/documentstore.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace policylens {

InstrumentsView::InstrumentsView(QWidget *parent)
    : WorkspaceView(parent)
    , m_model(new CodingsModel(this))
    , m_proxy(new CodingsFilterProxy(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QComboBox(this))
    , m_sideLabel(new QLabel(this))
    , m_side(new QComboBox(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_text(new QPlainTextEdit(this))
    , m_sentenceCodes(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_newCode(new QComboBox(this))
    , m_change(new QPushButton(this))
    , m_addSelection(new QPushButton(this))
    , m_recode(new QPushButton(this))
    , m_recodeTask(new RecodeTask(this))
{
    setObjectName(QStringLiteral("instrumentsView"));
    m_proxy->setSourceModel(m_model);
    setupTable();
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentenceCodes->setWordWrap(true);
    m_sentenceCodes->setTextFormat(Qt::RichText);
    m_newCode->setMinimumContentsLength(14);
    m_newCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    buildLayout();
    retranslateUi();
    connectFilters();
    connectActions();
}

void InstrumentsView::setupTable()
{
    setupRecordTable(m_table, m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The sentence is what is reviewed: it gets the room, the bookkeeping columns stay narrow.
    m_table->horizontalHeader()->setDefaultSectionSize(90);
    m_table->setColumnWidth(CodingsModel::DocumentColumn, 110);
    m_table->setColumnWidth(CodingsModel::SentenceColumn, 300);
    m_table->setColumnWidth(CodingsModel::CodeColumn, 130);
    m_table->setColumnWidth(CodingsModel::ConfidenceColumn, 60);
    m_table->setColumnWidth(CodingsModel::ReasonColumn, 150);
    m_table->setWordWrap(false);
}

void InstrumentsView::buildLayout()
{
    // Filters above, the codings beside the document they come from, the review actions below.
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_codeLabel, m_code, m_sideLabel, m_side,
             m_regionLabel, m_region, m_statusLabel, m_status })
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_count);

    auto *actions = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { m_accept, m_reject, m_newCode, m_change, m_addSelection })
        actions->addWidget(w);
    actions->addStretch(1);
    actions->addWidget(m_recode);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_sentenceCodes);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
}

void InstrumentsView::connectFilters()
{
    for (QComboBox *box : { m_code, m_side, m_region, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &InstrumentsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InstrumentsView::showCurrent);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &InstrumentsView::selectAtCursor);
    const auto showCount
        = [this] { m_count->setText(tr("%n codings", nullptr, m_proxy->rowCount())); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, showCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, showCount);
}

void InstrumentsView::connectActions()
{
    connect(m_accept, &QPushButton::clicked, this, &InstrumentsView::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &InstrumentsView::rejectCurrent);
    connect(m_change, &QPushButton::clicked, this,
        [this] { changeCurrentCode(m_newCode->currentData().toLongLong()); });
    connect(m_addSelection, &QPushButton::clicked, this,
        [this] { codeSelection(m_newCode->currentData().toLongLong()); });
    connect(m_recode, &QPushButton::clicked, this, &InstrumentsView::recode);
    // After re-coding the count line says what happened, until the rows change again.
    connect(m_recodeTask, &RecodeTask::finished, this,
        [this](std::optional<RecodeResult> result, const QString &message) {
            refresh();
            m_count->setText(result ? tr("Re-coded: %n new codings; reviewed and manual ones kept.", nullptr, result->inserted)
                                    : message);
        });
}

QString InstrumentsView::language() const
{
    return QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void InstrumentsView::sessionChanged()
{
    m_model->setService(nullptr); // before the service it listens to goes
    delete m_service;
    m_service = nullptr;
    m_shownDocument = 0;
    m_text->clear();
    if (session()) {
        const QSqlDatabase db = session()->workspace().database();
        m_service = new CodingService(db, session()->undoStack(), this);
        // A workspace made before coding existed gets the built-in codebook on first view.
        if (m_service->codebooks().codebooks().isEmpty())
            m_service->codebooks().seedBuiltIn();
        connect(m_service, &CodingService::codingChanged, this, &InstrumentsView::tintDocument);
        connect(m_service, &CodingService::codingInserted, this, &InstrumentsView::tintDocument);
        connect(m_service, &CodingService::codingRemoved, this, &InstrumentsView::tintDocument);
        m_model->setService(m_service);
        m_model->setDatabase(db);
    } else {
        m_model->setService(nullptr);
        m_model->setDatabase(QSqlDatabase());
    }
    fillChoices();
}

void InstrumentsView::refresh()
{
    if (!session())
        return;
    m_model->reload();
    fillChoices();
    m_shownDocument = 0;
    showCurrent();
}

bool InstrumentsView::recode()
{
    return session() && m_recodeTask->start(session()->path());
}

void InstrumentsView::fillChoices()
{
    const QString lang = language();
    const auto refill = [](QComboBox *box, const QList<QPair<QString, QVariant>> &items) {
        const QVariant keep = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(qMax(0, box->findData(keep)));
    };
    QList<QPair<QString, QVariant>> codes { { tr("All codes"), QVariant() } };
    QList<QPair<QString, QVariant>> newCodes;
    QList<QPair<QString, QVariant>> regions { { tr("All regions"), QVariant() } };
    if (m_service) {
        for (const StoredCode &c : m_service->codebooks().codes()) {
            codes.append({ c.code.name.forLanguage(lang), c.id });
            newCodes.append({ c.code.name.forLanguage(lang), c.id });
        }
        if (const auto matrix = InstrumentMatrix::load(session()->workspace().database(), {})) {
            for (const InstrumentMatrix::Region &r : matrix->regions)
                regions.append({ InstrumentMatrixModel::regionName(r, languageFromString(lang)), r.id });
        }
    }
    refill(m_code, codes);
    refill(m_newCode, newCodes);
    refill(m_region, regions);
    QList<QPair<QString, QVariant>> sides { { tr("All sides"), QVariant() } };
    for (InstrumentSide s : instrumentSides())
        sides.append({ instrumentSideName(s), sideKey(s) });
    refill(m_side, sides);
    refill(m_status, { { tr("Any review state"), QVariant() },
                         { tr("unreviewed"), codingStatusKey(CodingStatus::Unreviewed) },
                         { tr("accepted"), codingStatusKey(CodingStatus::Accepted) },
                         { tr("rejected"), codingStatusKey(CodingStatus::Rejected) } });
    applyFilter();
}

void InstrumentsView::applyFilter()
{
    const auto id = [](QComboBox *box) {
        return box->currentData().isValid() ? std::optional<qint64>(box->currentData().toLongLong())
                                            : std::nullopt;
    };
    m_proxy->setCodeId(id(m_code));
    m_proxy->setRegionId(id(m_region));
    m_proxy->setSide(m_side->currentData().toString());
    m_proxy->setStatus(m_status->currentData().toString());
    m_count->setText(tr("%n codings", nullptr, m_proxy->rowCount()));
}

qint64 InstrumentsView::currentCodingId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CodingsModel::CodingIdRole).toLongLong() : 0;
}

bool InstrumentsView::selectCoding(qint64 codingId)
{
    const int sourceRow = m_model->rowOf(codingId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void InstrumentsView::acceptCurrent()
{
    if (m_service && currentCodingId() > 0)
        m_service->setStatus(currentCodingId(), CodingStatus::Accepted);
}

void InstrumentsView::rejectCurrent()
{
    if (m_service && currentCodingId() > 0)
        m_service->setStatus(currentCodingId(), CodingStatus::Rejected);
}

bool InstrumentsView::changeCurrentCode(qint64 codeId)
{
    if (!m_service || currentCodingId() == 0 || codeId == 0)
        return false;
    const qint64 id = m_service->changeCode(currentCodingId(), codeId);
    if (id > 0)
        selectCoding(id);
    return id > 0;
}

qint64 InstrumentsView::codeSelection(qint64 codeId)
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_service || m_shownDocument == 0 || !cursor.hasSelection() || codeId == 0)
        return 0;
    const qint64 id = m_service->addCoding(
        m_shownDocument, cursor.selectionStart(), cursor.selectionEnd(), codeId);
    if (id > 0)
        selectCoding(id);
    return id;
}

void InstrumentsView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    showDocument(current.data(CodingsModel::DocumentIdRole).toLongLong());
    const int start = current.data(CodingsModel::StartRole).toInt();
    QTextCursor cursor(m_text->document());
    cursor.setPosition(qMin(start, m_text->document()->characterCount() - 1));
    {
        const QSignalBlocker block(m_text);
        m_text->setTextCursor(cursor);
    }
    m_text->centerCursor();
    tintDocument();
}

void InstrumentsView::showDocument(qint64 documentId)
{
    if (documentId == m_shownDocument || !session())
        return;
    m_shownDocument = documentId;
    const QSignalBlocker block(m_text);
    // Plain text, so positions in the pane are the stored UTF-16 offsets.
    m_text->setPlainText(DocumentStore(session()->workspace().database()).text(documentId));
}

void InstrumentsView::tintDocument()
{
    if (!m_service || m_shownDocument == 0)
        return;
    QHash<qint64, StoredCode> codes;
    for (const StoredCode &c : m_service->codebooks().codes())
        codes.insert(c.id, c);
    const qint64 current = currentCodingId();
    const QModelIndex row = m_table->currentIndex();
    const bool rowShown = row.isValid() && row.data(CodingsModel::DocumentIdRole).toLongLong() == m_shownDocument;
    const int rowStart = rowShown ? row.data(CodingsModel::StartRole).toInt() : -1;
    const int rowEnd = rowShown ? row.data(CodingsModel::EndRole).toInt() : -1;
    QList<QTextEdit::ExtraSelection> tints;
    QStringList beside;
    const QString lang = language();
    const int length = m_text->document()->characterCount() - 1;
    int lastStart = -1;
    for (const CodingRecord &r : m_service->codings().forDocument(m_shownDocument)) {
        const StoredCode code = codes.value(r.codeId);
        if (r.start == rowStart && r.end == rowEnd && r.status != CodingStatus::Rejected)
            beside << QStringLiteral("<span style=\"color:%1\">■</span> %2")
                          .arg(sideColor(code.code.side).name(), code.code.name.forLanguage(lang).toHtmlEscaped());
        if (r.status == CodingStatus::Rejected || r.start == lastStart)
            continue; // one tint per sentence: the side of its first code
        lastStart = r.start;
        QTextEdit::ExtraSelection tint;
        tint.cursor = QTextCursor(m_text->document());
        tint.cursor.setPosition(qMin(r.start, length));
        tint.cursor.setPosition(qMin(r.end, length), QTextCursor::KeepAnchor);
        tint.format.setBackground(sideTint(code.code.side));
        if (r.id == current)
            tint.format.setFontUnderline(true);
        tints.append(tint);
    }
    m_text->setExtraSelections(tints);
    m_sentenceCodes->setText(beside.isEmpty() ? QString() : tr("Codes of this sentence: %1").arg(beside.join(QStringLiteral(" · "))));
}

void InstrumentsView::selectAtCursor()
{
    if (!m_service || m_shownDocument == 0 || m_text->textCursor().hasSelection())
        return;
    const int position = m_text->textCursor().position();
    for (const CodingRecord &r : m_service->codings().forDocument(m_shownDocument)) {
        if (r.start <= position && position < r.end && r.id != currentCodingId()) {
            const QSignalBlocker block(m_text);
            if (selectCoding(r.id))
                return;
        }
    }
}

void InstrumentsView::retranslateUi()
{
    m_codeLabel->setText(tr("Code:"));
    m_sideLabel->setText(tr("Side:"));
    m_regionLabel->setText(tr("Region:"));
    m_statusLabel->setText(tr("Review:"));
    m_accept->setText(tr("Accept"));
    m_accept->setToolTip(tr("Confirm the selected coding; re-coding never changes it."));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("The code does not apply; re-coding will not bring it back."));
    m_change->setText(tr("Change code"));
    m_change->setToolTip(tr("Give the selected coding's sentence the code chosen at the left instead."));
    m_addSelection->setText(tr("Code selected text"));
    m_addSelection->setToolTip(tr("Select text in the document, choose a code, then click here."));
    m_recode->setText(tr("Re-code all"));
    m_recode->setToolTip(tr("Code every document again with the current codebooks; reviewed and "
                            "manual codings are kept."));
    m_text->setPlaceholderText(tr("Pick a coding to read its sentence in the document."));
    m_model->setLanguage(languageFromString(language()));
    fillChoices();
    tintDocument();
}

} // namespace policylens
