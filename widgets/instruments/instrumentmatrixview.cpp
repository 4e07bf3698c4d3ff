#include "instruments/instrumentmatrixview.h"

#include "coding/codedsentencesmodel.h"
#include "coding/instrumentmatrixmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace policylens {

InstrumentMatrixView::InstrumentMatrixView(QWidget *parent)
    : Retranslating(parent)
    , m_matrix(new InstrumentMatrixModel(this))
    , m_sentences(new CodedSentencesModel(this))
    , m_shares(new QCheckBox(this))
    , m_hint(new QLabel(this))
    , m_matrixTable(new QTableView(this))
    , m_sentenceTable(new QTableView(this))
{
    setObjectName(QStringLiteral("instrumentMatrixView"));
    m_matrixTable->setModel(m_matrix);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sentenceTable->setModel(m_sentences);
    m_sentenceTable->verticalHeader()->hide();
    m_sentenceTable->setColumnHidden(CodedSentencesModel::CodeKeysColumn, true);
    m_sentenceTable->horizontalHeader()->setSectionResizeMode(CodedSentencesModel::SentenceColumn, QHeaderView::Stretch);
    m_hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_shares);
    top->addWidget(m_hint, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrixTable);
    splitter->addWidget(m_sentenceTable);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_shares, &QCheckBox::toggled, m_matrix, &InstrumentMatrixModel::setShowShares);
    connect(m_matrixTable, &QTableView::doubleClicked, this,
        [this](const QModelIndex &index) { drillDown(index.row(), index.column()); });
    connect(m_sentenceTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit documentActivated(index.data(CodedSentencesModel::DocumentIdRole).toLongLong());
    });
    retranslateUi();
}

QString InstrumentMatrixView::language() const
{
    return QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void InstrumentMatrixView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    refresh();
}

void InstrumentMatrixView::refresh()
{
    InstrumentMatrix matrix;
    if (m_db.isValid() && m_db.isOpen()) {
        if (Result<InstrumentMatrix> loaded = InstrumentMatrix::load(m_db, {}))
            matrix = std::move(*loaded);
    }
    m_matrix->setLanguage(languageFromString(language()));
    m_matrix->setMatrix(matrix);
}

bool InstrumentMatrixView::drillDown(int row, int column)
{
    const QModelIndex cell = m_matrix->index(row, column);
    if (!cell.isValid() || !cell.data(InstrumentMatrixModel::CodeIdRole).isValid())
        return false;
    CodedSentenceFilter filter;
    filter.regionId = cell.data(InstrumentMatrixModel::RegionIdRole).toLongLong();
    filter.codeId = cell.data(InstrumentMatrixModel::CodeIdRole).toLongLong();
    return m_sentences->load(m_db, filter, language()) && m_sentences->rowCount() > 0;
}

void InstrumentMatrixView::retranslateUi()
{
    m_shares->setText(tr("Show shares"));
    m_hint->setText(tr("Coded sentences per region and code. Double-click a cell to read its sentences."));
    m_matrix->setLanguage(languageFromString(language()));
}

} // namespace policylens
