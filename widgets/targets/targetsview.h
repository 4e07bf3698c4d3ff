#pragma once

#include "common/workspaceview.h"
#include "models/targetfilter.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace policylens {

class CompetingValues;
class TargetEditor;
class TargetsFilterProxy;

// All targets with filters; the researcher verifies, rejects or edits them in the table
// (every change undoable) and reads the source sentence in the side panel.
class TargetsView final : public WorkspaceView
{
    Q_OBJECT

public:
    explicit TargetsView(QWidget *parent = nullptr);

    // Region (with the regions below it) and year filters; 0 clears.
    void setRegion(qint64 regionId);
    void setYear(int year);
    void setIndicator(const QString &key);
    void setKind(const QString &kind);
    void setStatus(const QString &status);
    void setText(const QString &text);
    TargetFilter currentFilter() const;

    // Review actions on the current row.
    void verifyCurrent();
    void rejectCurrent();
    void resetCurrent();
    qint64 currentTargetId() const;
    bool selectTarget(qint64 targetId);

    QTableView *table() const { return m_table; }
    TargetsFilterProxy *proxy() const { return m_proxy; }
    QLabel *countLabel() const { return m_count; }
    QTextBrowser *sentenceView() const { return m_sentence; }
    TargetEditor *editor() const { return m_editor; }
    CompetingValues *competingValues() const { return m_competing; }

signals:
    void showInDocumentRequested(qint64 documentId, qint64 targetId);

private:
    void setupFilters();
    void setupTable();
    void setupPanel();
    void connectFilters();
    void connectPanel();
    // WorkspaceView: the window reaches these through the base.
    void sessionChanged() override;
    void followSidebar(const SidebarFilter &filter) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void retranslateUi() override;
    void fillFilterChoices();
    void applyFilter();
    void updatePanel();
    void updateCount();

    TargetsFilterProxy *m_proxy;
    QComboBox *m_region;
    QComboBox *m_indicator;
    QComboBox *m_kind;
    QComboBox *m_year;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_count;
    QTableView *m_table;
    QGroupBox *m_panel;
    QLabel *m_document;
    QTextBrowser *m_sentence;
    TargetEditor *m_editor;
    CompetingValues *m_competing;
    QPushButton *m_verify;
    QPushButton *m_reject;
    QPushButton *m_reset;
    QPushButton *m_showInDocument;
    QSplitter *m_splitter;
    QTimer *m_textDelay;
    bool m_filling = false;
};

} // namespace policylens
