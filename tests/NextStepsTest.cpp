#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/NextSteps.h"
#include "waymark/PathwayLibrary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString camden = QStringLiteral("camden-launch-pad");

ItemRef asw(const char* item)
{
    return {camden, QStringLiteral("advanced-social-worker-req-") + QLatin1String(item)};
}

// A Camden social worker aiming for advanced social worker, in a real portfolio file.
class NextSteps : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library.load(QStringLiteral("-"));
        m_library.addFile(dataPath(QStringLiteral("pathways/rules-test.json")));
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("n.waymark"))));
        Worker w;
        w.name = QStringLiteral("Alex Smith");
        w.pathwayId = camden;
        w.currentStep = QStringLiteral("social-worker");
        w.targetStep = QStringLiteral("advanced-social-worker");
        w.supervisorName = QStringLiteral("Priya Shah");
        ASSERT_TRUE(m_store.saveWorker(w));
    }

    QList<NextStep> steps()
    {
        const PortfolioFacts facts = m_store.facts();
        return nextSteps(ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(facts), facts, m_library);
    }

    qint64 evidenceFor(const ItemRef& item)
    {
        Mapping m;
        m.item = item;
        return m_store.addEvidence(makeEvidence(QStringLiteral("Court report")), {m});
    }

    void judge(const ItemRef& item, Verdict verdict)
    {
        Judgement j;
        j.item = item;
        j.verdict = verdict;
        j.byName = QStringLiteral("Priya Shah");
        j.date = QDate(2026, 6, 1);
        ASSERT_GT(m_store.recordJudgement(j, *m_library.find(item.pathwayId)), 0) << m_store.errorString().toStdString();
    }

    static QStringList kinds(const QList<NextStep>& steps)
    {
        QStringList out;
        for (const NextStep& s : steps)
            out << nextStepKindId(s.kind);
        return out;
    }

    QTemporaryDir m_dir;
    PathwayLibrary m_library;
    PortfolioStore m_store;
};

TEST_F(NextSteps, EachGapAsksForWhatClosesItAndNamesTheSupervisor)
{
    evidenceFor(asw("supporting-colleagues"));
    judge(asw("supporting-colleagues"), Verdict::ReadyForReview);
    QList<NextStep> s = steps();
    // A signature first, then the judgement-only item, then evidence, then the profile.
    EXPECT_EQ(kinds(s), QStringList({QStringLiteral("ask-sign-off"), QStringLiteral("ask-judgement"),
                                     QStringLiteral("add-evidence"), QStringLiteral("add-qualified-date")}));
    EXPECT_EQ(s[0].text, QStringLiteral("Ask Priya Shah to sign off \"Evidence to providing support to colleagues and modelling good practice\""));
    EXPECT_EQ(s[0].items, QList<ItemRef>{asw("supporting-colleagues")});
    EXPECT_EQ(s[1].text, QStringLiteral("Ask Priya Shah to judge \"3 years PQE/level 7 PCF\" (no evidence needed)"));
    EXPECT_EQ(s[2].items, QList<ItemRef>{asw("specialist-field-experience")});
    EXPECT_EQ(s[3].text, QStringLiteral("Add the date you qualified to your profile"));

    // Signed off, then the evidence changes: it needs re-confirming, before anything else.
    judge(asw("supporting-colleagues"), Verdict::Reached);
    const qint64 field = evidenceFor(asw("specialist-field-experience"));
    judge(asw("specialist-field-experience"), Verdict::Reached);
    Evidence e = *m_store.evidence(field);
    e.narrative += QStringLiteral(" Updated after the hearing.");
    ASSERT_TRUE(m_store.updateEvidence(e, e.version)) << m_store.errorString().toStdString();
    s = steps();
    ASSERT_FALSE(s.isEmpty());
    EXPECT_EQ(s[0].kind, NextStep::Kind::Reconfirm);
    EXPECT_EQ(s[0].items, QList<ItemRef>{asw("specialist-field-experience")});
    EXPECT_TRUE(s[0].text.startsWith(QStringLiteral("Ask Priya Shah to re-confirm")));
    EXPECT_FALSE(kinds(s).contains(QStringLiteral("add-evidence")));
}

TEST_F(NextSteps, SeveralItemsOfAKindAreOneStepAndAnUnknownSupervisorIsYours)
{
    Worker w = m_store.worker();
    w.supervisorName.clear();
    w.qualified = QDate(2020, 7, 1);
    ASSERT_TRUE(m_store.saveWorker(w));
    evidenceFor(asw("supporting-colleagues"));
    evidenceFor(asw("specialist-field-experience"));
    const QList<NextStep> s = steps();
    EXPECT_EQ(kinds(s), QStringList({QStringLiteral("ask-judgement"), QStringLiteral("mark-ready-for-review")}));
    EXPECT_TRUE(s[0].text.startsWith(QStringLiteral("Ask your supervisor to judge")));
    EXPECT_EQ(s[1].items.size(), 2);
    EXPECT_TRUE(s[1].text.endsWith(QStringLiteral(" (and 1 more)"))) << s[1].text.toStdString();
    const QJsonArray json = nextStepsToJson(s);
    EXPECT_EQ(json[1].toObject()[QStringLiteral("items")].toArray().size(), 2);
}

TEST_F(NextSteps, AnAwardIsAskedForOnlyWhereItStandsInTheWay)
{
    // Buckinghamshire's R7 asks for a post-qualifying award, held or in progress.
    Worker w = m_store.worker();
    w.pathwayId = QStringLiteral("buckinghamshire-social-worker-r6-r7");
    w.currentStep = QStringLiteral("r6");
    w.targetStep = QStringLiteral("r7");
    ASSERT_TRUE(m_store.saveWorker(w));
    EXPECT_TRUE(kinds(steps()).contains(QStringLiteral("add-award")));
    AwardRecord bia;
    bia.award = QStringLiteral("bia");
    bia.status = AwardRecord::Status::InProgress;
    ASSERT_NE(m_store.addAward(bia), 0);
    EXPECT_FALSE(kinds(steps()).contains(QStringLiteral("add-award")));

    // Camden's step into social worker takes the ASYE award or a year qualified: with the year,
    // the award is an alternative nobody needs.
    w.pathwayId = camden;
    w.currentStep = QStringLiteral("asye");
    w.targetStep = QStringLiteral("social-worker");
    w.qualified = QDate(2023, 7, 1);
    ASSERT_TRUE(m_store.saveWorker(w));
    ASSERT_TRUE(m_store.removeAward(m_store.awards().first().id));
    EXPECT_FALSE(kinds(steps()).contains(QStringLiteral("add-award")));
    w.qualified = QDate(2026, 7, 1);
    ASSERT_TRUE(m_store.saveWorker(w));
    EXPECT_TRUE(kinds(steps()).contains(QStringLiteral("add-award")));
}

TEST_F(NextSteps, ReadyMeansExportAndNoPathwayMeansChooseOne)
{
    Worker w = m_store.worker();
    w.pathwayId = QStringLiteral("rules-test");
    w.currentStep = QStringLiteral("base");
    w.targetStep = QStringLiteral("t-any");
    ASSERT_TRUE(m_store.saveWorker(w));
    Judgement j;
    j.item = {QStringLiteral("rules-test"), QStringLiteral("i1")};
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Priya Shah");
    j.date = QDate(2026, 6, 1);
    j.confirmedWithoutEvidence = true;
    ASSERT_GT(m_store.recordJudgement(j, *m_library.find(QStringLiteral("rules-test"))), 0);
    QList<NextStep> s = steps();
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].kind, NextStep::Kind::ExportForPanel);
    EXPECT_TRUE(s[0].text.contains(QStringLiteral("Any of them")));

    w.pathwayId.clear();
    ASSERT_TRUE(m_store.saveWorker(w));
    s = steps();
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s[0].kind, NextStep::Kind::ChoosePathway);
}

} // namespace
