#include "GuiTestSupport.h"

#include "evidence/EvidenceEditor.h"
#include "overview/NextStepsPanel.h"
#include "overview/OverviewView.h"
#include "overview/ProgressModel.h"
#include "overview/ReadinessModel.h"
#include "overview/TargetChoiceModel.h"
#include "profile/ProfileView.h"
#include "profile/RoleDialog.h"
#include "supervision/ReconfirmDialog.h"
#include "supervision/SignOffDialog.h"

#include <QRadioButton>
#include "common/ItemTreeModel.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiOverview : public GuiTest
{
protected:
    OverviewView* overview() const { return window()->overview(); }
    QString verdict() const { return overview()->verdictLabel()->text(); }

    // Every row text of the readiness tree, depth first.
    QStringList treeTexts(int column = 0) const
    {
        QStringList out;
        ReadinessModel* m = overview()->readinessModel();
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                out << m->index(r, column, parent).data().toString();
                walk(m->index(r, 0, parent));
            }
        };
        walk(QModelIndex());
        return out;
    }
};

TEST_F(GuiOverview, AskssForAPathwayWhenNoneIsChosen)
{
    EXPECT_EQ(verdict(), QStringLiteral("Choose the pathway you follow in your profile."));
    EXPECT_EQ(overview()->readinessModel()->rowCount(), 0);
}

TEST_F(GuiOverview, ExplainsEachRequirementWithDatesForTimeBasedChecks)
{
    setUpBuckinghamshireWorker();
    // The current role started less than two years before "today": met on its second anniversary.
    RoleRecord role = store().roles().first();
    role.start = QDate(2025, 3, 1);
    ASSERT_TRUE(store().updateRole(role));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready for Advanced Practitioner Range 7")))
        << verdict().toStdString();
    const QStringList texts = treeTexts();
    EXPECT_TRUE(texts.filter(QStringLiteral("this will be met on 1 March 2027")).size() == 1)
        << texts.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(texts.filter(QStringLiteral("working towards Best Interest Assessor")).size() == 1);
    EXPECT_TRUE(texts.filter(QStringLiteral("0 of 12 items")).size() == 1);
    EXPECT_FALSE(treeTexts(ReadinessModel::DateColumn).filter(QStringLiteral("on ")).isEmpty());

    // Progress: items with evidence and items signed off, per step and column.
    ProgressModel* progress = overview()->progressModel();
    ASSERT_GE(progress->rowCount(), 4);
    EXPECT_EQ(progress->index(0, ProgressModel::NameColumn).data().toString(), QStringLiteral("Social Worker Range 6"));
    EXPECT_EQ(progress->index(0, ProgressModel::EvidenceColumn).data().toString(), QStringLiteral("0 of 16"));
    Evidence e = makeEvidence(QStringLiteral("Case"));
    Mapping m;
    m.item = bucks(QStringLiteral("r6-key-1"));
    ASSERT_NE(store().addEvidence(e, { m }), 0);
    EXPECT_EQ(progress->index(0, ProgressModel::EvidenceColumn).data().toString(), QStringLiteral("1 of 16"));
    EXPECT_EQ(progress->index(0, ProgressModel::SignedOffColumn).data().toString(), QStringLiteral("0 of 16"));
}

TEST_F(GuiOverview, WhatIfJudgesAnyStepOrRoleProfile)
{
    setUpBuckinghamshireWorker();
    ASSERT_TRUE(overview()->setWhatIf(QStringLiteral("camden-launch-pad"), QStringLiteral("team-manager")));
    EXPECT_EQ(overview()->readinessModel()->report().targetId, QStringLiteral("team-manager"));
    EXPECT_TRUE(verdict().contains(QStringLiteral("Team manager"))) << verdict().toStdString();
    EXPECT_EQ(
        overview()->progressModel()->index(0, 0).data().toString(), QStringLiteral("Newly qualified social worker"));

    ASSERT_TRUE(
        overview()->setWhatIf(QStringLiteral("sssc-clf-personal-capabilities"), QStringLiteral("nursery-manager")));
    EXPECT_EQ(overview()->readinessModel()->report().targetId, QStringLiteral("nursery-manager"));
    EXPECT_TRUE(verdict().contains(QStringLiteral("Nursery manager"))) << verdict().toStdString();

    // Back to the worker's own target.
    ASSERT_TRUE(overview()->setWhatIf(QString(), QString()));
    EXPECT_EQ(overview()->readinessModel()->report().targetId, QStringLiteral("r7"));
    EXPECT_TRUE(overview()->whatIfBox()->currentText().contains(QStringLiteral("Advanced Practitioner Range 7")));
}

TEST_F(GuiOverview, ARoleProfileTargetIsJudgedAndChosenInReadinessFor)
{
    Worker w;
    w.name = QStringLiteral("Sunita Rai");
    w.pathwayId = QStringLiteral("sssc-clf-personal-capabilities");
    w.targetStep = QStringLiteral("nursery-manager");
    ASSERT_TRUE(store().saveWorker(w));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready for the Nursery manager role profile"))) << verdict().toStdString();
    EXPECT_FALSE(verdict().contains(QStringLiteral("has no step")));
    EXPECT_EQ(overview()->readinessModel()->report().targetId, QStringLiteral("nursery-manager"));
    EXPECT_TRUE(overview()->whatIfBox()->currentText().contains(QStringLiteral("Your target: the Nursery manager role profile")));

    // "Readiness for" lists role profiles after the steps, labelled, and judges the one chosen.
    QComboBox* box = overview()->whatIfBox();
    const int row = box->findText(QStringLiteral("    Role profile: Nursery practitioner"));
    ASSERT_GT(row, 0);
    EXPECT_EQ(box->itemData(row - 1, TargetChoiceModel::KindRole).toInt(), int(TargetChoiceModel::Kind::Heading));
    box->setCurrentIndex(row);
    EXPECT_EQ(overview()->readinessModel()->report().targetId, QStringLiteral("nursery-practitioner"));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready for the Nursery practitioner role profile"))) << verdict().toStdString();
}

TEST_F(GuiOverview, StatusesNameWhatEachMissingItemWaitsFor)
{
    setUpBuckinghamshireWorker();
    auto judge = [this](const QString& item, Verdict verdict) {
        Judgement j;
        j.item = bucks(item);
        j.verdict = verdict;
        j.byName = QStringLiteral("Dana Okafor");
        j.date = today();
        ASSERT_NE(session()->recordJudgement(j), 0) << session()->errorString().toStdString();
    };
    auto addEvidenceFor = [this](const QString& item) {
        Mapping m;
        m.item = bucks(item);
        const qint64 id = store().addEvidence(makeEvidence(QStringLiteral("Case for %1").arg(item)), { m });
        EXPECT_NE(id, 0);
        return id;
    };
    addEvidenceFor(QStringLiteral("r7-key-3"));
    judge(QStringLiteral("r7-key-3"), Verdict::ReadyForReview);
    const qint64 changed = addEvidenceFor(QStringLiteral("r7-key-2"));
    judge(QStringLiteral("r7-key-2"), Verdict::Reached);
    Evidence e = *store().evidence(changed);
    e.narrative += QStringLiteral(" Rewritten after the sign-off.");
    ASSERT_TRUE(store().updateEvidence(e, e.version));

    // The status of each detail row that names an item, by item.
    QMap<QString, QString> status;
    ReadinessModel* m = overview()->readinessModel();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (!i.data(ReadinessModel::ItemRefRole).isNull())
                status[i.data(ReadinessModel::ItemRefRole).toString()]
                    = i.siblingAtColumn(ReadinessModel::StatusColumn).data().toString();
            walk(i);
        }
    };
    walk(QModelIndex());
    EXPECT_EQ(status.value(bucks(QStringLiteral("r7-key-3")).toString()), QStringLiteral("Awaiting sign-off"));
    EXPECT_EQ(status.value(bucks(QStringLiteral("r7-key-2")).toString()), QStringLiteral("Re-confirm: evidence changed"));
    EXPECT_EQ(status.value(bucks(QStringLiteral("r7-key-4")).toString()), QStringLiteral("Missing evidence"));
    // Two years as a Range 6 practitioner is judged on the facts: no evidence is missing.
    EXPECT_EQ(status.value(bucks(QStringLiteral("r7-key-1")).toString()), QStringLiteral("Awaiting judgement"));
    EXPECT_FALSE(status.values().contains(QStringLiteral("Missing")));

    // A picture to look at: WAYMARK_SCREENSHOTS names the folder.
    const QString folder = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window()->resize(1280, 820);
        window()->show();
        overview()->readinessView()->expandAll();
        QApplication::processEvents();
        window()->grab().save(QDir(folder).filePath(QStringLiteral("overview-awaiting-sign-off.png")));
    }
}

TEST_F(GuiOverview, NextStepsSayWhatToDoAndTheirButtonsDoIt)
{
    setUpBuckinghamshireWorker();
    Mapping m;
    m.item = bucks(QStringLiteral("r7-key-3"));
    ASSERT_NE(store().addEvidence(makeEvidence(QStringLiteral("Chaired the strategy meeting")), { m }), 0);
    Judgement j;
    j.item = m.item;
    j.verdict = Verdict::ReadyForReview;
    j.byName = QStringLiteral("Priya Shah");
    j.date = today();
    ASSERT_NE(session()->recordJudgement(j), 0);

    NextStepsPanel* panel = overview()->nextStepsPanel();
    // The button of the first step of a kind, and that step.
    auto stepOf = [panel](NextStep::Kind kind) -> std::pair<QPushButton*, NextStep> {
        for (int i = 0; i < panel->steps().size(); ++i)
            if (panel->steps()[i].kind == kind)
                return { panel->buttons()[i], panel->steps()[i] };
        return { nullptr, NextStep() };
    };
    ASSERT_EQ(panel->steps().size(), 3);
    EXPECT_EQ(panel->steps()[0].kind, NextStep::Kind::AskSignOff);
    EXPECT_TRUE(panel->steps()[0].text.startsWith(QStringLiteral("Ask Dana Okafor to sign off \""))) << panel->steps()[0].text.toStdString();
    EXPECT_EQ(panel->buttons()[0]->text(), QStringLiteral("Sign off…"));
    EXPECT_EQ(panel->steps()[1].kind, NextStep::Kind::AskJudgement); // r7-key-1: two years as a Range 6 practitioner
    EXPECT_EQ(panel->steps()[2].kind, NextStep::Kind::AddEvidence);
    EXPECT_TRUE(panel->steps()[2].text.endsWith(QStringLiteral("(and 9 more)"))) << panel->steps()[2].text.toStdString();

    // "Sign off…" opens the sign-off dialog on that item; once recorded, the step is gone.
    bool opened = false;
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        opened = true;
        EXPECT_EQ(dialog->itemModel()->checked(), QList<ItemRef>{ m.item });
        dialog->reachedButton()->click();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(panel->buttons()[0], Qt::LeftButton);
    EXPECT_TRUE(opened);
    ASSERT_TRUE(store().latestJudgement(m.item));
    EXPECT_EQ(store().latestJudgement(m.item)->verdict, Verdict::Reached);
    EXPECT_FALSE(stepOf(NextStep::Kind::AskSignOff).first);

    // "Add evidence…" starts new evidence mapped to the item it names.
    const auto [addEvidence, step] = stepOf(NextStep::Kind::AddEvidence);
    ASSERT_TRUE(addEvidence);
    const ItemRef first = step.items.first();
    QTest::mouseClick(addEvidence, Qt::LeftButton);
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Evidence);
    EXPECT_EQ(window()->evidence()->editor()->mappingModel()->checked(), QList<ItemRef>{ first });
    window()->evidence()->editor()->titleEdit()->setText(QStringLiteral("Supervised two students"));
    ASSERT_TRUE(window()->evidence()->editor()->save());

    // Without a current role, the rule on years in it cannot be judged: "Add role…" opens
    // the role dialog on the profile.
    ASSERT_TRUE(store().removeRole(store().roles().first().id));
    ASSERT_FALSE(panel->steps().isEmpty());
    EXPECT_EQ(panel->steps().last().kind, NextStep::Kind::AddRoles);
    window()->showScreen(MainWindow::Screen::Overview);
    bool roleDialog = false;
    whenDialogOpens<RoleDialog>([&](RoleDialog* dialog) {
        roleDialog = true;
        dialog->reject();
    });
    QTest::mouseClick(panel->buttons().last(), Qt::LeftButton);
    EXPECT_TRUE(roleDialog);
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Profile);
}

TEST_F(GuiOverview, AReconfirmStepOpensTheReconfirmDialogOnItsItems)
{
    setUpBuckinghamshireWorker();
    Mapping m;
    m.item = bucks(QStringLiteral("r7-key-2"));
    const qint64 id = store().addEvidence(makeEvidence(QStringLiteral("BIA course")), { m });
    ASSERT_NE(id, 0);
    Judgement j;
    j.item = m.item;
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Dana Okafor");
    j.date = QDate(2026, 5, 1);
    ASSERT_NE(session()->recordJudgement(j), 0);
    Evidence e = *store().evidence(id);
    e.narrative += QStringLiteral(" Rewritten.");
    ASSERT_TRUE(store().updateEvidence(e, e.version));

    NextStepsPanel* panel = overview()->nextStepsPanel();
    ASSERT_FALSE(panel->steps().isEmpty());
    ASSERT_EQ(panel->steps()[0].kind, NextStep::Kind::Reconfirm);
    EXPECT_EQ(panel->buttons()[0]->text(), QStringLiteral("Re-confirm…"));
    bool opened = false;
    whenDialogOpens<ReconfirmDialog>([&](ReconfirmDialog* dialog) {
        opened = true;
        dialog->accept();
    });
    QTest::mouseClick(panel->buttons()[0], Qt::LeftButton);
    EXPECT_TRUE(opened);
    EXPECT_TRUE(ReadinessEngine::isReached(store().facts(), m.item)) << "re-confirmed: it counts again";
    EXPECT_TRUE(panel->steps().isEmpty() || panel->steps()[0].kind != NextStep::Kind::Reconfirm);
}

TEST_F(GuiOverview, PathwayNamesInTheWhatIfListCannotBeChosen)
{
    QComboBox* box = overview()->whatIfBox();
    const QModelIndex heading = box->model()->index(1, 0);
    EXPECT_FALSE(box->model()->flags(heading) & Qt::ItemIsSelectable);
}

} // namespace
