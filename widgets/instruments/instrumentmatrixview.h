#pragma once

#include "common/retranslating.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace policylens {

class CodedSentencesModel;
class InstrumentMatrixModel;

// The cities x codes matrix under the instruments chart of the Compare tab: counts or shares
// of coded sentences; double-clicking a cell lists the sentences behind it.
class InstrumentMatrixView final : public Retranslating<QWidget>
{
    Q_OBJECT

public:
    explicit InstrumentMatrixView(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    InstrumentMatrixModel *matrixModel() const { return m_matrix; }
    CodedSentencesModel *sentencesModel() const { return m_sentences; }
    QTableView *matrixTable() const { return m_matrixTable; }
    // Lists the sentences of the cell (row, column); false when it is empty or the total.
    bool drillDown(int row, int column);

public slots:
    void refresh();

signals:
    void documentActivated(qint64 documentId);

private:
    void retranslateUi() override;
    QString language() const;

    QSqlDatabase m_db;
    InstrumentMatrixModel *m_matrix;
    CodedSentencesModel *m_sentences;
    QCheckBox *m_shares;
    QLabel *m_hint;
    QTableView *m_matrixTable;
    QTableView *m_sentenceTable;
};

} // namespace policylens
