#pragma once

#include <QWidget>

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
class WorkspaceSession;

// The "Policy tools" view: every coding of the workspace in a table (filter by code, side,
// region and review state) beside the document it comes from, each coded sentence tinted by
// its side. Accept, reject or change a code, or code a text selection; every edit is one
// command on the session's undo stack and is never overwritten by re-coding.
class InstrumentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstrumentsView)

public:
    explicit InstrumentsView(QWidget *parent = nullptr);
    ~InstrumentsView() override;

    void setSession(WorkspaceSession *session);
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupTable();
    void buildLayout();
    void connectFilters();
    void connectActions();
    void retranslateUi();
    void fillChoices();
    void applyFilter();
    void showCurrent();
    void showDocument(qint64 documentId);
    void tintDocument();
    void selectAtCursor();
    QString language() const;

    WorkspaceSession *m_session = nullptr;
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
