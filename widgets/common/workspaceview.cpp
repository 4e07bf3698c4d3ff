#include "common/workspaceview.h"

namespace policylens {

void WorkspaceView::setSession(WorkspaceSession *session)
{
    m_session = session;
    sessionChanged();
}

void WorkspaceView::followSidebar(const SidebarFilter & /*filter*/) { }

void WorkspaceView::saveSettings(QSettings & /*settings*/) const { }

void WorkspaceView::restoreSettings(const QSettings & /*settings*/) { }

} // namespace policylens
