// The store's one error convention, undoable removals and change notifications.
#include "StoreTestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace waymark;
using namespace waymark::test;

namespace {

class Repositories : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("test.waymark"));
        ASSERT_TRUE(m_store.open(m_path)) << m_store.errorString().toStdString();
    }

    // SQL run behind the store's back, as another program could.
    void behindTheStoresBack(const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
            db.setDatabaseName(m_path);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    PortfolioStore m_store;
};

StoreError::Code codeOfRead(const std::function<void()>& read)
{
    try {
        read();
    } catch (const StoreError& e) {
        EXPECT_FALSE(e.message().isEmpty());
        return e.code();
    }
    return StoreError::Code::None;
}

TEST_F(Repositories, AFailedReadThrowsInsteadOfGivingAnEmptyList)
{
    ASSERT_GT(m_store.addCpdEntry({0, QDate(2026, 1, 5), QStringLiteral("Course"), 3, {}, 0}), 0);
    ASSERT_EQ(m_store.cpdEntries().size(), 1);
    behindTheStoresBack(QStringLiteral("ALTER TABLE cpd_entries RENAME TO gone"));
    try {
        m_store.cpdEntries();
        FAIL() << "an unreadable CPD log was returned as a list";
    } catch (const StoreError& e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Cannot read the CPD log"))) << e.message().toStdString();
        EXPECT_EQ(e.code(), StoreError::Code::Internal);
    }
    // Readiness is never judged on part of the portfolio.
    behindTheStoresBack(QStringLiteral("ALTER TABLE item_kind_counts RENAME TO gone_too"));
    EXPECT_NE(codeOfRead([&] { m_store.facts(); }), StoreError::Code::None);
    // A closed store says so.
    m_store.close();
    EXPECT_EQ(codeOfRead([&] { m_store.roles(); }), StoreError::Code::NotOpen);
}

TEST_F(Repositories, EveryRefusalCarriesACode)
{
    EXPECT_EQ(m_store.addRole({0, QString(), {}, QDate(2022, 1, 1), {}, false}), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Invalid);
    EXPECT_FALSE(m_store.removeAward(42));
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::NotFound);
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Visit")));
    ASSERT_GT(id, 0);
    Evidence e = *m_store.evidence(id);
    ASSERT_TRUE(m_store.updateEvidence(e, 1));
    EXPECT_FALSE(m_store.updateEvidence(e, 1));
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Conflict);
    EXPECT_EQ(m_store.addMapping({0, id, {QStringLiteral("p"), QStringLiteral("i")}, {}}) > 0, true);
    EXPECT_EQ(m_store.addMapping({0, id, {QStringLiteral("p"), QStringLiteral("i")}, {}}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("already mapped")));
    EXPECT_EQ(m_store.addMapping({0, 999, {QStringLiteral("p"), QStringLiteral("i")}, {}}), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::NotFound);
    // New evidence mapped twice to one item is refused whole: no evidence, no mapping.
    const int before = int(m_store.findEvidence().size());
    EXPECT_EQ(m_store.addEvidence(makeEvidence(QStringLiteral("Twice")), {{0, 0, {QStringLiteral("p"), QStringLiteral("j")}, {}},
                                                                          {0, 0, {QStringLiteral("p"), QStringLiteral("j")}, {}}}), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Invalid);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("p:j twice"))) << m_store.errorString().toStdString();
    EXPECT_EQ(m_store.findEvidence().size(), before);
    Worker w = m_store.worker();
    w.profession = QStringLiteral("astronaut");
    EXPECT_FALSE(m_store.saveWorker(w));
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Invalid);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("occupational-therapist")));
}

TEST_F(Repositories, RemovalsCanBeUndone)
{
    const qint64 role = m_store.addRole({0, QStringLiteral("Social worker"), {}, QDate(2022, 9, 1), {}, false});
    const qint64 award = m_store.addAward({0, QStringLiteral("peps2"), QStringLiteral("PEPS 2"), AwardRecord::Status::Held, QDate(2024, 1, 1)});
    const qint64 plan = m_store.addPlanItem({0, QStringLiteral("Shadow a panel"),
                                             {{QStringLiteral("camden-launch-pad"), QStringLiteral("x")}}, {}, {},
                                             PlanItem::Status::Planned});
    const qint64 cpd = m_store.addCpdEntry({0, QDate(2026, 1, 5), QStringLiteral("Course"), 3, {}, 0});
    ASSERT_TRUE(role && award && plan && cpd) << m_store.errorString().toStdString();

    ASSERT_TRUE(m_store.removeRole(role));
    ASSERT_TRUE(m_store.removeAward(award));
    ASSERT_TRUE(m_store.removePlanItem(plan));
    ASSERT_TRUE(m_store.removeCpdEntry(cpd));
    EXPECT_TRUE(m_store.roles().isEmpty());
    EXPECT_TRUE(m_store.awards().isEmpty());
    EXPECT_TRUE(m_store.planItems().isEmpty());
    EXPECT_TRUE(m_store.cpdEntries().isEmpty());
    EXPECT_TRUE(m_store.facts().roles.isEmpty()) << "a removed role gives no experience";
    EXPECT_FALSE(m_store.removeRole(role)) << "removed twice";

    ASSERT_TRUE(m_store.restoreRole(role));
    ASSERT_TRUE(m_store.restoreAward(award));
    ASSERT_TRUE(m_store.restorePlanItem(plan));
    ASSERT_TRUE(m_store.restoreCpdEntry(cpd));
    EXPECT_FALSE(m_store.restoreCpdEntry(cpd)) << "restored twice";
    ASSERT_EQ(m_store.roles().size(), 1);
    EXPECT_EQ(m_store.roles()[0].id, role);
    ASSERT_EQ(m_store.planItems().size(), 1);
    EXPECT_EQ(m_store.planItems()[0].linkedItems.size(), 1) << "its links come back with it";
    EXPECT_EQ(m_store.awards()[0].title, QStringLiteral("PEPS 2"));
    EXPECT_EQ(m_store.cpdEntries()[0].hours, 3);
}

TEST_F(Repositories, RemovingOrRestoringAnAttachmentMakesANewEvidenceVersion)
{
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Report")), {},
                                          {{QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("notes")}});
    ASSERT_GT(id, 0);
    const qint64 attachment = m_store.attachments(id).first().id;
    ASSERT_TRUE(m_store.removeAttachment(attachment));
    EXPECT_TRUE(m_store.attachments(id).isEmpty());
    EXPECT_FALSE(m_store.attachmentData(attachment).has_value());
    EXPECT_EQ(m_store.evidence(id)->version, 2);
    ASSERT_TRUE(m_store.restoreAttachment(attachment));
    ASSERT_EQ(m_store.attachments(id).size(), 1);
    EXPECT_EQ(*m_store.attachmentData(attachment), QByteArray("notes"));
    EXPECT_EQ(m_store.evidence(id)->version, 3);
}

TEST_F(Repositories, ChangesAreAnnouncedOnceCommittedAndNeverWhenUndone)
{
    QSignalSpy spy(&m_store, &PortfolioStore::changed);
    qint64 first = 0, second = 0;
    // Seen by another connection the moment the announcement comes: it is committed.
    int seenByOthers = -1;
    QObject::connect(&m_store, &PortfolioStore::changed, [&] {
        PortfolioStore other;
        ASSERT_TRUE(other.open(m_path, PortfolioStore::OpenMode::ReadOnly));
        seenByOthers = other.evidenceCount();
    });
    ASSERT_TRUE(m_store.transaction([&] {
        first = m_store.addEvidence(makeEvidence(QStringLiteral("One")));
        second = m_store.addEvidence(makeEvidence(QStringLiteral("Two")));
        EXPECT_EQ(spy.count(), 0) << "nothing is announced before the action is committed";
        return first && second;
    }));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].value<PortfolioStore::Area>(), PortfolioStore::Area::Evidence);
    EXPECT_EQ(spy[0][1].value<QList<qint64>>(), (QList<qint64>{first, second}));
    EXPECT_EQ(seenByOthers, 2);

    spy.clear();
    EXPECT_FALSE(m_store.transaction([&] {
        m_store.addCpdEntry({0, QDate(2026, 1, 5), QStringLiteral("Course"), 3, {}, 0});
        return false; // the person cancelled: nothing is kept, nothing announced
    }));
    EXPECT_EQ(spy.count(), 0);
    EXPECT_TRUE(m_store.cpdEntries().isEmpty());

    ASSERT_GT(m_store.addCpdEntry({0, QDate(2026, 1, 5), QStringLiteral("Course"), 3, {}, 0}), 0);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].value<PortfolioStore::Area>(), PortfolioStore::Area::Cpd);
}

TEST_F(Repositories, ASessionCannotBeDatedAfterToday)
{
    m_store.setToday(QDate(2026, 6, 1));
    EXPECT_EQ(m_store.addSession({0, QDate(2026, 6, 2), QStringLiteral("Priya Shah"), {}, {}, {}}), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Invalid);
    EXPECT_GT(m_store.addSession({0, QDate(2026, 6, 1), QStringLiteral("Priya Shah"), {}, {}, {}}), 0);
}

TEST(StoreErrorCodes, SqliteResultCodesMapByNumber)
{
    EXPECT_EQ(StoreError::fromSqliteResult(5), StoreError::Code::Busy);
    EXPECT_EQ(StoreError::fromSqliteResult(517), StoreError::Code::Busy); // SQLITE_BUSY_SNAPSHOT
    EXPECT_EQ(StoreError::fromSqliteResult(8), StoreError::Code::ReadOnly);
    EXPECT_EQ(StoreError::fromSqliteResult(13), StoreError::Code::DiskFull);
    EXPECT_EQ(StoreError::fromSqliteResult(11), StoreError::Code::Damaged);
    EXPECT_EQ(StoreError::fromSqliteResult(26), StoreError::Code::NotAPortfolio);
    EXPECT_EQ(StoreError::fromSqliteResult(1), StoreError::Code::Internal);
}

} // namespace
