#include "GuiTestSupport.h"

#include "common/EmptyState.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdView.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceView.h"
#include "plan/LearningOfferDialog.h"
#include "plan/PlanView.h"
#include "supervision/SessionDialog.h"
#include "supervision/SupervisionView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

// An empty screen says what goes there and offers the first thing to do.
class GuiEmptyState : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        window()->resize(1280, 820);
        window()->show();
    }

    // The empty page around a screen's list.
    static EmptyState* emptyOf(QTableView* view) { return qobject_cast<EmptyState*>(view->parentWidget()); }

    // Clicks the page's button and returns whether a Dialog opened (it is closed unanswered).
    template <typename Dialog> bool clickOpens(EmptyState* empty)
    {
        bool opened = false;
        whenDialogOpens<Dialog>([&](Dialog* d) {
            opened = true;
            d->reject();
        });
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        return opened;
    }
};

TEST_F(GuiEmptyState, EachEmptyListExplainsItselfAndItsButtonStartsTheFirstRecord)
{
    window()->showScreen(MainWindow::Screen::Plan);
    EmptyState* plan = emptyOf(window()->plan()->view());
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan->showsEmpty());
    EXPECT_TRUE(plan->button()->isVisible());
    EXPECT_FALSE(window()->plan()->view()->isVisible());
    EXPECT_TRUE(clickOpens<LearningOfferDialog>(plan));

    window()->showScreen(MainWindow::Screen::Cpd);
    EmptyState* cpd = emptyOf(window()->cpd()->table());
    ASSERT_TRUE(cpd);
    EXPECT_TRUE(cpd->showsEmpty());
    EXPECT_TRUE(clickOpens<CpdEntryDialog>(cpd));
    CpdEntry entry;
    entry.date = today();
    entry.activity = QStringLiteral("Court skills workshop");
    entry.hours = 3;
    ASSERT_NE(store().addCpdEntry(entry), 0);
    EXPECT_FALSE(cpd->showsEmpty()) << "the list shows once it has an entry";
    EXPECT_TRUE(window()->cpd()->table()->isVisible());

    window()->showScreen(MainWindow::Screen::Supervision);
    EmptyState* sessions = emptyOf(window()->supervision()->sessionTable());
    ASSERT_TRUE(sessions);
    EXPECT_TRUE(sessions->showsEmpty());
    EXPECT_TRUE(clickOpens<SessionDialog>(sessions));
}

TEST_F(GuiEmptyState, EvidenceIsEmptyOnlyWhenThereIsNoneNotWhenASearchFindsNone)
{
    window()->showScreen(MainWindow::Screen::Evidence);
    EvidenceView* evidence = window()->evidence();
    EmptyState* empty = emptyOf(evidence->listView());
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->showsEmpty());
    QTest::mouseClick(empty->button(), Qt::LeftButton);
    EvidenceEditor* editor = evidence->editor();
    ASSERT_TRUE(editor->titleEdit()->isVisible()) << "a new record is open";
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Home visit"));
    ASSERT_TRUE(editor->save());
    EXPECT_FALSE(empty->showsEmpty());

    QTest::keyClicks(evidence->searchEdit(), QStringLiteral("zebra"));
    QTRY_COMPARE(evidence->listView()->model()->rowCount(), 0);
    EXPECT_FALSE(empty->showsEmpty()) << "a search that finds nothing is not an empty portfolio";
}

} // namespace
