#pragma once

#include <QWidget>

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
class WorkspaceSession;

// The library: a sortable, filterable document table, full-text search with KWIC lines, and
// the viewer with the open document's targets beside it.
class DocumentsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsView)

public:
    explicit DocumentsView(QWidget *parent = nullptr);
    ~DocumentsView() override;

    void setSession(WorkspaceSession *session);
    void setRegionFilter(const QList<qint64> &regionIds);
    void setYearFilter(int year);
    void setTextFilter(const QString &text);

    void openDocument(qint64 documentId);
    void runSearch(const QString &query);
    // Selects the target in the side list and its sentence in the viewer.
    bool showTarget(qint64 documentId, qint64 targetId);
    // Opens the add-target dialog for the viewer's current selection.
    void addTargetFromSelection();
    // Opens the document details dialog for the open document.
    void editDocumentDetails();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    QTableView *documentsTable() const { return m_table; }
    QListView *searchResults() const { return m_results; }
    DocumentViewer *viewer() const { return m_viewer; }
    QTableView *documentTargetsTable() const { return m_targetsTable; }
    QLineEdit *searchBox() const { return m_search; }

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupTables();
    QSplitter *buildSplitters();
    void connectLibrary();
    void connectDocument();
    void retranslateUi();
    void rebuildMarks();
    void onTargetActivated(qint64 targetId);

    WorkspaceSession *m_session = nullptr;
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
