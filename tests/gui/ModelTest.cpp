#include "GuiTestSupport.h"

#include "common/ItemState.h"
#include "common/ItemTreeModel.h"
#include "cpd/CpdListModel.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceListModel.h"
#include "evidence/EvidenceVersionModel.h"
#include "matrix/CommentListModel.h"
#include "matrix/MatrixFilterModel.h"
#include "matrix/MatrixModel.h"
#include "overview/ProgressModel.h"
#include "overview/ReadinessModel.h"
#include "overview/TargetChoiceModel.h"
#include "plan/LearningOfferModel.h"
#include "plan/PlanListModel.h"
#include "profile/AwardListModel.h"
#include "profile/RoleListModel.h"
#include "supervision/JudgementHistoryModel.h"
#include "supervision/SessionListModel.h"

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

// Every model of the GUI, checked by QAbstractItemModelTester (fatal on any broken rule)
// while it is filled, refilled and emptied with real portfolio data.
class GuiModels : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Evidence e = makeEvidence(QStringLiteral("Case"));
        Mapping a, b;
        a.item = bucks(QStringLiteral("r7-key-1"));
        b.item = { QStringLiteral("sssc-clf-personal-capabilities"),
            bundledLibrary().find(QStringLiteral("sssc-clf-personal-capabilities"))->allAssessableIds().first() };
        m_evidenceId = store().addEvidence(
            e, { a, b }, { { QStringLiteral("a.txt"), QStringLiteral("text/plain"), QByteArray("a") } });
        ASSERT_NE(m_evidenceId, 0);
        e.id = m_evidenceId;
        e.version = 1;
        e.title = QStringLiteral("Case, edited");
        ASSERT_TRUE(store().updateEvidence(e, 1));
        for (const ItemRef& ref : { a.item, b.item }) {
            Judgement j;
            j.item = ref;
            j.verdict = Verdict::Reached;
            j.byName = QStringLiteral("Dana");
            j.date = today();
            ASSERT_NE(session()->recordJudgement(j), 0);
        }
        Comment c;
        c.item = a.item;
        c.author = QStringLiteral("Dana");
        c.authorRole = QStringLiteral("manager");
        c.text = QStringLiteral("Good.");
        ASSERT_NE(session()->addComment(c), 0);
    }
    qint64 m_evidenceId = 0;
};

TEST_F(GuiModels, MatrixModelForEveryPathway)
{
    MatrixModel model;
    auto tester = checkModel(&model);
    MatrixFilterModel filter;
    filter.setSourceModel(&model);
    auto filterTester = checkModel(&filter);
    for (const Pathway& p : bundledLibrary().pathways()) {
        model.setPathway(&p);
        model.setFacts(store().facts(), store().comments());
        EXPECT_EQ(model.assessableUnder(QModelIndex()).size(), 0);
        int assessable = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            assessable += int(model.assessableUnder(model.index(r, 0)).size());
        EXPECT_EQ(assessable, p.allAssessableIds().size()) << p.id.toStdString();
        filter.setText(QStringLiteral("the"));
        filter.setState(int(ItemState::Reached));
        filter.setState(-1);
        filter.setText(QString());
    }
    model.setPathway(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(GuiModels, ItemTreeAndLearningOfferModels)
{
    ItemTreeModel items(bundledLibrary(), {});
    auto tester = checkModel(&items);
    items.setChecked({ bucks(QStringLiteral("r7-key-1")) });
    EXPECT_TRUE(items.setData(items.indexOf(bucks(QStringLiteral("r7-key-2"))), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(items.checked().size(), 2);
    items.setChecked({});

    LearningOfferModel offers(bundledLibrary(), session()->targetReadiness().suggestions);
    auto offerTester = checkModel(&offers);
    EXPECT_GT(offers.rowCount(), 0);
}

TEST_F(GuiModels, OverviewModels)
{
    ReadinessModel readiness;
    auto t1 = checkModel(&readiness);
    readiness.setReport(session()->targetReadiness(), today());
    EXPECT_EQ(readiness.rowCount(), 1);
    readiness.setReport(session()->engine().evaluateRoleProfile(store().facts(),
                            QStringLiteral("sssc-clf-personal-capabilities"), QStringLiteral("nursery-manager")),
        today());
    ReadinessReport failed;
    failed.error = QStringLiteral("no pathway");
    readiness.setReport(failed, today());
    EXPECT_EQ(readiness.rowCount(), 0);

    ProgressModel progress;
    auto t2 = checkModel(&progress);
    for (const Pathway& p : bundledLibrary().pathways())
        progress.setProgress(&p, store().facts());
    progress.setProgress(nullptr, store().facts());

    TargetChoiceModel targets(bundledLibrary());
    auto t3 = checkModel(&targets);
    targets.setOwnTargetText(QStringLiteral("Your target: R7"));
}

TEST_F(GuiModels, EvidenceAndSupervisionModels)
{
    EvidenceListModel evidence;
    auto t1 = checkModel(&evidence);
    evidence.setEvidence(store().listEvidence());
    EXPECT_EQ(evidence.rowCount(), 1);
    evidence.setEvidence({});

    AttachmentListModel attachments;
    auto t2 = checkModel(&attachments);
    QList<AttachmentListModel::Entry> entries;
    for (const Attachment& a : store().attachments(m_evidenceId))
        entries << AttachmentListModel::Entry { a.id, a.name, a.mediaType, a.size };
    attachments.setEntries(entries);
    EXPECT_EQ(attachments.rowCount(), 1);

    EvidenceVersionModel versions;
    auto t3 = checkModel(&versions);
    versions.setVersions(store().evidenceVersions(m_evidenceId));
    EXPECT_EQ(versions.rowCount(), 2);

    JudgementHistoryModel history(bundledLibrary());
    auto t4 = checkModel(&history);
    history.setJudgements(store().judgements());
    EXPECT_EQ(history.rowCount(), 2);

    CommentListModel comments;
    auto t5 = checkModel(&comments);
    comments.setComments(store().comments());
    EXPECT_EQ(comments.rowCount(), 1);

    SupervisionSession s;
    s.date = today();
    s.supervisor = QStringLiteral("Dana");
    ASSERT_NE(session()->addSession(s), 0);
    SessionListModel sessions;
    auto t6 = checkModel(&sessions);
    sessions.setSessions(store().sessions());
    EXPECT_EQ(sessions.rowCount(), 1);
}

TEST_F(GuiModels, ProfilePlanAndCpdModels)
{
    RoleListModel roles;
    auto t1 = checkModel(&roles);
    roles.setRoles(store().roles());
    EXPECT_EQ(roles.rowCount(), 1);

    AwardListModel awards;
    auto t2 = checkModel(&awards);
    awards.setAwards(store().awards());
    EXPECT_EQ(awards.rowCount(), 1);

    PlanItem item;
    item.activity = QStringLiteral("Shadow a BIA");
    item.linkedItems = { bucks(QStringLiteral("r7-key-2")) };
    ASSERT_NE(store().addPlanItem(item), 0);
    PlanListModel plan(bundledLibrary());
    auto t3 = checkModel(&plan);
    plan.setItems(store().planItems());
    EXPECT_EQ(plan.rowCount(), 1);

    CpdEntry cpd;
    cpd.date = today();
    cpd.activity = QStringLiteral("Course");
    cpd.hours = 2.5;
    ASSERT_NE(store().addCpdEntry(cpd), 0);
    CpdListModel cpdModel;
    auto t4 = checkModel(&cpdModel);
    cpdModel.setEntries(store().cpdEntries());
    EXPECT_EQ(cpdModel.rowCount(), 1);
}

} // namespace
