#include "GuiTestSupport.h"

#include "overview/OverviewView.h"
#include "overview/ProgressModel.h"
#include "overview/ReadinessModel.h"
#include "overview/TargetChoiceModel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
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
    EXPECT_EQ(status.value(bucks(QStringLiteral("r7-key-1")).toString()), QStringLiteral("Missing evidence"));
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

TEST_F(GuiOverview, PathwayNamesInTheWhatIfListCannotBeChosen)
{
    QComboBox* box = overview()->whatIfBox();
    const QModelIndex heading = box->model()->index(1, 0);
    EXPECT_FALSE(box->model()->flags(heading) & Qt::ItemIsSelectable);
}

} // namespace
