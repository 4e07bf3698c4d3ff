#pragma once

#include "common/workspaceview.h"

class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace policylens {

class StatisticsFilterProxy;

// Published statistics per region, indicator and year; editable in place (undoable).
class StatisticsView final : public WorkspaceView
{
    Q_OBJECT

public:
    explicit StatisticsView(QWidget *parent = nullptr);

    // Enabled once an import runner is installed.
    void setImportAvailable(bool available);

    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }

signals:
    void importRequested();

private:
    // WorkspaceView: the window reaches these through the base.
    void sessionChanged() override;
    void followSidebar(const SidebarFilter &filter) override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void retranslateUi() override;

    StatisticsFilterProxy *m_proxy;
    QLabel *m_hint;
    QPushButton *m_import;
    QTableView *m_table;
    bool m_importAvailable = false;
};

} // namespace policylens
