#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QTableView;

namespace policylens {

class StatisticsFilterProxy;
class WorkspaceSession;

// Published statistics per region, indicator and year; editable in place (undoable).
class StatisticsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsView)

public:
    explicit StatisticsView(QWidget *parent = nullptr);
    ~StatisticsView() override;

    void setSession(WorkspaceSession *session);
    void setRegionFilter(const QList<qint64> &regionIds);
    void setYearFilter(int year);
    // Enabled once an import runner is installed.
    void setImportAvailable(bool available);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }

signals:
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    StatisticsFilterProxy *m_proxy;
    QLabel *m_hint;
    QPushButton *m_import;
    QTableView *m_table;
    bool m_importAvailable = false;
};

} // namespace policylens
