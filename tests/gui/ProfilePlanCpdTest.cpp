#include "GuiTestSupport.h"

#include "common/PathwayChooser.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdListModel.h"
#include "cpd/CpdView.h"
#include "main/Application.h"
#include "overview/OverviewView.h"
#include "plan/LearningOfferDialog.h"
#include "plan/LearningOfferModel.h"
#include "plan/PlanItemDialog.h"
#include "plan/PlanListModel.h"
#include "plan/PlanView.h"
#include "profile/AwardDialog.h"
#include "profile/AwardListModel.h"
#include "profile/ProfileView.h"
#include "profile/RoleDialog.h"
#include "profile/RoleListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiProfile : public GuiTest
{
};

TEST_F(GuiProfile, FieldsAreSavedWhenLeft)
{
    ProfileView* profile = window()->profile();
    window()->showScreen(MainWindow::Screen::Profile);
    profile->nameEdit()->setText(QStringLiteral("Jo Bloggs"));
    emit profile->nameEdit()->editingFinished();
    EXPECT_EQ(store().worker().name, QStringLiteral("Jo Bloggs"));
    QComboBox* pathway = profile->chooser()->pathwayBox();
    pathway->setCurrentIndex(pathway->findData(QStringLiteral("camden-launch-pad")));
    QComboBox* current = profile->chooser()->currentBox();
    current->setCurrentIndex(current->findData(QStringLiteral("social-worker")));
    EXPECT_EQ(store().worker().pathwayId, QStringLiteral("camden-launch-pad"));
    EXPECT_EQ(store().worker().currentStep, QStringLiteral("social-worker"));
    // The overview follows.
    EXPECT_TRUE(window()->overview()->verdictLabel()->text().contains(QStringLiteral("Advanced social worker")))
        << window()->overview()->verdictLabel()->text().toStdString();
}

TEST_F(GuiProfile, ARoleProfileIsChosenAsTheTargetAfterTheSteps)
{
    ProfileView* profile = window()->profile();
    window()->showScreen(MainWindow::Screen::Profile);
    QComboBox* pathway = profile->chooser()->pathwayBox();
    pathway->setCurrentIndex(pathway->findData(QStringLiteral("sssc-clf-personal-capabilities")));
    QComboBox* target = profile->chooser()->targetBox();
    ASSERT_EQ(target->count(), 3); // no steps in this pathway: the default, then its two role profiles
    EXPECT_EQ(target->itemText(2), QStringLiteral("Role profile: Nursery manager"));
    target->setCurrentIndex(2);
    EXPECT_EQ(store().worker().targetStep, QStringLiteral("nursery-manager"));
    const QString position = window()->overview()->findChild<QLabel*>(QStringLiteral("overviewPosition"))->text();
    EXPECT_TRUE(position.contains(QStringLiteral("Aiming for: the Nursery manager role profile"))) << position.toStdString();

    // A pathway with steps lists its role profiles after them.
    pathway->setCurrentIndex(pathway->findData(QStringLiteral("camden-launch-pad")));
    const Pathway& camden = *session()->library().find(QStringLiteral("camden-launch-pad"));
    EXPECT_EQ(target->count(), 1 + camden.steps.size() + camden.roleProfiles.size());
    EXPECT_EQ(target->itemData(camden.steps.size()).toString(), camden.steps.last().id);
}

TEST_F(GuiProfile, RolesAndAwardsAreAddedThroughDialogs)
{
    ProfileView* profile = window()->profile();
    whenDialogOpens<RoleDialog>([](RoleDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Senior practitioner"));
        dialog->startEdit()->setDate(QDate(2024, 4, 1));
        dialog->accept();
    });
    profile->addRole();
    ASSERT_EQ(store().roles().size(), 1);
    EXPECT_EQ(profile->roleModel()->rowCount(), 1);

    whenDialogOpens<AwardDialog>([](AwardDialog* dialog) {
        dialog->awardBox()->setCurrentIndex(dialog->awardBox()->findData(QStringLiteral("amhp")));
        dialog->accept();
    });
    profile->addAward();
    ASSERT_EQ(store().awards().size(), 1);
    EXPECT_EQ(store().awards().first().award, QStringLiteral("amhp")) << "stored by id, so rules find it";
}

class GuiPlan : public GuiTest
{
};

TEST_F(GuiPlan, APlanItemComesFromALearningOfferTheReportSuggests)
{
    Worker w;
    w.name = QStringLiteral("Kim");
    w.pathwayId = QStringLiteral("camden-launch-pad");
    w.currentStep = QStringLiteral("social-worker");
    w.targetStep = QStringLiteral("advanced-social-worker");
    w.qualified = QDate(2022, 9, 1);
    ASSERT_TRUE(session()->saveWorker(w));
    const QList<LearningSuggestion> suggested = session()->targetReadiness().suggestions;
    ASSERT_FALSE(suggested.isEmpty());
    const LearningSuggestion first = suggested.first();

    whenDialogOpens<LearningOfferDialog>([&](LearningOfferDialog* dialog) {
        // The report's suggestions come first, then every step's offers.
        EXPECT_EQ(dialog->model()->index(0, 0).data().toString(), QStringLiteral("Suggested for your target"));
        EXPECT_GT(dialog->model()->rowCount(), 1);
        EXPECT_TRUE(dialog->choose(first.pathwayId, first.offerId));
        dialog->accept();
    });
    whenDialogOpens<PlanItemDialog>([&](PlanItemDialog* dialog) {
        EXPECT_EQ(dialog->activityEdit()->text(), first.title);
        dialog->accept();
    });
    window()->plan()->addFromOffers();
    const QList<PlanItem> plan = store().planItems();
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].activity, first.title);
    EXPECT_EQ(plan[0].learningOffer, first.pathwayId + QLatin1Char(':') + first.offerId);
    EXPECT_EQ(window()->plan()->model()->rowCount(), 1);
}

TEST_F(GuiPlan, AnyStepsOfferCanBePlanned)
{
    whenDialogOpens<PlanItemDialog>([&](PlanItemDialog* dialog) { dialog->accept(); });
    EXPECT_TRUE(window()->plan()->addFromOffer(
        QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-lo-aspiring-managers")));
    ASSERT_EQ(store().planItems().size(), 1);
    EXPECT_EQ(store().planItems().first().activity, QStringLiteral("Training for aspiring managers programme"));
}

class GuiCpd : public GuiTest
{
};

TEST_F(GuiCpd, LogsEntriesAndShowsTheTotalHours)
{
    CpdView* cpd = window()->cpd();
    for (double hours : { 2.5, 4.0 }) {
        whenDialogOpens<CpdEntryDialog>([hours](CpdEntryDialog* dialog) {
            dialog->activityEdit()->setText(QStringLiteral("Course"));
            dialog->hoursBox()->setValue(hours);
            dialog->accept();
        });
        cpd->addEntry();
    }
    EXPECT_EQ(cpd->model()->rowCount(), 2);
    EXPECT_TRUE(cpd->totalLabel()->text().contains(QStringLiteral("6.5"))) << cpd->totalLabel()->text().toStdString();
}

TEST_F(GuiCpd, AScreenThatCannotReadThePortfolioSaysSoAndTheProgramGoesOn)
{
    CpdView* cpd = window()->cpd();
    ASSERT_GT(session()->addCpdEntry({0, QDate(2026, 1, 5), QStringLiteral("Course"), 3, {}, 0}), 0);
    ASSERT_EQ(cpd->model()->rowCount(), 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE cpd_entries RENAME TO gone")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    auto* app = qobject_cast<gui::Application*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    QSignalSpy failed(app, &gui::Application::readFailed);
    // Another program changed the file: every screen reloads, from an event as in real use.
    QTimer::singleShot(0, session(), [this] { session()->checkExternalChanges(); });
    ASSERT_TRUE(failed.wait(2000));
    EXPECT_TRUE(failed[0][0].toString().startsWith(QStringLiteral("Cannot read the CPD log"))) << failed[0][0].toString().toStdString();
    QCoreApplication::processEvents();
    ASSERT_FALSE(gui::MessageBox::shownTexts().isEmpty());
    EXPECT_TRUE(gui::MessageBox::shownTexts().last().contains(QStringLiteral("Cannot read the CPD log")));
    EXPECT_EQ(cpd->model()->rowCount(), 1) << "the screen keeps what it showed rather than an empty log";
}

} // namespace
