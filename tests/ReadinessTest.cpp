#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/Readiness.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace waymark;
using namespace waymark::test;

namespace {

// A real portfolio file per test, with the bundled pathways and the rules test pathway.
class Readiness : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library.load(QStringLiteral("-"));
        m_library.addFile(dataPath(QStringLiteral("pathways/rules-test.json")));
        ASSERT_TRUE(m_library.problems().isEmpty()) << formatProblems(m_library.problems()).toStdString();
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("r.waymark"))));
    }

    ReadinessReport evaluate(const char* step, const QDate& today = QDate(2026, 11, 26), const char* pathway = "rules-test")
    {
        return ReadinessEngine(m_library, today).evaluateStep(m_store.facts(), QLatin1String(pathway), QLatin1String(step));
    }

    void judge(const char* item, Verdict verdict, const char* pathway = "rules-test")
    {
        Judgement j;
        j.item = {QLatin1String(pathway), QLatin1String(item)};
        j.verdict = verdict;
        j.byName = QStringLiteral("Sam Supervisor");
        j.date = QDate(2026, 6, 1);
        j.confirmedWithoutEvidence = true; // readiness rests on the decision; evidence rules are tested in the store
        ASSERT_GT(m_store.recordJudgement(j, *m_library.find(QLatin1String(pathway))), 0) << m_store.errorString().toStdString();
    }

    void setWorker(const QDate& qualified, const char* pathway = "rules-test", const char* current = "", const char* target = "")
    {
        Worker w;
        w.name = QStringLiteral("Alex");
        w.qualified = qualified;
        w.pathwayId = QLatin1String(pathway);
        w.currentStep = QLatin1String(current);
        w.targetStep = QLatin1String(target);
        ASSERT_TRUE(m_store.saveWorker(w));
    }

    void evidenceFor(const char* item, const char* source, const char* pathway = "rules-test")
    {
        ASSERT_GT(m_store.addEvidence(makeEvidence(QStringLiteral("Evidence for %1").arg(QLatin1String(item)), QDate(2026, 1, 1),
                                                   EvidenceKind::DirectPractice, QLatin1String(source)),
                                      {{0, 0, {QLatin1String(pathway), QLatin1String(item)}, QString()}}), 0);
    }

    PathwayLibrary m_library;
    QTemporaryDir m_dir;
    PortfolioStore m_store;
};

} // namespace

TEST_F(Readiness, ReachedNeedsASupervisorsReachedAsTheLatestDecision)
{
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::NotYet);
    judge("i1", Verdict::ReadyForReview);
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::NotYet); // the worker's own mark is not a sign-off
    EXPECT_TRUE(evaluate("t-any").root.children[0].details.join(QString()).contains(QStringLiteral("awaiting sign-off")));
    judge("i1", Verdict::Reached);
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::Ready);
    judge("i1", Verdict::NotYetReached); // a reopening is a new record and wins
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::NotYet);
    judge("i1", Verdict::ReadyForReview); // still not reached: the latest decision is "not yet"
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::NotYet);
}

TEST_F(Readiness, AllReachedNamesWhatIsMissing)
{
    judge("i1", Verdict::Reached);
    evidenceFor("i2", "audit");
    const ReadinessReport r = evaluate("t-all");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(r.root.missingItems.size(), 2);
    EXPECT_TRUE(r.root.sentence.contains(QStringLiteral("1 of 3")));
    EXPECT_TRUE(r.root.details.join(QLatin1Char('\n')).contains(QStringLiteral("Manages a budget for the team. — 1 evidence item(s), not yet signed off")));
    EXPECT_TRUE(r.root.details.join(QLatin1Char('\n')).contains(QStringLiteral("Chairs multi-agency meetings. — no evidence yet")));
    judge("i2", Verdict::Reached);
    judge("i3", Verdict::Reached);
    EXPECT_EQ(evaluate("t-all").verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, AnyAndAtLeastCountMetChildren)
{
    judge("i2", Verdict::Reached);
    EXPECT_EQ(evaluate("t-any").verdict, ReadinessReport::Verdict::Ready);
    EXPECT_EQ(evaluate("t-atleast").verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_TRUE(evaluate("t-atleast").root.sentence.contains(QStringLiteral("At least 2 of these 3 are needed; 1 are met")));
    judge("i3", Verdict::Reached);
    EXPECT_EQ(evaluate("t-atleast").verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, EvidenceCanAskForDifferentSources)
{
    for (const char* item : {"i1", "i2", "i3"}) {
        evidenceFor(item, "observation");
        evidenceFor(item, "observation");
    }
    ReadinessReport r = evaluate("t-evidence");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet); // two items each, but from one source
    EXPECT_TRUE(r.root.details.join(QLatin1Char('\n')).contains(QStringLiteral("from 1 of 2 different sources")));
    for (const char* item : {"i1", "i2", "i3"})
        evidenceFor(item, "feedback from a carer");
    EXPECT_EQ(evaluate("t-evidence").verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, PostQualifyingExperienceIsUnknownWithoutADateAndGivesTheDateItWillBeMet)
{
    ReadinessReport r = evaluate("t-pq");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Unknown);
    EXPECT_TRUE(r.root.sentence.contains(QStringLiteral("date you qualified is not recorded")));
    setWorker(QDate(2024, 9, 1));
    r = evaluate("t-pq");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(r.root.metOn, QDate(2027, 9, 1));
    EXPECT_EQ(r.earliestDate, QDate(2027, 9, 1));
    EXPECT_TRUE(r.root.sentence.contains(QStringLiteral("1 September 2027")));
    EXPECT_EQ(evaluate("t-pq", QDate(2027, 9, 1)).verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, DateArithmeticAcrossLeapYears)
{
    setWorker(QDate(2020, 2, 29)); // qualified on a leap day
    EXPECT_EQ(evaluate("t-pq").root.metOn, QDate(2023, 2, 28));
    EXPECT_EQ(evaluate("t-pq", QDate(2023, 2, 27)).verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(evaluate("t-pq", QDate(2023, 2, 28)).verdict, ReadinessReport::Verdict::Ready);
    setWorker(QDate(2021, 2, 28));
    EXPECT_EQ(evaluate("t-pq").root.metOn, QDate(2024, 2, 28)); // not pushed to the leap day
}

TEST_F(Readiness, CurrentRoleExperience)
{
    EXPECT_EQ(evaluate("t-role").verdict, ReadinessReport::Verdict::Unknown);
    m_store.addRole({0, QStringLiteral("Social worker"), QStringLiteral("R5"), QDate(2019, 1, 1), QDate(2025, 3, 31), false});
    EXPECT_EQ(evaluate("t-role").verdict, ReadinessReport::Verdict::Unknown); // that role has ended
    m_store.addRole({0, QStringLiteral("Senior social worker"), QStringLiteral("R6"), QDate(2025, 4, 1), {}, false});
    const ReadinessReport r = evaluate("t-role");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(r.root.metOn, QDate(2027, 4, 1));
    EXPECT_TRUE(r.root.sentence.contains(QStringLiteral("Senior social worker")));
}

TEST_F(Readiness, SupervisoryExperienceIsSummedWithOverlapsCountedOnce)
{
    EXPECT_EQ(evaluate("t-super").verdict, ReadinessReport::Verdict::Unknown);
    // One year supervising, then a gap, then two overlapping supervising roles.
    m_store.addRole({0, QStringLiteral("Practice educator"), {}, QDate(2022, 1, 1), QDate(2023, 1, 1), true});
    m_store.addRole({0, QStringLiteral("Not supervising"), {}, QDate(2023, 1, 1), QDate(2026, 1, 1), false});
    m_store.addRole({0, QStringLiteral("Senior practitioner"), {}, QDate(2026, 1, 1), {}, true});
    m_store.addRole({0, QStringLiteral("Student supervisor"), {}, QDate(2026, 3, 1), QDate(2026, 6, 1), true});
    ReadinessReport r = evaluate("t-super", QDate(2026, 7, 1));
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    // 365 days + 181 days so far; 731 needed (2 x 365.2425, rounded up): 185 more days.
    EXPECT_EQ(r.root.metOn, QDate(2026, 7, 1).addDays(731 - 365 - 181));
    EXPECT_EQ(evaluate("t-super", r.root.metOn).verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, SupervisoryExperienceWithoutACurrentSupervisingRoleHasNoDate)
{
    m_store.addRole({0, QStringLiteral("Practice educator"), {}, QDate(2022, 1, 1), QDate(2023, 1, 1), true});
    const ReadinessReport r = evaluate("t-super");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_FALSE(r.root.metOn.isValid());
    EXPECT_TRUE(r.root.sentence.contains(QStringLiteral("no current role supervises others")));
}

TEST_F(Readiness, AwardsHeldOrInProgress)
{
    EXPECT_EQ(evaluate("t-award").verdict, ReadinessReport::Verdict::NotYet);
    m_store.addAward({0, QStringLiteral("peps2"), QString(), AwardRecord::Status::InProgress, {}});
    EXPECT_EQ(evaluate("t-award").verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_TRUE(evaluate("t-award").root.sentence.contains(QStringLiteral("must be held")));
    EXPECT_EQ(evaluate("t-award-progress").verdict, ReadinessReport::Verdict::Ready);
    m_store.addAward({0, QStringLiteral("Best Interest Assessor"), QString(), AwardRecord::Status::Held, QDate(2025, 5, 1)});
    EXPECT_EQ(evaluate("t-award").verdict, ReadinessReport::Verdict::Ready); // matched by the award's title too
}

TEST_F(Readiness, StagesAreProgressive)
{
    const Pathway& p = *m_library.find(QStringLiteral("rules-test"));
    const Item& teamwork = *p.item(QStringLiteral("teamwork"));
    judge("tw-s1", Verdict::Reached);
    judge("tw-a1", Verdict::Reached);
    EXPECT_EQ(ReadinessEngine::stageReached(p, teamwork, m_store.facts()), -1); // later stages do not count without engaged
    EXPECT_EQ(evaluate("t-stage").verdict, ReadinessReport::Verdict::NotYet);
    judge("tw-e1", Verdict::Reached);
    EXPECT_EQ(ReadinessEngine::stageReached(p, teamwork, m_store.facts()), -1);
    EXPECT_EQ(evaluate("t-stage").root.missingItems, QList<ItemRef>({{QStringLiteral("rules-test"), QStringLiteral("tw-e2")}}));
    judge("tw-e2", Verdict::Reached);
    EXPECT_EQ(ReadinessEngine::stageReached(p, teamwork, m_store.facts()), 2);
    EXPECT_EQ(evaluate("t-stage").verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, RoleProfileNeedsEveryCapabilityAtItsStage)
{
    for (const char* id : {"tw-e1", "tw-e2", "tw-s1"})
        judge(id, Verdict::Reached);
    ReadinessReport r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateRoleProfile(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("lead"));
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    ASSERT_EQ(r.root.children.size(), 2);
    EXPECT_EQ(r.root.children[0].outcome, Outcome::Met);
    EXPECT_EQ(r.root.children[1].outcome, Outcome::NotMet);
    judge("em-e1", Verdict::Reached);
    EXPECT_EQ(evaluate("t-profile").verdict, ReadinessReport::Verdict::Ready); // the same check, as a transition rule
}

TEST_F(Readiness, UnknownInsideAllMakesTheVerdictUnknownUnlessSomethingIsNotMet)
{
    judge("i1", Verdict::Reached);
    ReadinessReport r = evaluate("t-mixed");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Unknown);
    EXPECT_TRUE(r.root.children[0].sentence.startsWith(QStringLiteral("Three years' post-qualifying experience: ")));
    judge("i1", Verdict::NotYetReached);
    EXPECT_EQ(evaluate("t-mixed").verdict, ReadinessReport::Verdict::NotYet);
}

TEST_F(Readiness, LearningOffersOnTheMissingTopicComeFirst)
{
    judge("i1", Verdict::Reached);
    judge("i3", Verdict::Reached);
    const ReadinessReport r = evaluate("t-all");
    ASSERT_FALSE(r.suggestions.isEmpty());
    EXPECT_EQ(r.suggestions[0].title, QStringLiteral("Budget management")); // "Manages a budget" is missing
    EXPECT_EQ(r.suggestions[0].stepTitle, QStringLiteral("Practitioner"));
}

TEST_F(Readiness, EachMissingItemNamesItsGapAndOnlyEvidenceGapsGetLearningOffers)
{
    evidenceFor("i1", "audit");
    judge("i1", Verdict::ReadyForReview);
    evidenceFor("i2", "audit");
    ReadinessReport r = evaluate("t-all");
    ASSERT_EQ(r.root.missingItems.size(), 3);
    EXPECT_EQ(r.root.gaps, QList<Gap>({Gap::AwaitingSignOff, Gap::NotSignedOff, Gap::NeedsEvidence}));
    EXPECT_EQ(gapTitle(r.root.gaps[0]), QStringLiteral("Awaiting sign-off"));
    EXPECT_FALSE(r.root.suggestions.isEmpty()); // i3 has no evidence

    judge("i3", Verdict::NotYetReached);
    r = evaluate("t-all");
    EXPECT_EQ(r.root.gaps[2], Gap::JudgedNotYet);
    EXPECT_FALSE(r.suggestions.isEmpty()); // a "not yet" asks for more practice

    // Only signatures are missing now: a course would not help.
    judge("i2", Verdict::ReadyForReview);
    judge("i3", Verdict::ReadyForReview);
    r = evaluate("t-all");
    EXPECT_EQ(r.root.gaps, QList<Gap>({Gap::AwaitingSignOff, Gap::AwaitingSignOff, Gap::AwaitingSignOff}));
    EXPECT_TRUE(r.root.suggestions.isEmpty());
    EXPECT_TRUE(r.suggestions.isEmpty());

    // The evidence rule counts evidence, so what it misses is evidence.
    r = evaluate("t-evidence");
    EXPECT_EQ(r.root.gaps.size(), r.root.missingItems.size());
    EXPECT_TRUE(std::all_of(r.root.gaps.begin(), r.root.gaps.end(), [](Gap g) { return g == Gap::NeedsEvidence; }));
}

TEST_F(Readiness, AJudgementOnlyItemAwaitsAJudgementNotEvidence)
{
    // Camden's "3 years PQE" is judged on the facts: nothing to record as evidence.
    const ItemRef pqe{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-3-years-pqe")};
    const ItemRef field{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-specialist-field-experience")};
    const ReadinessReport r = evaluate("advanced-social-worker", QDate(2026, 11, 26), "camden-launch-pad");
    QHash<QString, Gap> gaps;
    std::function<void(const ReadinessNode&)> walk = [&](const ReadinessNode& n) {
        for (int i = 0; i < n.missingItems.size(); ++i)
            if (!gaps.contains(n.missingItems[i].toString()))
                gaps.insert(n.missingItems[i].toString(), n.gaps[i]);
        for (const ReadinessNode& c : n.children)
            walk(c);
    };
    walk(r.root);
    ASSERT_TRUE(gaps.contains(pqe.toString()));
    EXPECT_EQ(gaps.value(pqe.toString()), Gap::AwaitingJudgement);
    EXPECT_EQ(gapTitle(Gap::AwaitingJudgement), QStringLiteral("Awaiting judgement"));
    EXPECT_FALSE(gapNeedsEvidence(Gap::AwaitingJudgement));
    EXPECT_EQ(gaps.value(field.toString()), Gap::NeedsEvidence); // an item that needs evidence still says so
    EXPECT_TRUE(describeReadiness(r).contains(QStringLiteral("no evidence needed: not yet judged")));
    // Camden's evidence rule covers the step's requirements: it does not count this one.
    const ReadinessNode& evidence = r.root.children[2];
    ASSERT_EQ(evidence.type, Rule::Type::Evidence);
    EXPECT_FALSE(evidence.missingItems.contains(pqe));
    EXPECT_TRUE(evidence.missingItems.contains(field));
    EXPECT_TRUE(evidence.sentence.startsWith(QStringLiteral("0 of 2 items"))) << evidence.sentence.toStdString();
}

TEST_F(Readiness, StepWithoutARuleNeedsEveryItemReached)
{
    const ReadinessReport r = evaluate("base");
    EXPECT_EQ(r.root.type, Rule::Type::AllReached);
    EXPECT_EQ(r.root.missingItems.size(), 3);
}

TEST_F(Readiness, CamdenAdvancedSocialWorker)
{
    setWorker(QDate(2023, 7, 1), "camden-launch-pad", "social-worker", "advanced-social-worker");
    const QStringList reqs = m_library.find(QStringLiteral("camden-launch-pad"))->assessableIds(QStringLiteral("advanced-social-worker-requirements"));
    ASSERT_EQ(reqs.size(), 3);
    ReadinessReport r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.targetTitle, QStringLiteral("Advanced social worker"));
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    for (const QString& id : reqs) {
        evidenceFor(qPrintable(id), "observation", "camden-launch-pad");
        judge(qPrintable(id), Verdict::Reached, "camden-launch-pad");
    }
    r = ReadinessEngine(m_library, QDate(2026, 6, 30)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(r.earliestDate, QDate(2026, 7, 1)); // only the three years remain
    EXPECT_TRUE(r.summary.contains(QStringLiteral("1 July 2026")));
    r = ReadinessEngine(m_library, QDate(2026, 7, 1)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Ready) << describeReadiness(r).toStdString();
}

TEST_F(Readiness, CamdenTeamManagerAcceptsPeps2OrEquivalentExperience)
{
    setWorker(QDate(2015, 1, 1), "camden-launch-pad", "advanced-social-worker", "team-manager");
    m_store.addRole({0, QStringLiteral("Advanced social worker"), QStringLiteral("Level 4, Zone 1"), QDate(2021, 1, 1), {}, true});
    const Pathway& camden = *m_library.find(QStringLiteral("camden-launch-pad"));
    for (const QString& id : camden.assessableIds(QStringLiteral("team-manager-requirements")))
        if (id != QLatin1String("team-manager-req-practice-educator-stage-2"))
            judge(qPrintable(id), Verdict::Reached, "camden-launch-pad");
    ReadinessReport r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    bool offersPractice = false;
    for (const LearningSuggestion& s : r.suggestions)
        offersPractice = offersPractice || s.title.contains(QStringLiteral("Practice Educator"));
    EXPECT_TRUE(offersPractice) << describeReadiness(r).toStdString();
    m_store.addAward({0, QStringLiteral("peps2"), QString(), AwardRecord::Status::Held, QDate(2024, 1, 1)});
    r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Ready) << describeReadiness(r).toStdString();
}

TEST_F(Readiness, BuckinghamshireRangeSixToSeven)
{
    setWorker(QDate(2020, 9, 1), "buckinghamshire-social-worker-r6-r7", "r6", "r7");
    m_store.addRole({0, QStringLiteral("Social Worker"), QStringLiteral("Range 6"), QDate(2023, 10, 1), {}, false});
    const Pathway& bucks = *m_library.find(QStringLiteral("buckinghamshire-social-worker-r6-r7"));
    for (const QString& id : bucks.assessableIds(QStringLiteral("r7-key")))
        judge(qPrintable(id), Verdict::Reached, "buckinghamshire-social-worker-r6-r7");
    ReadinessReport r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet); // no post-qualifying award yet
    m_store.addAward({0, QStringLiteral("amhp"), QString(), AwardRecord::Status::InProgress, {}});
    r = ReadinessEngine(m_library, QDate(2026, 11, 26)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Ready) << describeReadiness(r).toStdString();
    r = ReadinessEngine(m_library, QDate(2025, 9, 30)).evaluateTarget(m_store.facts());
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet); // under two years as R6 then
    EXPECT_EQ(r.earliestDate, QDate(2025, 10, 1));
}

TEST_F(Readiness, SsscNurseryManagerProfile)
{
    const Pathway& sssc = *m_library.find(QStringLiteral("sssc-clf-personal-capabilities"));
    const ReadinessEngine engine(m_library, QDate(2026, 11, 26));
    EXPECT_EQ(engine.evaluateRoleProfile(m_store.facts(), sssc.id, QStringLiteral("nursery-practitioner")).verdict, ReadinessReport::Verdict::NotYet);
    for (const char* capability : {"motivating-and-leading-others", "self-confidence"})
        for (const Indicator& ind : sssc.item(QLatin1String(capability))->indicators)
            if (sssc.stageIndex(ind.stage) <= sssc.stageIndex(QStringLiteral("accomplished")))
                judge(qPrintable(ind.id), Verdict::Reached, "sssc-clf-personal-capabilities");
    EXPECT_EQ(engine.evaluateRoleProfile(m_store.facts(), sssc.id, QStringLiteral("nursery-manager")).verdict, ReadinessReport::Verdict::Ready);
}

TEST_F(Readiness, JsonAndTextExplainTheTree)
{
    setWorker(QDate(2024, 9, 1));
    const ReadinessReport r = evaluate("t-mixed");
    const QJsonObject json = readinessToJson(r);
    EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-yet"));
    EXPECT_EQ(json.value(QStringLiteral("tree")).toObject().value(QStringLiteral("children")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("tree")).toObject().value(QStringLiteral("children")).toArray()[0].toObject()
                  .value(QStringLiteral("metOn")).toString(), QStringLiteral("2027-09-01"));
    const QString text = describeReadiness(r);
    EXPECT_TRUE(text.contains(QStringLiteral("[not yet]")));
    EXPECT_TRUE(text.contains(QStringLiteral("Supervises students on placement.")));
}

TEST_F(Readiness, UnknownTargetsAreExplained)
{
    const ReadinessEngine engine(m_library, QDate(2026, 11, 26));
    EXPECT_FALSE(engine.evaluateStep(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("nope")).error.isEmpty());
    EXPECT_TRUE(engine.evaluateTarget(m_store.facts()).error.contains(QStringLiteral("pathway")));
}

namespace {

// Every indicator of an SSSC capability up to and including a stage.
QStringList indicatorsUpTo(const Pathway& p, const char* capability, const char* stage)
{
    QStringList ids;
    for (const Indicator& ind : p.item(QLatin1String(capability))->indicators)
        if (p.stageIndex(ind.stage) <= p.stageIndex(QLatin1String(stage)))
            ids << ind.id;
    return ids;
}

const char* const ssscPersonal = "sssc-clf-personal-capabilities";

} // namespace

TEST_F(Readiness, EmployerRulesJudgeSsscCapabilitiesOfTheirOwnFile)
{
    m_library.addFile(dataPath(QStringLiteral("pathways/employer-sssc.json")));
    ASSERT_TRUE(m_library.problems().isEmpty()) << formatProblems(m_library.problems()).toStdString();
    const Pathway& sssc = *m_library.find(QLatin1String(ssscPersonal));
    judge("t1", Verdict::Reached, "employer-sssc");
    ReadinessReport r = evaluate("team-leader", QDate(2026, 11, 26), "employer-sssc");
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    ASSERT_EQ(r.root.children.size(), 3);
    EXPECT_EQ(r.root.children[1].outcome, Outcome::NotMet);
    EXPECT_TRUE(r.root.children[1].sentence.startsWith(QStringLiteral("Managing conflict must be at engaged")))
        << r.root.children[1].sentence.toStdString();
    EXPECT_EQ(r.root.children[1].missingItems.size(), 2); // the two engaged indicators of the SSSC file
    EXPECT_EQ(r.root.children[1].missingItems[0].pathwayId, QLatin1String(ssscPersonal));

    for (const QString& id : indicatorsUpTo(sssc, "managing-conflict", "engaged"))
        judge(qPrintable(id), Verdict::Reached, ssscPersonal);
    for (const char* capability : {"motivating-and-leading-others"})
        for (const QString& id : indicatorsUpTo(sssc, capability, "engaged"))
            judge(qPrintable(id), Verdict::Reached, ssscPersonal);
    for (const QString& id : indicatorsUpTo(sssc, "self-confidence", "established"))
        judge(qPrintable(id), Verdict::Reached, ssscPersonal);
    r = evaluate("team-leader", QDate(2026, 11, 26), "employer-sssc");
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Ready) << describeReadiness(r).toStdString();

    // The employer's role profile asks for an SSSC capability at established.
    const ReadinessEngine engine(m_library, QDate(2026, 11, 26));
    r = engine.evaluateRoleProfile(m_store.facts(), QStringLiteral("employer-sssc"), QStringLiteral("room-leader"));
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);
    for (const QString& id : indicatorsUpTo(sssc, "managing-conflict", "established"))
        judge(qPrintable(id), Verdict::Reached, ssscPersonal);
    r = engine.evaluateRoleProfile(m_store.facts(), QStringLiteral("employer-sssc"), QStringLiteral("room-leader"));
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::Ready) << describeReadiness(r).toStdString();
}

TEST_F(Readiness, ARoleProfileIsATargetLikeAStep)
{
    setWorker(QDate(2020, 1, 1), ssscPersonal, "", "nursery-manager");
    const ReadinessEngine engine(m_library, QDate(2026, 11, 26));
    ReadinessReport r = engine.evaluateTarget(m_store.facts());
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.targetId, QStringLiteral("nursery-manager"));
    EXPECT_EQ(r.targetTitle, QStringLiteral("the Nursery manager role profile"));
    EXPECT_EQ(r.root.type, Rule::Type::RoleProfile);
    EXPECT_EQ(r.verdict, ReadinessReport::Verdict::NotYet);

    // The same dispatch serves any pathway's steps and role profiles.
    r = engine.evaluateTargetOf(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("lead"));
    EXPECT_EQ(r.root.type, Rule::Type::RoleProfile);
    r = engine.evaluateTargetOf(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("t-mixed"));
    EXPECT_EQ(r.targetId, QStringLiteral("t-mixed"));
    EXPECT_NE(r.root.type, Rule::Type::RoleProfile);
    r = engine.evaluateTargetOf(m_store.facts(), QLatin1String(ssscPersonal), QStringLiteral("nursery-boss"));
    EXPECT_EQ(r.error, QStringLiteral("Continuous Learning Framework: personal capabilities has no step or role profile \"nursery-boss\"."));
    // Without a target, a pathway of capabilities only is judged on its first role profile.
    r = engine.evaluateTargetOf(m_store.facts(), QLatin1String(ssscPersonal), QString());
    EXPECT_EQ(r.targetId, QStringLiteral("nursery-practitioner"));
}

TEST_F(Readiness, CapabilityStagesSayWhatTheNextStageNeeds)
{
    const Pathway& sssc = *m_library.find(QLatin1String(ssscPersonal));
    auto conflict = [&] {
        const QList<CapabilityStage> all = ReadinessEngine::capabilityStages(sssc, m_store.facts());
        EXPECT_EQ(all.size(), 17);
        for (const CapabilityStage& c : all)
            if (c.capabilityId == QLatin1String("managing-conflict"))
                return c;
        ADD_FAILURE() << "managing-conflict missing";
        return CapabilityStage();
    };
    CapabilityStage c = conflict();
    EXPECT_EQ(c.stage, -1);
    EXPECT_EQ(stageTitle(sssc, c.stage), QStringLiteral("Below engaged"));
    EXPECT_EQ(c.nextStage, 0);
    EXPECT_EQ(c.missingForNext.size(), 2);

    // An established indicator alone reaches no stage (stages are progressive), and only the
    // indicators of the next stage are listed.
    const QStringList established = indicatorsUpTo(sssc, "managing-conflict", "established");
    judge(qPrintable(established.last()), Verdict::Reached, ssscPersonal);
    c = conflict();
    EXPECT_EQ(c.stage, -1);
    EXPECT_EQ(c.missingForNext.size(), 2);

    judge(qPrintable(established[0]), Verdict::Reached, ssscPersonal);
    judge(qPrintable(established[1]), Verdict::Reached, ssscPersonal);
    c = conflict();
    EXPECT_EQ(stageTitle(sssc, c.stage), QStringLiteral("Engaged"));
    EXPECT_EQ(sssc.stages[c.nextStage].id, QStringLiteral("established"));
    ASSERT_EQ(c.missingForNext.size(), 1); // the other established indicator
    EXPECT_EQ(c.missingForNext[0].itemId, established[2]);

    const QJsonObject json = capabilityStagesToJson(sssc, {c});
    const QJsonObject one = json.value(QStringLiteral("capabilities")).toArray()[0].toObject();
    EXPECT_EQ(one.value(QStringLiteral("id")).toString(), QStringLiteral("sssc-clf-personal-capabilities:managing-conflict"));
    EXPECT_EQ(one.value(QStringLiteral("stage")).toString(), QStringLiteral("engaged"));
    EXPECT_EQ(one.value(QStringLiteral("nextStage")).toString(), QStringLiteral("established"));
    EXPECT_EQ(one.value(QStringLiteral("missingForNext")).toArray()[0].toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("sssc-clf-personal-capabilities:") + established[2]);

    for (const Indicator& ind : sssc.item(QStringLiteral("managing-conflict"))->indicators)
        judge(qPrintable(ind.id), Verdict::Reached, ssscPersonal);
    c = conflict();
    EXPECT_EQ(stageTitle(sssc, c.stage), QStringLiteral("Exemplary"));
    EXPECT_EQ(c.nextStage, -1);
    EXPECT_TRUE(c.missingForNext.isEmpty());
}

TEST_F(Readiness, StagedPathwaysInUseFollowTheWorkersPathwayAndPortfolio)
{
    m_library.addFile(dataPath(QStringLiteral("pathways/employer-sssc.json")));
    const ReadinessEngine engine(m_library, QDate(2026, 11, 26));
    setWorker(QDate(2020, 1, 1), "camden-launch-pad");
    EXPECT_TRUE(engine.stagedPathwaysInUse(m_store.facts()).isEmpty()); // Camden has no stages
    setWorker(QDate(2020, 1, 1), "employer-sssc");
    EXPECT_EQ(engine.stagedPathwaysInUse(m_store.facts()), QStringList{QLatin1String(ssscPersonal)}); // what its rules name
    judge("learning-and-performance-culture-engaged-worker-1", Verdict::Reached, "sssc-clf-organisational-capabilities");
    EXPECT_EQ(engine.stagedPathwaysInUse(m_store.facts()),
              (QStringList{QStringLiteral("sssc-clf-organisational-capabilities"), QLatin1String(ssscPersonal)}));
}
