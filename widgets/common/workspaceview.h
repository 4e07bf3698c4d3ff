#pragma once

#include "common/retranslating.h"

#include <QList>
#include <QWidget>

class QSettings;

namespace policylens {

class WorkspaceSession;

// Where and when the main window's sidebar points.
struct SidebarFilter
{
    qint64 region = 0; // 0: every region
    QList<qint64> regionIds; // the region and every region below it; empty: every region
    int year = 0; // 0: every year
};

// A tab of the main window showing one part of the open workspace (documents, targets,
// statistics, policy tools). The window treats them alike: it hands each the session, detaches
// them all before the session goes (their proxies point into the session's models), passes
// on the sidebar's region and year, and lets each keep its columns in the settings.
class WorkspaceView : public Retranslating<QWidget>
{
public:
    using Retranslating::Retranslating;

    // nullptr detaches the view.
    void setSession(WorkspaceSession *session);
    WorkspaceSession *session() const { return m_session; }

    // A view that does not split its rows by region and year ignores the sidebar.
    virtual void followSidebar(const SidebarFilter &filter);
    // Column widths and sort order; a view without any keeps nothing.
    virtual void saveSettings(QSettings &settings) const;
    virtual void restoreSettings(const QSettings &settings);

protected:
    // Shows session() (or nothing); called by setSession, also with the same session to
    // re-read it after an import.
    virtual void sessionChanged() = 0;

private:
    WorkspaceSession *m_session = nullptr;
};

} // namespace policylens
