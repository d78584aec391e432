// What makes a verdict defensible before a panel: which judgement counts, dates, changed
// evidence, sign-off without evidence, the time-only summary, and readiness at a point in time.
#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/Readiness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString camdenId = QStringLiteral("camden-launch-pad");

class ReadinessTrust : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library.load(QStringLiteral("-"));
        m_library.addFile(dataPath(QStringLiteral("pathways/rules-test.json")));
        ASSERT_TRUE(m_library.problems().isEmpty()) << formatProblems(m_library.problems()).toStdString();
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("trust.waymark"))));
        m_store.setToday(today);
    }

    const Pathway& pathway(const QString& id) const { return *m_library.find(id); }

    Judgement judgement(const QString& pathwayId, const QString& item, Verdict verdict, const QDate& date,
                        const QString& by = QStringLiteral("Priya Shah"))
    {
        Judgement j;
        j.item = {pathwayId, item};
        j.verdict = verdict;
        j.byName = by;
        j.byRole = QStringLiteral("Practice supervisor");
        j.date = date;
        return j;
    }

    qint64 judge(const QString& item, Verdict verdict, const QDate& date, const QString& pathwayId = QStringLiteral("rules-test"))
    {
        Judgement j = judgement(pathwayId, item, verdict, date);
        j.confirmedWithoutEvidence = true;
        return m_store.recordJudgement(j, pathway(pathwayId));
    }

    qint64 evidenceFor(const QString& item, const QString& pathwayId = QStringLiteral("rules-test"),
                       const QList<PortfolioStore::NewAttachment>& attachments = {})
    {
        return m_store.addEvidence(makeEvidence(QStringLiteral("Evidence for ") + item, QDate(2026, 1, 10)),
                                   {{0, 0, {pathwayId, item}, QString()}}, attachments);
    }

    ReadinessReport evaluate(const QString& step, const QString& pathwayId = QStringLiteral("rules-test"))
    {
        return ReadinessEngine(m_library, today).evaluateStep(m_store.facts(), pathwayId, step);
    }

    const QDate today{2026, 11, 26};
    PathwayLibrary m_library;
    QTemporaryDir m_dir;
    PortfolioStore m_store;
};

} // namespace

TEST_F(ReadinessTrust, TheJudgementWithTheLatestDateCountsNotTheLastRecorded)
{
    ASSERT_GT(judge(QStringLiteral("i1"), Verdict::Reached, QDate(2026, 6, 1)), 0);
    // Recorded afterwards, but dated before the sign-off: kept, and does not change the verdict.
    const qint64 late = judge(QStringLiteral("i1"), Verdict::NotYetReached, QDate(2026, 5, 1));
    ASSERT_GT(late, 0);
    EXPECT_EQ(evaluate(QStringLiteral("t-any")).verdict, ReadinessReport::Verdict::Ready);
    const ItemRef i1{QStringLiteral("rules-test"), QStringLiteral("i1")};
    EXPECT_EQ(m_store.latestJudgement(i1)->verdict, Verdict::Reached);

    const QList<Judgement> byDate = m_store.judgements(i1);
    ASSERT_EQ(byDate.size(), 2);
    EXPECT_EQ(byDate[0].id, late); // by date, oldest first
    EXPECT_FALSE(byDate[0].counts);
    EXPECT_TRUE(byDate[1].counts);
    EXPECT_EQ(m_store.judgements(i1, JudgementOrder::Recorded)[1].id, late);

    // On the same date, the one recorded last counts.
    ASSERT_GT(judge(QStringLiteral("i1"), Verdict::NotYetReached, QDate(2026, 6, 1)), 0);
    EXPECT_EQ(evaluate(QStringLiteral("t-any")).verdict, ReadinessReport::Verdict::NotYet);
}

TEST_F(ReadinessTrust, ADecisionDatedBeforeALaterReadyForReviewStillCounts)
{
    ASSERT_GT(judge(QStringLiteral("i1"), Verdict::ReadyForReview, QDate(2026, 7, 1)), 0);
    ASSERT_GT(judge(QStringLiteral("i1"), Verdict::Reached, QDate(2026, 6, 1)), 0);
    const PortfolioFacts facts = m_store.facts();
    const ItemFacts* f = facts.item({QStringLiteral("rules-test"), QStringLiteral("i1")});
    EXPECT_EQ(f->latest->verdict, Verdict::ReadyForReview);
    EXPECT_EQ(f->latestDecision->verdict, Verdict::Reached);
    EXPECT_TRUE(f->latestDecision->counts);
}

TEST_F(ReadinessTrust, RecordsDatedAfterTodayAreRefusedAndNothingIsSaved)
{
    const QDate tomorrow = today.addDays(1);
    EXPECT_EQ(m_store.addEvidence(makeEvidence(QStringLiteral("Tomorrow's visit"), tomorrow)), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("after today"))) << m_store.errorString().toStdString();
    Evidence period = makeEvidence(QStringLiteral("Placement"), QDate(2026, 1, 1));
    period.endDate = tomorrow;
    EXPECT_EQ(m_store.addEvidence(period), 0);
    EXPECT_EQ(m_store.evidenceCount(), 0);

    EXPECT_EQ(m_store.addRole({0, QStringLiteral("Senior practitioner"), QString(), tomorrow, QDate(), false}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("after today")));
    EXPECT_EQ(m_store.addRole({0, QStringLiteral("Senior practitioner"), QString(), QDate(2026, 1, 5), tomorrow, false}), 0);
    EXPECT_EQ(m_store.addAward({0, QStringLiteral("peps2"), QString(), AwardRecord::Status::Held, tomorrow}), 0);
    EXPECT_EQ(judge(QStringLiteral("i1"), Verdict::Reached, tomorrow), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("after today")));
    EXPECT_TRUE(m_store.roles().isEmpty());
    EXPECT_TRUE(m_store.awards().isEmpty());
    EXPECT_TRUE(m_store.judgements().isEmpty());

    // Today itself is fine, and a saved record cannot be moved into the future either.
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Today's visit"), today));
    ASSERT_GT(id, 0);
    Evidence e = *m_store.evidence(id);
    e.date = tomorrow;
    EXPECT_FALSE(m_store.updateEvidence(e, e.version));
    EXPECT_EQ(m_store.evidence(id)->date, today);
}

TEST_F(ReadinessTrust, ReachedOnChangedEvidenceNeedsReconfirmingByName)
{
    const qint64 id = evidenceFor(QStringLiteral("i1"));
    ASSERT_GT(id, 0);
    ASSERT_GT(m_store.recordJudgement(judgement(QStringLiteral("rules-test"), QStringLiteral("i1"), Verdict::Reached, QDate(2026, 6, 1)),
                                      pathway(QStringLiteral("rules-test"))), 0);
    EXPECT_EQ(evaluate(QStringLiteral("t-any")).verdict, ReadinessReport::Verdict::Ready);

    const ItemRef i1{QStringLiteral("rules-test"), QStringLiteral("i1")};
    Judgement nothingChanged = judgement(QStringLiteral("rules-test"), QString(), Verdict::Reached, QDate(2026, 7, 1));
    EXPECT_EQ(m_store.reconfirmJudgement(i1, nothingChanged, pathway(QStringLiteral("rules-test"))), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("nothing to re-confirm")));

    Evidence e = *m_store.evidence(id);
    e.narrative += QStringLiteral(" Rewritten after the sign-off.");
    ASSERT_TRUE(m_store.updateEvidence(e, e.version));
    const ReadinessReport report = evaluate(QStringLiteral("t-any"));
    EXPECT_EQ(report.verdict, ReadinessReport::Verdict::NotYet);
    ASSERT_EQ(report.reconfirm.size(), 1);
    EXPECT_EQ(report.reconfirm[0].item, i1);
    EXPECT_EQ(report.reconfirm[0].signedOffBy, QStringLiteral("Priya Shah"));
    EXPECT_EQ(report.root.children[0].gaps, QList<Gap>{Gap::Reconfirm});
    EXPECT_EQ(gapTitle(Gap::Reconfirm), QStringLiteral("Re-confirm: evidence changed"));
    EXPECT_TRUE(report.root.children[0].suggestions.isEmpty()); // only a signature is missing
    EXPECT_TRUE(report.summary.contains(QStringLiteral("re-confirming"))) << report.summary.toStdString();
    EXPECT_TRUE(describeReadiness(report).contains(QStringLiteral("signed off by Priya Shah on 1 June 2026")));
    EXPECT_EQ(readinessToJson(report).value(QStringLiteral("reconfirm")).toArray().size(), 1);

    Judgement tooEarly = judgement(QStringLiteral("rules-test"), QString(), Verdict::Reached, QDate(2026, 5, 1));
    EXPECT_EQ(m_store.reconfirmJudgement(i1, tooEarly, pathway(QStringLiteral("rules-test"))), 0);
    Judgement still = judgement(QStringLiteral("rules-test"), QString(), Verdict::Reached, QDate(2026, 7, 1), QStringLiteral("Dana Okafor"));
    const qint64 reconfirmed = m_store.reconfirmJudgement(i1, still, pathway(QStringLiteral("rules-test")));
    ASSERT_GT(reconfirmed, 0) << m_store.errorString().toStdString();
    EXPECT_EQ(evaluate(QStringLiteral("t-any")).verdict, ReadinessReport::Verdict::Ready);
    const Judgement now = *m_store.latestJudgement(i1);
    EXPECT_EQ(now.id, reconfirmed);
    EXPECT_EQ(now.evidence[0].evidenceVersion, 2); // relies on the evidence as it is now
    EXPECT_TRUE(now.comment.contains(QStringLiteral("Re-confirmed")));
}

TEST_F(ReadinessTrust, AddingOrRemovingAnAttachmentAfterSignOffFlagsIt)
{
    const qint64 id = evidenceFor(QStringLiteral("i1"), QStringLiteral("rules-test"),
                                  {{QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("first notes")}});
    ASSERT_GT(id, 0);
    EXPECT_EQ(m_store.evidence(id)->version, 1); // attachments saved with the record are part of its first version
    ASSERT_GT(m_store.recordJudgement(judgement(QStringLiteral("rules-test"), QStringLiteral("i1"), Verdict::Reached, QDate(2026, 6, 1)),
                                      pathway(QStringLiteral("rules-test"))), 0);
    const ItemRef i1{QStringLiteral("rules-test"), QStringLiteral("i1")};
    const QList<Attachment> attached = m_store.attachments(id);
    ASSERT_EQ(attached.size(), 1);
    ASSERT_TRUE(m_store.removeAttachment(attached[0].id));
    EXPECT_EQ(m_store.evidence(id)->version, 2);
    EXPECT_EQ(m_store.evidenceVersions(id).size(), 2);
    EXPECT_TRUE(m_store.latestJudgement(i1)->evidenceChanged);
    EXPECT_EQ(evaluate(QStringLiteral("t-any")).verdict, ReadinessReport::Verdict::NotYet);

    // Re-confirmed, then a replacement attached: flagged again.
    Judgement still = judgement(QStringLiteral("rules-test"), QString(), Verdict::Reached, QDate(2026, 7, 1));
    ASSERT_GT(m_store.reconfirmJudgement(i1, still, pathway(QStringLiteral("rules-test"))), 0);
    EXPECT_FALSE(m_store.latestJudgement(i1)->evidenceChanged);
    ASSERT_GT(m_store.addAttachment(id, {QStringLiteral("notes-v2.txt"), QStringLiteral("text/plain"), QByteArray("second notes")}), 0);
    EXPECT_TRUE(m_store.latestJudgement(i1)->evidenceChanged);
}

TEST_F(ReadinessTrust, ReachedWithoutEvidenceMustBeConfirmedUnlessTheItemIsJudgementOnly)
{
    const Pathway& camden = pathway(camdenId);
    const QString specialist = QStringLiteral("team-manager-req-specialist-knowledge");
    Judgement j = judgement(camdenId, specialist, Verdict::Reached, QDate(2026, 6, 1));
    EXPECT_EQ(m_store.recordJudgement(j, camden), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("no evidence"))) << m_store.errorString().toStdString();
    EXPECT_TRUE(m_store.judgements().isEmpty());
    // "Not yet" needs no evidence.
    EXPECT_GT(m_store.recordJudgement(judgement(camdenId, specialist, Verdict::NotYetReached, QDate(2026, 5, 1)), camden), 0);

    j.confirmedWithoutEvidence = true;
    ASSERT_GT(m_store.recordJudgement(j, camden), 0);
    const Judgement recorded = *m_store.latestJudgement({camdenId, specialist});
    EXPECT_TRUE(recorded.signedOffWithoutEvidence());
    EXPECT_TRUE(camden.needsEvidence(specialist));

    // Years of experience are judged on facts the supervisor checks.
    const QString years = QStringLiteral("team-manager-req-6-7-years-pqe");
    EXPECT_FALSE(camden.needsEvidence(years));
    EXPECT_GT(m_store.recordJudgement(judgement(camdenId, years, Verdict::Reached, QDate(2026, 6, 1)), camden), 0)
        << m_store.errorString().toStdString();
}

TEST_F(ReadinessTrust, JudgementsRecordedTogetherAreAllKeptOrNone)
{
    const Pathway& rules = pathway(QStringLiteral("rules-test"));
    QList<Judgement> batch;
    for (const char* item : {"i1", "i2", "i3"}) {
        batch << judgement(QStringLiteral("rules-test"), QLatin1String(item), Verdict::Reached, QDate(2026, 6, 1));
        batch.last().confirmedWithoutEvidence = true;
    }
    batch[2].confirmedWithoutEvidence = false; // the third has no evidence: the whole action is refused
    EXPECT_TRUE(m_store.recordJudgements(batch, rules).isEmpty());
    EXPECT_TRUE(m_store.judgements().isEmpty());
    batch[2].confirmedWithoutEvidence = true;
    EXPECT_EQ(m_store.recordJudgements(batch, rules).size(), 3);
    EXPECT_EQ(m_store.judgements().size(), 3);
}

// docs/dates.md: the anniversary of 29 February in a year without one is 28 February.
TEST_F(ReadinessTrust, TwoYearsFromALeapDayAreMetOnThe28thOfFebruary)
{
    Worker w;
    w.name = QStringLiteral("Alex");
    w.qualified = QDate(2024, 2, 29);
    w.pathwayId = QStringLiteral("rules-test");
    ASSERT_TRUE(m_store.saveWorker(w));
    // t-pq asks for 3 years: met on 28 February 2027.
    const ReadinessEngine before(m_library, QDate(2027, 2, 27));
    const ReadinessReport waiting = before.evaluateStep(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("t-pq"));
    EXPECT_EQ(waiting.verdict, ReadinessReport::Verdict::NotYet);
    EXPECT_EQ(waiting.earliestDate, QDate(2027, 2, 28));
    const ReadinessEngine onTheDay(m_library, QDate(2027, 2, 28));
    EXPECT_EQ(onTheDay.evaluateStep(m_store.facts(), QStringLiteral("rules-test"), QStringLiteral("t-pq")).verdict,
              ReadinessReport::Verdict::Ready);
}

// Camden team manager, with the equivalent-experience item signed off and no PEPS 2: the unmet
// award beside the met alternative must not hide that only time stands in the way.
TEST_F(ReadinessTrust, OnlyTimeBasedRequirementsRemainEvenBesideAnUnmetAlternative)
{
    Worker w;
    w.name = QStringLiteral("Alex");
    w.qualified = QDate(2021, 6, 1);
    w.pathwayId = camdenId;
    w.currentStep = QStringLiteral("advanced-social-worker");
    w.targetStep = QStringLiteral("team-manager");
    ASSERT_TRUE(m_store.saveWorker(w));
    ASSERT_GT(m_store.addRole({0, QStringLiteral("Senior practitioner"), QString(), QDate(2025, 1, 1), QDate(), true}), 0);
    for (const QString& id : pathway(camdenId).assessableIds(QStringLiteral("team-manager")))
        ASSERT_GT(judge(id, Verdict::Reached, QDate(2026, 6, 1), camdenId), 0) << id.toStdString();
    const ReadinessReport report = evaluate(QStringLiteral("team-manager"), camdenId);
    EXPECT_EQ(report.verdict, ReadinessReport::Verdict::NotYet);
    // Six years after 1 June 2021; two years of supervising come sooner (January 2027).
    EXPECT_EQ(report.earliestDate, QDate(2027, 6, 1));
    EXPECT_TRUE(report.summary.contains(QStringLiteral("only time-based requirements remain, met on 1 June 2027")))
        << report.summary.toStdString();

    // Something other than time in the way: no summary date.
    ASSERT_GT(judge(QStringLiteral("team-manager-req-quality-assurance"), Verdict::NotYetReached, QDate(2026, 7, 1), camdenId), 0);
    EXPECT_FALSE(evaluate(QStringLiteral("team-manager"), camdenId).earliestDate.isValid());
}

// Readiness as of a day equals readiness of a copy that holds only what is dated on or before it.
TEST_F(ReadinessTrust, ReadinessAsOfADayEqualsACopyHoldingOnlyWhatWasDatedByThen)
{
    const Pathway& rules = pathway(QStringLiteral("rules-test"));
    const QStringList items = rules.allAssessableIds();
    QRandomGenerator random(20261201);
    const QDate first(2023, 1, 1);
    auto someDay = [&] { return first.addDays(random.bounded(int(first.daysTo(today)) + 1)); };
    const QStringList sources{QStringLiteral("case file"), QStringLiteral("observation"), QStringLiteral("feedback")};

    // One script of actions, dated; the original runs all of it, each copy only what is dated by its day.
    struct Action
    {
        enum Kind { AddEvidence, Judge, AddRole, AddAward, EditEvidence, DeleteEvidence } kind;
        QDate date;
        QString item;
        int verdict = 0;
        int evidence = 0; // index of the evidence added, for edits and deletions
        QDate end;
        bool flag = false;
        int choice = 0;
    };
    QList<Action> script;
    int added = 0;
    for (int i = 0; i < 160; ++i) {
        Action a{Action::Kind(random.bounded(6)), someDay(), items[random.bounded(int(items.size()))]};
        a.verdict = random.bounded(3);
        a.flag = random.bounded(2) == 1;
        a.choice = random.bounded(int(sources.size()));
        a.end = random.bounded(3) == 0 ? a.date.addDays(random.bounded(900)) : QDate();
        if (a.end > today)
            a.end = QDate();
        if (a.kind == Action::AddEvidence)
            ++added;
        else if (a.kind == Action::EditEvidence || a.kind == Action::DeleteEvidence) {
            if (added == 0)
                continue;
            a.evidence = random.bounded(added);
        }
        script << a;
    }

    // Edits and deletions happen now, after every day asked about, so a copy leaves them out.
    auto play = [&](PortfolioStore& store, const QDate& upTo) {
        Worker w;
        w.name = QStringLiteral("Alex");
        w.qualified = QDate(2022, 9, 1);
        w.pathwayId = rules.id;
        ASSERT_TRUE(store.saveWorker(w));
        QList<qint64> evidenceIds;
        for (const Action& a : script) {
            const bool dated = !upTo.isValid() || a.date <= upTo;
            switch (a.kind) {
            case Action::AddEvidence:
                if (dated) {
                    const EvidenceKind kind = allEvidenceKinds()[a.choice];
                    const qint64 id = store.addEvidence(makeEvidence(QStringLiteral("Evidence %1").arg(evidenceIds.size()), a.date, kind,
                                                                     sources[a.choice]),
                                                        {{0, 0, {rules.id, a.item}, QString()}});
                    ASSERT_GT(id, 0) << store.errorString().toStdString();
                    evidenceIds << id;
                } else {
                    evidenceIds << 0;
                }
                break;
            case Action::Judge: {
                if (!dated)
                    break;
                Judgement j = judgement(rules.id, a.item, Verdict(a.verdict), a.date);
                j.confirmedWithoutEvidence = true;
                ASSERT_GT(store.recordJudgement(j, rules), 0) << store.errorString().toStdString();
                break;
            }
            case Action::AddRole:
                if (dated)
                    ASSERT_GT(store.addRole({0, QStringLiteral("Role"), QString(), a.date, upTo.isValid() && a.end > upTo ? QDate() : a.end,
                                             a.flag}), 0);
                break;
            case Action::AddAward:
                if (dated)
                    ASSERT_GT(store.addAward({0, a.flag ? QStringLiteral("peps2") : QStringLiteral("bia"), QString(),
                                              a.verdict == 0 ? AwardRecord::Status::InProgress : AwardRecord::Status::Held, a.date}), 0);
                break;
            case Action::EditEvidence:
                if (!upTo.isValid() && evidenceIds[a.evidence] != 0) {
                    Evidence e = *store.evidence(evidenceIds[a.evidence]);
                    e.kind = EvidenceKind::Reflection;
                    e.source = QStringLiteral("edited later");
                    ASSERT_TRUE(store.updateEvidence(e, e.version));
                }
                break;
            case Action::DeleteEvidence:
                if (!upTo.isValid() && evidenceIds[a.evidence] != 0)
                    store.deleteEvidence(evidenceIds[a.evidence]); // may be deleted already
                break;
            }
        }
    };
    play(m_store, QDate());
    ASSERT_FALSE(HasFatalFailure());

    const QStringList targets{QStringLiteral("t-all"), QStringLiteral("t-atleast"), QStringLiteral("t-evidence"), QStringLiteral("t-role"),
                              QStringLiteral("t-super"), QStringLiteral("t-award-progress"), QStringLiteral("t-profile"),
                              QStringLiteral("t-mixed")};
    int differentFromToday = 0;
    for (int round = 0; round < 8; ++round) {
        const QDate day = someDay();
        PortfolioStore copy;
        ASSERT_TRUE(copy.open(m_dir.filePath(QStringLiteral("copy-%1.waymark").arg(round))));
        play(copy, day);
        ASSERT_FALSE(HasFatalFailure());
        const ReadinessEngine engine(m_library, day);
        const PortfolioFacts asOf = m_store.facts(day);
        const PortfolioFacts copied = copy.facts();
        auto judge = [&](const PortfolioFacts& facts, const QString& target) {
            return target == QLatin1String("t-profile") ? engine.evaluateRoleProfile(facts, rules.id, QStringLiteral("lead"))
                                                        : engine.evaluateStep(facts, rules.id, target);
        };
        for (const QString& target : targets) {
            const QJsonObject then = readinessToJson(judge(asOf, target));
            EXPECT_EQ(QJsonDocument(then).toJson().toStdString(), QJsonDocument(readinessToJson(judge(copied, target))).toJson().toStdString())
                << "as of " << day.toString(Qt::ISODate).toStdString() << ", " << target.toStdString();
            differentFromToday += then != readinessToJson(judge(m_store.facts(), target));
        }
    }
    EXPECT_GT(differentFromToday, 0); // the days asked about did differ from today
}
