// The desktop on a team server: a supervisor signs in, sees their caseload, opens a
// supervisee's portfolio and signs off there as themselves.
#include "GuiTeamSupport.h"

#include "cases/CasesView.h"
#include "common/ItemTreeModel.h"
#include "supervision/SignOffDialog.h"
#include "team/CaseloadModel.h"
#include "team/CaseloadView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>

using namespace waymark;
using namespace waymark::gui;

namespace {

class GuiTeam : public test::GuiTeamTest
{
protected:
    static ItemRef item() { return {QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-supporting-colleagues")}; }

    // Alex's portfolio with one item marked ready for review.
    void prepareAlex()
    {
        PortfolioStore alex;
        ASSERT_TRUE(alex.openServer(serverUri(QStringLiteral("alex")))) << alex.errorString().toStdString();
        Worker w = alex.worker();
        w.name = QStringLiteral("Alex Morgan");
        w.pathwayId = QStringLiteral("camden-launch-pad");
        w.currentStep = QStringLiteral("social-worker");
        ASSERT_TRUE(alex.saveWorker(w));
        ASSERT_GT(alex.addEvidence(test::makeEvidence(QStringLiteral("Mentoring a newly qualified colleague")), {{0, 0, item(), {}}}), 0);
        Judgement ready;
        ready.item = item();
        ready.verdict = Verdict::ReadyForReview;
        ready.byName = QStringLiteral("Alex Morgan");
        ready.date = QDate::currentDate();
        ASSERT_GT(alex.recordJudgement(ready, *test::bundledLibrary().find(QStringLiteral("camden-launch-pad"))), 0)
            << alex.errorString().toStdString();
    }
};

TEST_F(GuiTeam, ASupervisorSignsOffFromTheirCaseloadAsThemselves)
{
    prepareAlex();
    MainWindow window(test::bundledLibrary());
    window.show();
    ASSERT_TRUE(window.connectToServer(serverUri(QStringLiteral("sam")))) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("signed in to"))) << window.windowTitle().toStdString();
    ASSERT_NE(window.caseload(), nullptr) << "Sam supervises Alex: the caseload shows";
    EXPECT_EQ(window.currentScreen(), MainWindow::Screen::Caseload);
    ASSERT_EQ(window.caseload()->entryCount(), 1);
    const QAbstractItemModel* model = window.caseload()->table()->model();
    EXPECT_EQ(model->index(0, CaseloadModel::Name).data().toString(), QStringLiteral("Alex Morgan"));
    EXPECT_EQ(model->index(0, CaseloadModel::AwaitingReview).data().toInt(), 1);

    window.caseload()->table()->selectRow(0);
    QTest::mouseClick(window.caseload()->findChild<QPushButton*>(QStringLiteral("caseloadOpen")), Qt::LeftButton);
    EXPECT_EQ(window.session()->store().owner(), login(QStringLiteral("alex")));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Alex Morgan's portfolio — signed in as Sam Supervisor — Waymark"));
    EXPECT_EQ(window.currentScreen(), MainWindow::Screen::Overview);

    SignOffDialog dialog(window.session(), {item()}, &window);
    EXPECT_TRUE(dialog.nameEdit()->isReadOnly()) << "the server records who is signed in";
    EXPECT_EQ(dialog.nameEdit()->text(), QStringLiteral("Sam Supervisor"));
    dialog.itemModel()->setChecked({item()});
    ASSERT_EQ(dialog.itemModel()->checked().size(), 1);
    dialog.reachedButton()->setChecked(true);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_EQ(dialog.recordedCount(), 1) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();

    PortfolioStore alex;
    ASSERT_TRUE(alex.openServer(serverUri(QStringLiteral("alex"))));
    const std::optional<Judgement> latest = alex.latestJudgement(item());
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->verdict, Verdict::Reached);
    EXPECT_EQ(latest->byName, QStringLiteral("Sam Supervisor"));

    // Back on the caseload, nothing awaits review any more.
    window.showScreen(MainWindow::Screen::Caseload);
    EXPECT_EQ(window.caseload()->table()->model()->index(0, CaseloadModel::AwaitingReview).data().toInt(), 0);
}

// On a server the Cases screen offers only the roles the team gives the signed-in person on
// this portfolio, under their own name, which cannot be typed over.
TEST_F(GuiTeam, TheCasesScreenActsOnlyInTheRolesTheTeamGives)
{
    prepareAlex();
    MainWindow window(test::bundledLibrary());
    window.show();
    ASSERT_TRUE(window.connectToServer(serverUri(QStringLiteral("hana")))) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    ASSERT_NE(window.caseload(), nullptr);
    window.caseload()->table()->selectRow(0);
    QTest::mouseClick(window.caseload()->findChild<QPushButton*>(QStringLiteral("caseloadOpen")), Qt::LeftButton);
    ASSERT_EQ(window.session()->store().owner(), login(QStringLiteral("alex")));
    window.showScreen(MainWindow::Screen::Cases);
    CasesView* cases = window.cases();
    ASSERT_EQ(cases->actingAsBox()->count(), 1);
    EXPECT_EQ(cases->actingAs(), QStringLiteral("head-of-service"));
    EXPECT_TRUE(cases->nameEdit()->isReadOnly());
    EXPECT_EQ(cases->nameEdit()->text(), QStringLiteral("Hana Head"));
    EXPECT_FALSE(cases->submitButton()->isVisible()) << "only Alex submits Alex's case";
}

// Where no keyring answers (these tests have no session bus), signing in still works and the
// status bar says the password was not kept.
TEST_F(GuiTeam, WithoutAKeyringThePasswordIsNotKeptAndTheSignInStands)
{
    MainWindow window(test::bundledLibrary());
    ConnectDialog dialog(&window);
    fillIn(dialog, QStringLiteral("blake"), test::password);
    dialog.rememberPasswordBox()->setChecked(true);
    ASSERT_TRUE(window.connectFrom(dialog)) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(window.session()->store().signedInAs(), login(QStringLiteral("blake")));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("could not be kept in the keyring")))
        << window.statusBar()->currentMessage().toStdString();
}

// The team's administrator holds no stage: the cases are theirs to read, not to decide.
TEST_F(GuiTeam, SomeoneWithNoRoleReadsTheCasesOnly)
{
    MainWindow window(test::bundledLibrary());
    window.show();
    ASSERT_TRUE(window.connectToServer(serverUri())) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(window.switchPortfolio(login(QStringLiteral("alex"))));
    window.showScreen(MainWindow::Screen::Cases);
    CasesView* cases = window.cases();
    ASSERT_EQ(cases->actingAsBox()->count(), 1);
    EXPECT_TRUE(cases->actingAs().isEmpty());
    EXPECT_TRUE(cases->actingAsBox()->currentText().contains(QStringLiteral("reading only")));
    EXPECT_FALSE(cases->decideButton()->isVisible());
    EXPECT_FALSE(cases->submitButton()->isVisible());
}

TEST_F(GuiTeam, AWrongPasswordSaysSoAndKeepsThePortfolioOpen)
{
    MainWindow window(test::bundledLibrary());
    QUrl wrong(serverUri(QStringLiteral("alex")));
    wrong.setPassword(QStringLiteral("not the password"));
    EXPECT_FALSE(window.connectToServer(wrong.toString(QUrl::FullyEncoded)));
    ASSERT_EQ(gui::MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(gui::MessageBox::shownTexts().first().contains(QStringLiteral("Cannot sign in")))
        << gui::MessageBox::shownTexts().first().toStdString();
    EXPECT_FALSE(gui::MessageBox::shownTexts().first().contains(QStringLiteral("not the password")));
    EXPECT_EQ(window.caseload(), nullptr);
}

} // namespace
