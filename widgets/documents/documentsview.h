#pragma once

#include "common/workspaceview.h"

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace policylens {

class DocumentViewer;
class DocumentsFilterProxy;
class SearchResultsModel;
class TargetsFilterProxy;

// The library: a sortable, filterable document table, full-text search with KWIC lines, and
// the viewer with the open document's targets beside it.
class DocumentsView final : public WorkspaceView
{
    Q_OBJECT

public:
    explicit DocumentsView(QWidget *parent = nullptr);

    void setTextFilter(const QString &text);

    void openDocument(qint64 documentId);
    void runSearch(const QString &query);
    // Selects the target in the side list and its sentence in the viewer.
    bool showTarget(qint64 documentId, qint64 targetId);
    // Opens the add-target dialog for the viewer's current selection.
    void addTargetFromSelection();
    // Opens the document details dialog for the open document.
    void editDocumentDetails();

    QTableView *documentsTable() const { return m_table; }
    QListView *searchResults() const { return m_results; }
    DocumentViewer *viewer() const { return m_viewer; }
    QTableView *documentTargetsTable() const { return m_targetsTable; }
    QLineEdit *searchBox() const { return m_search; }

signals:
    void statusMessage(const QString &message);

private:
    void setupTables();
    QSplitter *buildSplitters();
    void connectLibrary();
    void connectDocument();
    // WorkspaceView: the window reaches these through the base.
    void sessionChanged() override;
    void followSidebar(const SidebarFilter &filter) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void retranslateUi() override;
    void rebuildMarks();
    void onTargetActivated(qint64 targetId);

    DocumentsFilterProxy *m_proxy;
    SearchResultsModel *m_resultsModel;
    TargetsFilterProxy *m_targetsProxy;
    QLineEdit *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_resultsLabel;
    QListView *m_results;
    QLabel *m_title;
    DocumentViewer *m_viewer;
    QLabel *m_targetsLabel;
    QTableView *m_targetsTable;
    QPushButton *m_addTarget;
    QPushButton *m_editDetails;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;
    QSplitter *m_rightSplitter;
    QString m_lastQuery;
    int m_lastHitCount = -1;
};

} // namespace policylens
