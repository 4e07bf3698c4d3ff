#pragma once

#include "common/workspaceview.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace policylens {

class CodingService;
class CodingsFilterProxy;
class CodingsModel;
class RecodeTask;

// The "Policy tools" view: every coding of the workspace in a table (filter by code, side,
// region and review state) beside the document it comes from, each coded sentence tinted by
// its side. Accept, reject or change a code, or code a text selection; every edit is one
// command on the session's undo stack and is never overwritten by re-coding.
class InstrumentsView final : public WorkspaceView
{
    Q_OBJECT

public:
    explicit InstrumentsView(QWidget *parent = nullptr);

    CodingService *service() const { return m_service; }
    CodingsModel *model() const { return m_model; }
    CodingsFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    RecodeTask *recodeTask() const { return m_recodeTask; }

    qint64 currentCodingId() const;
    bool selectCoding(qint64 codingId);
    void acceptCurrent();
    void rejectCurrent();
    bool changeCurrentCode(qint64 codeId);
    // Codes the text selected in the document pane with codeId; returns the new coding's id.
    qint64 codeSelection(qint64 codeId);

public slots:
    // Re-reads codings, codes and regions (after an import or re-coding).
    void refresh();
    // Codes every document again off the GUI thread (reviewed and manual codings stay).
    bool recode();

private:
    void setupTable();
    void buildLayout();
    void connectFilters();
    void connectActions();
    // WorkspaceView: the window reaches these through the base.
    void sessionChanged() override;
    void retranslateUi() override;
    void fillChoices();
    void applyFilter();
    void showCurrent();
    void showDocument(qint64 documentId);
    void tintDocument();
    void selectAtCursor();
    QString language() const;

    CodingService *m_service = nullptr;
    CodingsModel *m_model;
    CodingsFilterProxy *m_proxy;
    QLabel *m_codeLabel;
    QComboBox *m_code;
    QLabel *m_sideLabel;
    QComboBox *m_side;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_text;
    QLabel *m_sentenceCodes;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QComboBox *m_newCode;
    QPushButton *m_change;
    QPushButton *m_addSelection;
    QPushButton *m_recode;
    RecodeTask *m_recodeTask;
    qint64 m_shownDocument = 0;
};

} // namespace policylens
