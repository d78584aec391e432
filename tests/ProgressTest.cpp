#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/Progress.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString bucks = QStringLiteral("buckinghamshire-social-worker-r6-r7");

// Progress over time, read from a real portfolio file with records dated across months.
class Progress : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("p.waymark"))));
        Worker w;
        w.name = QStringLiteral("Priya Shah");
        w.pathwayId = bucks;
        ASSERT_TRUE(m_store.saveWorker(w));
    }

    const Pathway& pathway() const { return *bundledLibrary().find(bucks); }

    qint64 evidence(const char* title, const QDate& date, const char* item)
    {
        Mapping m;
        m.item = {bucks, QLatin1String(item)};
        return m_store.addEvidence(makeEvidence(QLatin1String(title), date), {m});
    }

    void judge(const char* item, const QDate& date, Verdict verdict = Verdict::Reached)
    {
        Judgement j;
        j.item = {bucks, QLatin1String(item)};
        j.verdict = verdict;
        j.byName = QStringLiteral("Dana Okafor");
        j.byRole = QStringLiteral("Team manager");
        j.date = date;
        ASSERT_GT(m_store.recordJudgement(j, pathway()), 0) << m_store.errorString().toStdString();
    }

    QTemporaryDir m_dir;
    PortfolioStore m_store;
};

TEST_F(Progress, ItemsReachedPerStepAtTheEndOfEachMonthAsAPanelWouldHaveSeenThem)
{
    evidence("Court report", QDate(2026, 1, 15), "r7-key-1");
    evidence("Chaired a strategy meeting", QDate(2026, 2, 3), "r7-key-3");
    evidence("Induction", QDate(2026, 1, 20), "r6-key-1");
    judge("r7-key-1", QDate(2026, 3, 10));
    judge("r6-key-1", QDate(2026, 1, 31));
    judge("r7-key-3", QDate(2026, 5, 31), Verdict::NotYetReached);

    const ProgressOverTime p = progressOverTime(m_store, pathway(), QDate(2026, 1, 15), QDate(2026, 6, 1));
    EXPECT_EQ(p.dates, QList<QDate>({QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30),
                                     QDate(2026, 5, 31), QDate(2026, 6, 1)}));
    // One series per step; a step's columns are counted in it, not drawn again.
    ASSERT_EQ(p.scopes.size(), pathway().steps.size());
    EXPECT_EQ(p.scopes[0].title, QStringLiteral("Social Worker Range 6"));
    EXPECT_EQ(p.scopes[1].items, int(pathway().assessableIds(pathway().steps[1].id).size()));
    ASSERT_EQ(p.reached.size(), p.dates.size());
    QList<int> r6, r7;
    for (const QList<int>& month : p.reached) {
        ASSERT_EQ(month.size(), p.scopes.size());
        r6 << month[0];
        r7 << month[1];
    }
    EXPECT_EQ(r6, QList<int>({1, 1, 1, 1, 1, 1}));
    EXPECT_EQ(r7, QList<int>({0, 0, 1, 1, 1, 1})); // signed off on 10 March; a "not yet" adds nothing
    EXPECT_EQ(p.scopes[1].signedOff, 1);
}

TEST_F(Progress, AlongSpanIsSampledEveryFewMonthsSoTheChartStaysQuick)
{
    evidence("Induction", QDate(2021, 3, 1), "r6-key-1");
    judge("r6-key-1", QDate(2021, 3, 10));
    const ProgressOverTime p = progressOverTime(m_store, pathway(), QDate(2020, 1, 15), QDate(2026, 6, 1));
    ASSERT_LE(p.dates.size(), progressMaxPoints);
    ASSERT_GE(p.dates.size(), progressMaxPoints / 2);
    EXPECT_EQ(p.dates.first(), QDate(2020, 1, 31));
    EXPECT_EQ(p.dates[1], QDate(2020, 5, 31)); // 78 months in at most 25 points: every fourth month
    EXPECT_EQ(p.dates.last(), QDate(2026, 6, 1));
    for (qsizetype i = 0; i + 1 < p.dates.size(); ++i) {
        EXPECT_EQ(p.dates[i].addDays(1).day(), 1) << "a month's end";
        EXPECT_LT(p.dates[i], p.dates[i + 1]);
    }
    EXPECT_EQ(p.reached.first()[0], 0);
    EXPECT_EQ(p.reached.last()[0], 1);
}

TEST_F(Progress, TheTimelineListsEvidenceAndJudgementsNewestFirst)
{
    const qint64 court = evidence("Court report", QDate(2026, 1, 15), "r7-key-1");
    evidence("Induction", QDate(2026, 3, 10), "r6-key-1");
    judge("r7-key-1", QDate(2026, 3, 10));
    const QList<TimelineEntry> t = portfolioTimeline(m_store, bundledLibrary());
    ASSERT_EQ(t.size(), 3);
    EXPECT_EQ(t[0].kind, TimelineEntry::Kind::Judgement); // the same day: the judgement first
    EXPECT_TRUE(t[0].title.startsWith(QStringLiteral("Reached: "))) << t[0].title.toStdString();
    EXPECT_EQ(t[0].detail, QStringLiteral("Dana Okafor, Team manager"));
    EXPECT_EQ(t[0].item, (ItemRef{bucks, QStringLiteral("r7-key-1")}));
    EXPECT_EQ(t[1].title, QStringLiteral("Induction"));
    EXPECT_EQ(t[2].evidenceId, court);
    EXPECT_EQ(t[2].date, QDate(2026, 1, 15));
}

} // namespace
