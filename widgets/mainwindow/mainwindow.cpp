#include "mainwindow/mainwindow.h"

#include "i18n/languagemanager.h"

#include <QEvent>
#include <QFileInfo>

namespace policylens {

MainWindow::MainWindow(LanguageManager *language, const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent)
    , m_language(language)
    , m_workspacePath(workspacePath)
{
    resize(1280, 800);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("%1 — PolicyLens").arg(QFileInfo(m_workspacePath).fileName()));
}

} // namespace policylens
