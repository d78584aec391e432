// A portfolio file under faults (issue 28), on a real file: "as of a day" far from UTC.
#include "StoreTestSupport.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ctime>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString rulesTest = QStringLiteral("rules-test");

// The time zone for one test; the one before is put back after it.
class TimeZone
{
public:
    explicit TimeZone(const char* zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_before(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        if (m_had)
            qputenv("TZ", m_before);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_before;
};

class AsOfADay : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_library.load(QStringLiteral("-"));
        m_library.addFile(dataPath(QStringLiteral("pathways/rules-test.json")));
        ASSERT_TRUE(m_library.problems().isEmpty());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("days.waymark"))));
        m_evidence = m_store.addEvidence(makeEvidence(QStringLiteral("Visit"), QDate(2026, 6, 1)), {{0, 0, item, QString()}});
        ASSERT_GT(m_evidence, 0) << m_store.errorString().toStdString();
        Judgement j;
        j.item = item;
        j.verdict = Verdict::Reached;
        j.byName = QStringLiteral("Priya Shah");
        j.byRole = QStringLiteral("Practice supervisor");
        j.date = QDate(2026, 6, 5);
        ASSERT_GT(m_store.recordJudgement(j, *m_library.find(rulesTest), {m_evidence}), 0) << m_store.errorString().toStdString();
        ASSERT_TRUE(m_store.deleteEvidence(m_evidence));
        // Deleted at 20:00 UTC on 10 June: 10:00 on 11 June in Kiritimati (UTC+14), while the
        // day in the UK was still 10 June. The saving times of the versions are left as they are.
        ASSERT_NO_FATAL_FAILURE(deletedAt(QStringLiteral("2026-06-10T20:00:00.000Z")));
    }

    // Sets when the record was deleted, as if the clock had said so then.
    void deletedAt(const QString& instant)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            db.setDatabaseName(m_store.path());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE evidence SET deleted_at = ?"));
            q.addBindValue(instant);
            ASSERT_TRUE(q.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    }

    // Whether the record still counted for the item at the end of day, and whether the sign-off
    // then relied on evidence changed since.
    std::pair<int, bool> asOf(const QDate& day)
    {
        const PortfolioFacts facts = m_store.facts(day);
        const ItemFacts* f = facts.item(item);
        if (!f || !f->latest)
            return {f ? f->evidenceCount : 0, false};
        return {f->evidenceCount, f->latest->evidenceChanged};
    }

    const ItemRef item{rulesTest, QStringLiteral("i1")};
    PathwayLibrary m_library;
    QTemporaryDir m_dir;
    PortfolioStore m_store;
    qint64 m_evidence = 0;
};

} // namespace

TEST_F(AsOfADay, ADeletionCountsOnTheLocalDayItWasMadeFarFromUtc)
{
    const TimeZone kiritimati("Pacific/Kiritimati");
    // On 10 June, local time, the record was not deleted yet: it counts, and the sign-off's
    // evidence is unchanged.
    EXPECT_EQ(asOf(QDate(2026, 6, 10)), std::make_pair(1, false));
    // By the end of 11 June it was.
    EXPECT_EQ(asOf(QDate(2026, 6, 11)), std::make_pair(0, true));
}

TEST_F(AsOfADay, ADeletionCountsOnTheLocalDayItWasMadeInTheUk)
{
    const TimeZone london("Europe/London");
    // 20:00 UTC is 21:00 on 10 June in British Summer Time: deleted by the end of that day.
    EXPECT_EQ(asOf(QDate(2026, 6, 9)), std::make_pair(1, false));
    EXPECT_EQ(asOf(QDate(2026, 6, 10)), std::make_pair(0, true));
}

TEST_F(AsOfADay, TheFirstHourAfterMidnightInBritishSummerTimeIsTheNewDay)
{
    const TimeZone london("Europe/London");
    ASSERT_NO_FATAL_FAILURE(deletedAt(QStringLiteral("2026-06-10T23:30:00.000Z"))); // 00:30 on 11 June in London
    EXPECT_EQ(asOf(QDate(2026, 6, 10)), std::make_pair(1, false));
    EXPECT_EQ(asOf(QDate(2026, 6, 11)), std::make_pair(0, true));
}
