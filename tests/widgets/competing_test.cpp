// Picking the value that counts where several compete for one region, indicator and year, from
// the Targets tab: stored, undoable, and what the comparison chart's tooltip then puts first.
#include "compare/targetcomparisonmodel.h"
#include "models/targetsfilterproxy.h"
#include "models/targetsmodel.h"
#include "review/reviewservice.h"
#include "targets/competingvalues.h"
#include "targets/targetsview.h"
#include "widgetfixture.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace policylens;
using namespace policylens::testing;

namespace {

class CompetingTest : public WidgetFixture
{
protected:
    void SetUp() override
    {
        WidgetFixture::SetUp();
        Workspace &ws = window->session()->workspace();
        // A second Beijing plan with another 2025 core-industry figure than the sample's.
        const qint64 doc = addDocument(ws, QStringLiteral("北京市人工智能产业修订方案"),
            QStringLiteral("beijing"), QStringLiteral("2021-01-05"),
            QStringLiteral("到2025年，核心产业规模达到2500亿元。"));
        rival = addTarget(ws, doc, QStringLiteral("2500亿元"),
            QStringLiteral("ai_core_industry_scale"), QStringLiteral("target"), 2.5e11,
            QStringLiteral("CNY"), QStringLiteral(">="), 2025);
        window->session()->reloadAll();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void select(qint64 id)
    {
        TargetsView *view = window->targetsView();
        window->tabs()->setCurrentWidget(view);
        ASSERT_TRUE(view->selectTarget(id));
        QApplication::processEvents();
    }

    // The comparison chart's tooltip for Beijing in 2025.
    QString tooltip()
    {
        TargetComparisonModel model;
        model.setDatabase(window->session()->workspace().database());
        model.setIndicator(QStringLiteral("ai_core_industry_scale"));
        model.setCities({ QStringLiteral("beijing") });
        model.setLanguage(Language::English);
        EXPECT_TRUE(model.reload());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.headerData(row, Qt::Vertical, Qt::DisplayRole).toInt() == 2025)
                return model.index(row, TargetComparisonModel::FirstCityColumn)
                    .data(Qt::ToolTipRole)
                    .toString();
        }
        return {};
    }

    qint64 rival = 0;
};

} // namespace

TEST_F(CompetingTest, PickTheValueThatCountsUndoAndRedo)
{
    CompetingValues *panel = window->targetsView()->competingValues();
    select(rival);
    ASSERT_TRUE(panel->isVisible());
    // The sample's newer plan counts by default; the 2021 revision does not.
    EXPECT_TRUE(panel->chooseButton()->isEnabled());
    EXPECT_FALSE(panel->defaultButton()->isEnabled());
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("2 values")))
        << panel->stateLabel()->text().toStdString();
    EXPECT_FALSE(tooltip().contains(QStringLiteral("[chosen]")));

    TargetChoices &choices = window->session()->review()->choices();
    const ChoiceKey key = choices.keyOf(rival);
    QTest::mouseClick(panel->chooseButton(), Qt::LeftButton);
    EXPECT_EQ(choices.chosen(key), rival);
    EXPECT_EQ(choices.counting(key), rival);
    EXPECT_FALSE(panel->chooseButton()->isEnabled());
    EXPECT_TRUE(panel->defaultButton()->isEnabled());
    // The tooltip lists both, the chosen one first and marked.
    const QStringList lines = tooltip().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << tooltip().toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("修订方案"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("[chosen]")));

    QUndoStack *undo = window->session()->undoStack();
    undo->undo();
    EXPECT_EQ(choices.chosen(key), 0);
    EXPECT_NE(choices.counting(key), rival);
    EXPECT_TRUE(panel->chooseButton()->isEnabled());
    undo->redo();
    EXPECT_EQ(choices.counting(key), rival);

    // Back to the default order from the panel.
    QTest::mouseClick(panel->defaultButton(), Qt::LeftButton);
    EXPECT_EQ(choices.chosen(key), 0);
    EXPECT_FALSE(tooltip().contains(QStringLiteral("[chosen]")));
}

TEST_F(CompetingTest, HiddenForATargetWithoutCompetitors)
{
    TargetsView *view = window->targetsView();
    view->setIndicator(QStringLiteral("application_scenarios"));
    ASSERT_GT(view->proxy()->rowCount(), 0);
    select(view->proxy()->index(0, 0).data(TargetsModel::IdRole).toLongLong());
    EXPECT_FALSE(view->competingValues()->isVisible());
}
