// A portfolio file under faults (issue 28), on a real file: "as of a day" far from UTC, and
// search for words with letters outside ASCII.
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

namespace {

class SearchWords : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("words.waymark"))));
        for (const QString& title : titles)
            ASSERT_GT(m_store.addEvidence(makeEvidence(title)), 0) << m_store.errorString().toStdString();
    }

    QStringList found(const QString& text)
    {
        EvidenceFilter filter;
        filter.text = text;
        QStringList out;
        for (const EvidenceSummary& e : m_store.listEvidence(filter))
            out << e.title;
        out.sort();
        return out;
    }

    const QStringList titles{
        QStringLiteral("Home visit in İstanbul"),     QStringLiteral("A naïve question answered"),
        QStringLiteral("Outreach on Llŷn"),           QStringLiteral("Placement in Łódź"),
        QStringLiteral("Siobhán's review"),           QStringLiteral("Meeting the Ó Súilleabháin family"),
        QStringLiteral("Conference in Gdańsk"),       QStringLiteral("Office in Şişli"),
        QStringLiteral("Duty desk in Dover"),         QStringLiteral("Drop-in at the day centre"),
    };
    QTemporaryDir m_dir;
    PortfolioStore m_store;
};

} // namespace

TEST_F(SearchWords, WelshIrishPolishAndTurkishWordsAreFoundAsWritten)
{
    EXPECT_EQ(found(QStringLiteral("İstanbul")), QStringList{QStringLiteral("Home visit in İstanbul")});
    EXPECT_EQ(found(QStringLiteral("naïve")), QStringList{QStringLiteral("A naïve question answered")});
    EXPECT_EQ(found(QStringLiteral("Llŷn")), QStringList{QStringLiteral("Outreach on Llŷn")});
    EXPECT_EQ(found(QStringLiteral("Łódź")), QStringList{QStringLiteral("Placement in Łódź")});
    EXPECT_EQ(found(QStringLiteral("Siobhán")), QStringList{QStringLiteral("Siobhán's review")});
    EXPECT_EQ(found(QStringLiteral("Ó Súilleabháin")), QStringList{QStringLiteral("Meeting the Ó Súilleabháin family")});
    EXPECT_EQ(found(QStringLiteral("Gdańsk")), QStringList{QStringLiteral("Conference in Gdańsk")});
    EXPECT_EQ(found(QStringLiteral("Şişli")), QStringList{QStringLiteral("Office in Şişli")});
    // As a prefix, as every word is searched.
    EXPECT_EQ(found(QStringLiteral("Łód")), QStringList{QStringLiteral("Placement in Łódź")});
}

TEST_F(SearchWords, AccentsAndCaseAreFoldedAsTheIndexFoldsThem)
{
    EXPECT_EQ(found(QStringLiteral("naive")), QStringList{QStringLiteral("A naïve question answered")});
    EXPECT_EQ(found(QStringLiteral("istanbul")), QStringList{QStringLiteral("Home visit in İstanbul")});
    EXPECT_EQ(found(QStringLiteral("LLŶN")), QStringList{QStringLiteral("Outreach on Llŷn")});
    EXPECT_EQ(found(QStringLiteral("siobhan")), QStringList{QStringLiteral("Siobhán's review")});
    // Typed with a combining circumflex (y + U+0302), as some keyboards write it.
    EXPECT_EQ(found(QStringLiteral("Lly\u0302n")), QStringList{QStringLiteral("Outreach on Llŷn")});
}

TEST_F(SearchWords, AWordWithLettersOutsideAsciiMatchesNothingUnrelated)
{
    // Once cut to its ASCII letters, "Łódź" was "d": every word starting with d matched.
    EXPECT_EQ(found(QStringLiteral("Łódź")).size(), 1);
    EXPECT_TRUE(found(QStringLiteral("Łódźka")).isEmpty());
    EXPECT_TRUE(found(QStringLiteral("Şişlix")).isEmpty());
}
