#include "documents/documentsview.h"
#include "documents/documentviewer.h"
#include "models/documentsmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "targets/targetsview.h"
#include "widgetfixture.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoGroup>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class MainWindowTest : public WidgetFixture
{
};

QString statusOf(TargetsView *view, qint64 id)
{
    for (int row = 0; row < view->proxy()->rowCount(); ++row) {
        const QModelIndex i = view->proxy()->index(row, 0);
        if (i.data(TargetsModel::IdRole).toLongLong() == id)
            return toString(i.data(TargetsModel::StatusRole).value<ReviewStatus>());
    }
    return {};
}

} // namespace

TEST_F(MainWindowTest, LanguageSwitchesLiveWithoutRestart)
{
    window->show();
    QTabWidget *tabs = window->tabs();
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Documents"));
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("Targets"));
    QAbstractItemModel *documents = window->documentsView()->documentsTable()->model();
    EXPECT_EQ(documents->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));

    window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("文档"));
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("目标"));
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("统计数据"));
    EXPECT_EQ(documents->headerData(0, Qt::Horizontal).toString(), QStringLiteral("标题"));
    EXPECT_EQ(window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(
        window->targetsView()->findChild<QPushButton *>(QStringLiteral("verifyButton"))->text(),
        QStringLiteral("核实"));
    // Numbers and names follow the language too.
    QAbstractItemModel *targets = window->targetsView()->proxy();
    bool sawChineseAmount = false;
    for (int row = 0; row < targets->rowCount(); ++row) {
        if (targets->index(row, TargetsModel::Value).data().toString()
            == QStringLiteral("3000亿元"))
            sawChineseAmount = true;
    }
    EXPECT_TRUE(sawChineseAmount);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabs->tabText(0), QStringLiteral("Documents"));
    EXPECT_EQ(documents->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Title"));
}

TEST_F(MainWindowTest, TitleNamesTheWorkspaceAndRecentFilesRemember)
{
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Untitled")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cities.policylens"));
    ASSERT_TRUE(window->session()->saveCopy(path, nullptr));
    QString error;
    ASSERT_TRUE(window->openWorkspace(path, &error)) << error.toStdString();
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("cities")));
    EXPECT_EQ(window->session()->documents()->totalCount(), 7); // the copy has the content
    EXPECT_EQ(window->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(QSettings().value(QStringLiteral("workspace/last")).toString(),
        QFileInfo(path).absoluteFilePath());
    EXPECT_FALSE(window->openWorkspace(dir.path(), &error)); // a folder is not a workspace
    EXPECT_TRUE(error.contains(dir.path()));
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("cities")));
}

TEST_F(MainWindowTest, SidebarFiltersDocumentsAndTargetsByRegionAndYear)
{
    window->show();
    QTreeView *sidebar = window->sidebar();
    const QModelIndex guangdong = [&] {
        QAbstractItemModel *m = sidebar->model();
        const QModelIndex national = m->index(0, 0, m->index(0, 0));
        for (int row = 0; row < m->rowCount(national); ++row) {
            const QModelIndex i = m->index(row, 0, national);
            if (i.data().toString().startsWith(QStringLiteral("Guangdong")))
                return i;
        }
        return QModelIndex();
    }();
    ASSERT_TRUE(guangdong.isValid());
    sidebar->setCurrentIndex(guangdong);
    emit sidebar->clicked(guangdong);
    // Guangdong means Shenzhen and Guangzhou.
    EXPECT_EQ(window->documentsView()->documentsTable()->model()->rowCount(), 2);
    EXPECT_EQ(window->targetsView()->proxy()->rowCount(), 6);

    const QModelIndex years = sidebar->model()->index(1, 0);
    QModelIndex y2022;
    for (int row = 0; row < sidebar->model()->rowCount(years); ++row) {
        if (sidebar->model()->index(row, 0, years).data().toString() == QStringLiteral("2022"))
            y2022 = sidebar->model()->index(row, 0, years);
    }
    ASSERT_TRUE(y2022.isValid());
    sidebar->setCurrentIndex(y2022);
    emit sidebar->clicked(y2022);
    // Region stays, year narrows: the Shenzhen 2022 baseline only.
    EXPECT_EQ(window->targetsView()->proxy()->rowCount(), 1);
    EXPECT_EQ(window->documentsView()->documentsTable()->model()->rowCount(), 0);

    const QModelIndex regions = sidebar->model()->index(0, 0);
    sidebar->setCurrentIndex(regions);
    emit sidebar->clicked(regions);
    EXPECT_EQ(window->targetsView()->proxy()->rowCount(), 1); // year 2022 still applies
}

TEST_F(MainWindowTest, ReviewIsUndoneAndRedoneWithTheKeyboard)
{
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->tabs()->setCurrentWidget(window->targetsView());
    TargetsView *view = window->targetsView();
    view->setStatus(QStringLiteral("unreviewed"));
    ASSERT_GT(view->proxy()->rowCount(), 0);
    view->table()->setCurrentIndex(view->proxy()->index(0, 0));
    const qint64 id = view->currentTargetId();
    const int before = view->proxy()->rowCount();
    view->findChild<QPushButton *>(QStringLiteral("verifyButton"))->click();
    // The "unreviewed" filter drops the verified row at once.
    EXPECT_EQ(view->proxy()->rowCount(), before - 1);
    view->setStatus(QString());
    EXPECT_EQ(statusOf(view, id), QStringLiteral("verified"));

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(statusOf(view, id), QStringLiteral("unreviewed"));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(statusOf(view, id), QStringLiteral("verified"));
    EXPECT_TRUE(window->undoGroup()->canUndo());
    // Saved: the repository reads the workspace itself.
    EXPECT_EQ(
        window->session()->review()->targets().find(id)->reviewStatus, ReviewStatus::Verified);
}

TEST_F(MainWindowTest, WindowStateIsKeptInSettings)
{
    window->show();
    window->tabs()->setCurrentIndex(2);
    window->close();
    QSettings settings;
    EXPECT_FALSE(settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    EXPECT_FALSE(settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty());
    EXPECT_FALSE(settings.value(QStringLiteral("documents/main")).toByteArray().isEmpty());
    EXPECT_EQ(settings.value(QStringLiteral("window/tab")).toInt(), 2);
    MainWindow again(language.get());
    EXPECT_EQ(again.tabs()->currentIndex(), 2);
}

TEST_F(MainWindowTest, ImportActionsWaitForARunner)
{
    QList<QAction *> disabled;
    for (QAction *a : window->menuBar()->actions().first()->menu()->actions()) {
        if (!a->isSeparator() && !a->menu() && !a->isEnabled())
            disabled << a;
    }
    EXPECT_EQ(disabled.size(), 3); // documents, folder, statistics
    for (QAction *a : disabled)
        EXPECT_FALSE(a->toolTip().isEmpty());
}

TEST_F(MainWindowTest, ShowInDocumentOpensTheSentence)
{
    window->show();
    TargetsView *view = window->targetsView();
    window->tabs()->setCurrentWidget(view);
    view->setText(QStringLiteral("15000P"));
    ASSERT_EQ(view->proxy()->rowCount(), 1);
    view->table()->setCurrentIndex(view->proxy()->index(0, 0));
    QPushButton *show = nullptr;
    for (QPushButton *b : view->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Show in document"))
            show = b;
    }
    ASSERT_NE(show, nullptr);
    show->click();
    EXPECT_EQ(window->tabs()->currentWidget(), window->documentsView());
    EXPECT_TRUE(window->documentsView()->viewer()->textCursor().selectedText().contains(
        QStringLiteral("15000P")));
}
