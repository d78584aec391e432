#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "PortfolioSchema.h"
#include "waymark/AnonymisationCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <functional>
#include <random>

#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

class Store : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("test.waymark"));
        ASSERT_TRUE(m_store.open(m_path)) << m_store.errorString().toStdString();
    }
    const Pathway& camden() { return *bundledLibrary().find(QStringLiteral("camden-launch-pad")); }
    const Pathway& bucksSw() { return *bundledLibrary().find(QStringLiteral("buckinghamshire-social-worker-r6-r7")); }

    QTemporaryDir m_dir;
    QString m_path;
    PortfolioStore m_store;
};

Judgement judgement(const ItemRef& item, Verdict verdict, const QString& by = QStringLiteral("Sam Supervisor"))
{
    Judgement j;
    j.item = item;
    j.verdict = verdict;
    j.byName = by;
    j.byRole = QStringLiteral("Team manager");
    j.date = QDate(2026, 4, 1);
    j.comment = QStringLiteral("Discussed in supervision.");
    j.confirmedWithoutEvidence = true; // the tests of sign-off without evidence clear it
    return j;
}

// Runs work on a connection of its own to the file, as another program would.
void withOwnConnection(const QString& path, const std::function<void(QSqlDatabase&)>& work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first value a query gives, through a separate connection.
QVariant rawQuery(const QString& path, const QString& sql)
{
    QVariant result;
    withOwnConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            result = q.value(0);
    });
    return result;
}

// Every row of a query, one string per row, through a separate connection.
QStringList rawRows(const QString& path, const QString& sql)
{
    QStringList rows;
    withOwnConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql))
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < q.record().count(); ++i)
                    fields << q.value(i).toString();
                rows << fields.join(QLatin1Char('|'));
            }
    });
    return rows;
}

// The per-item counts and the "evidence changed" flags the triggers keep, against the same
// figures counted afresh from mappings, evidence and judgement_evidence.
void expectDerivedTablesMatchARecount(const QString& path)
{
    for (const char* column : {"kind", "source"})
        EXPECT_EQ(rawRows(path, QStringLiteral("SELECT pathway_id, item_id, %1, n FROM item_%1_counts ORDER BY 1, 2, 3").arg(QLatin1String(column))),
                  rawRows(path, QStringLiteral("SELECT m.pathway_id, m.item_id, e.%1, count(*) FROM mappings m"
                                               " JOIN evidence e ON e.id = m.evidence_id WHERE e.deleted_at IS NULL"
                                               " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3").arg(QLatin1String(column))))
            << column;
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT judgement_id, n FROM judgement_changes ORDER BY 1")),
              rawRows(path, QStringLiteral("SELECT je.judgement_id, count(*) FROM judgement_evidence je"
                                           " LEFT JOIN evidence e ON e.id = je.evidence_id"
                                           " WHERE e.id IS NULL OR e.deleted_at IS NOT NULL OR e.version <> je.evidence_version"
                                           " GROUP BY 1 ORDER BY 1")));
}

} // namespace

TEST_F(Store, NewFileIsOwnerOnlyWalAndCurrentSchema)
{
    const QFile::Permissions perms = QFileInfo(m_path).permissions();
    EXPECT_TRUE(perms & QFile::ReadOwner);
    EXPECT_TRUE(perms & QFile::WriteOwner);
    EXPECT_FALSE(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
    m_store.close();
    EXPECT_EQ(rawQuery(m_path, QStringLiteral("PRAGMA user_version")).toInt(), PortfolioStore::schemaVersion);
    EXPECT_EQ(rawQuery(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(rawQuery(m_path, QStringLiteral("PRAGMA application_id")).toInt(), portfolioApplicationId);
}

TEST_F(Store, WorkerRolesAndAwardsRoundTrip)
{
    Worker w;
    w.name = QStringLiteral("Alex Practitioner");
    w.profession = QStringLiteral("social-worker");
    w.registrationBody = QStringLiteral("Social Work England");
    w.registrationNumber = QStringLiteral("SW123456");
    w.qualified = QDate(2021, 9, 1);
    w.pathwayId = QStringLiteral("camden-launch-pad");
    w.currentStep = QStringLiteral("social-worker");
    w.targetStep = QStringLiteral("advanced-social-worker");
    ASSERT_TRUE(m_store.saveWorker(w));
    const Worker back = m_store.worker();
    EXPECT_EQ(back.name, w.name);
    EXPECT_EQ(back.qualified, w.qualified);
    EXPECT_EQ(back.targetStep, w.targetStep);

    EXPECT_GT(m_store.addRole({0, QStringLiteral("Social worker"), QStringLiteral("Level 4"), QDate(2022, 9, 1), {}, true}), 0);
    EXPECT_EQ(m_store.addRole({0, QStringLiteral("Backwards"), {}, QDate(2022, 9, 1), QDate(2021, 1, 1), false}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("end before")));
    ASSERT_EQ(m_store.roles().size(), 1);
    EXPECT_TRUE(m_store.roles()[0].supervisedOthers);
    EXPECT_FALSE(m_store.roles()[0].end.isValid());

    EXPECT_GT(m_store.addAward({0, QStringLiteral("peps2"), QStringLiteral("PEPS 2"), AwardRecord::Status::InProgress, {}}), 0);
    ASSERT_EQ(m_store.awards().size(), 1);
    EXPECT_EQ(m_store.awards()[0].status, AwardRecord::Status::InProgress);
}

TEST_F(Store, EvidenceEditsKeepEveryVersion)
{
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Court report")));
    ASSERT_GT(id, 0) << m_store.errorString().toStdString();
    Evidence e = *m_store.evidence(id);
    EXPECT_EQ(e.version, 1);
    e.title = QStringLiteral("Court report for care proceedings");
    ASSERT_TRUE(m_store.updateEvidence(e, 1)) << m_store.errorString().toStdString();
    e.narrative = QStringLiteral("Rewritten narrative");
    ASSERT_TRUE(m_store.updateEvidence(e, 2));
    const QList<Evidence> versions = m_store.evidenceVersions(id);
    ASSERT_EQ(versions.size(), 3);
    EXPECT_EQ(versions[0].title, QStringLiteral("Court report"));
    EXPECT_EQ(versions[1].title, QStringLiteral("Court report for care proceedings"));
    EXPECT_EQ(versions[2].narrative, QStringLiteral("Rewritten narrative"));
    EXPECT_EQ(m_store.evidence(id)->version, 3);
}

TEST_F(Store, StaleEditIsRefusedInsteadOfLosingTheOtherSave)
{
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Home visit")));
    PortfolioStore other;
    ASSERT_TRUE(other.open(m_path, PortfolioStore::OpenMode::OpenExisting)) << other.errorString().toStdString();
    Evidence mine = *m_store.evidence(id);
    Evidence theirs = *other.evidence(id);
    theirs.narrative = QStringLiteral("Saved in the second window");
    ASSERT_TRUE(other.updateEvidence(theirs, theirs.version));
    mine.narrative = QStringLiteral("Saved in the first window, later");
    EXPECT_FALSE(m_store.updateEvidence(mine, mine.version));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("changed elsewhere")));
    EXPECT_EQ(m_store.evidence(id)->narrative, QStringLiteral("Saved in the second window"));
}

TEST_F(Store, InvalidEvidenceIsRefusedWithAReason)
{
    EXPECT_EQ(m_store.addEvidence(makeEvidence(QStringLiteral("  "))), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("title")));
    Evidence noDate = makeEvidence(QStringLiteral("No date"));
    noDate.date = QDate();
    EXPECT_EQ(m_store.addEvidence(noDate), 0);
    EXPECT_EQ(m_store.evidenceCount(), 0);
}

TEST_F(Store, DeleteCanBeUndoneUntilPurged)
{
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Supervision notes")));
    ASSERT_TRUE(m_store.deleteEvidence(id));
    EXPECT_EQ(m_store.evidenceCount(), 0);
    EXPECT_EQ(m_store.evidenceCount(true), 1);
    EXPECT_TRUE(m_store.evidence(id)->deleted);
    ASSERT_TRUE(m_store.restoreEvidence(id));
    EXPECT_EQ(m_store.evidenceCount(), 1);
    EXPECT_FALSE(m_store.purgeEvidence(id)); // only deleted evidence can be purged
    ASSERT_TRUE(m_store.deleteEvidence(id));
    ASSERT_TRUE(m_store.purgeEvidence(id));
    EXPECT_FALSE(m_store.evidence(id).has_value());
    EXPECT_FALSE(m_store.restoreEvidence(id));
}

TEST_F(Store, AttachmentsAreStoredWithHashAndSizeLimit)
{
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(1000, 'x');
    const qint64 id = m_store.addEvidence(makeEvidence(QStringLiteral("Observation form")), {},
                                          {{QStringLiteral("observation.pdf"), QString(), pdf}});
    ASSERT_GT(id, 0) << m_store.errorString().toStdString();
    const QList<Attachment> list = m_store.attachments(id);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].size, pdf.size());
    EXPECT_EQ(list[0].mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(list[0].sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(*m_store.attachmentData(list[0].id), pdf);

    const QByteArray huge(int(maxAttachmentBytes) + 1, 'a');
    EXPECT_EQ(m_store.addAttachment(id, {QStringLiteral("video.mp4"), QString(), huge}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("at most 25 MB")));
    // The whole user action fails: no evidence is half-saved with a missing attachment.
    EXPECT_EQ(m_store.addEvidence(makeEvidence(QStringLiteral("With video")), {}, {{QStringLiteral("v.mp4"), QString(), huge}}), 0);
    EXPECT_EQ(m_store.evidenceCount(), 1);
    EXPECT_EQ(m_store.attachments(id).size(), 1);
}

TEST_F(Store, MappingWorksBothWaysAcrossPathways)
{
    const ItemRef camdenItem{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-supporting-colleagues")};
    const ItemRef bucksItem{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7-key-12")};
    const qint64 a = m_store.addEvidence(makeEvidence(QStringLiteral("Mentoring a newly qualified worker")),
                                         {{0, 0, camdenItem, QStringLiteral("Weekly mentoring")}, {0, 0, bucksItem, QString()}});
    const qint64 b = m_store.addEvidence(makeEvidence(QStringLiteral("Group supervision")), {{0, 0, camdenItem, QString()}});
    ASSERT_GT(a, 0);
    ASSERT_GT(b, 0);
    EXPECT_EQ(m_store.mappingsForEvidence(a).size(), 2);
    EXPECT_EQ(m_store.mappingsForEvidence(a)[0].note, QStringLiteral("Weekly mentoring"));
    EXPECT_EQ(m_store.mappingsForItem(camdenItem).size(), 2);
    EXPECT_EQ(m_store.addMapping({0, a, camdenItem, QString()}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("already mapped")));
    ASSERT_TRUE(m_store.deleteEvidence(b));
    EXPECT_EQ(m_store.mappingsForItem(camdenItem).size(), 1); // deleted evidence no longer counts
}

TEST_F(Store, AJudgementReliesOnlyOnEvidenceFromOnOrBeforeItsDate)
{
    m_store.setToday(QDate(2026, 1, 1));
    const ItemRef item{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7-key-3")};
    const qint64 january = m_store.addEvidence(makeEvidence(QStringLiteral("January visit"), QDate(2025, 1, 10)), {{0, 0, item, QString()}});
    const qint64 november = m_store.addEvidence(makeEvidence(QStringLiteral("November review"), QDate(2025, 11, 3)), {{0, 0, item, QString()}});
    ASSERT_GT(january, 0);
    ASSERT_GT(november, 0);

    Judgement backdated = judgement(item, Verdict::NotYetReached);
    backdated.date = QDate(2025, 1, 23);
    ASSERT_GT(m_store.recordJudgement(backdated, bucksSw()), 0) << m_store.errorString().toStdString();
    const QList<Judgement> history = m_store.judgements(item);
    ASSERT_EQ(history.size(), 1);
    ASSERT_EQ(history[0].evidence.size(), 1);
    EXPECT_EQ(history[0].evidence[0].evidenceId, january);

    // Named by the person, later evidence is refused, naming both dates.
    EXPECT_EQ(m_store.recordJudgement(backdated, bucksSw(), {november}), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("is dated 2025-11-03, after the judgement's date 2025-01-23")))
        << m_store.errorString().toStdString();

    // "Reached" before any evidence was dated has nothing to rely on.
    Judgement early = judgement(item, Verdict::Reached);
    early.date = QDate(2024, 12, 1);
    early.confirmedWithoutEvidence = false;
    EXPECT_EQ(m_store.recordJudgement(early, bucksSw()), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("no evidence dated on or before 2024-12-01"))) << m_store.errorString().toStdString();
}

TEST_F(Store, JudgementsAreAppendOnlyWithFullHistory)
{
    const ItemRef item{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7-key-3")};
    const qint64 ev = m_store.addEvidence(makeEvidence(QStringLiteral("Complex case")), {{0, 0, item, QString()}});
    ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::ReadyForReview, QStringLiteral("Alex")), bucksSw()), 0);
    ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::NotYetReached), bucksSw()), 0);
    ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::Reached), bucksSw()), 0) << m_store.errorString().toStdString();
    const QList<Judgement> history = m_store.judgements(item);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].verdict, Verdict::ReadyForReview);
    EXPECT_EQ(history[2].verdict, Verdict::Reached);
    EXPECT_EQ(history[2].pathwayVersion, bucksSw().version);
    EXPECT_EQ(history[2].statement, bucksSw().statementOf(item.itemId));
    ASSERT_EQ(history[2].evidence.size(), 1);
    EXPECT_EQ(history[2].evidence[0].evidenceId, ev);
    EXPECT_FALSE(history[2].evidenceChanged);

    // Another program cannot rewrite history either: the file itself refuses.
    m_store.close();
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE judgements SET verdict = 'reached' WHERE verdict = 'not-yet-reached'")));
        EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only")));
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM judgements")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    ASSERT_TRUE(m_store.open(m_path));
    EXPECT_EQ(m_store.judgements(item).size(), 3);
}

TEST_F(Store, JudgementIsFlaggedWhenItsEvidenceChanges)
{
    const ItemRef item{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-specialist-field-experience")};
    const qint64 ev = m_store.addEvidence(makeEvidence(QStringLiteral("Court work")), {{0, 0, item, QString()}});
    ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::Reached), camden()), 0);
    EXPECT_FALSE(m_store.latestJudgement(item)->evidenceChanged);
    Evidence e = *m_store.evidence(ev);
    e.narrative += QStringLiteral(" Added after the sign-off.");
    ASSERT_TRUE(m_store.updateEvidence(e, e.version));
    EXPECT_TRUE(m_store.latestJudgement(item)->evidenceChanged);
    EXPECT_EQ(m_store.latestJudgement(item)->evidence[0].evidenceVersion, 1);
}

TEST_F(Store, JudgementOnUnknownItemOrCapabilityIsRefused)
{
    EXPECT_EQ(m_store.recordJudgement(judgement({QStringLiteral("camden-launch-pad"), QStringLiteral("no-such-item")}, Verdict::Reached), camden()), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("no-such-item")));
    const Pathway& sssc = *bundledLibrary().find(QStringLiteral("sssc-clf-personal-capabilities"));
    // A capability is judged through its indicators.
    EXPECT_EQ(m_store.recordJudgement(judgement({sssc.id, QStringLiteral("self-confidence")}, Verdict::Reached), sssc), 0);
    EXPECT_GT(m_store.recordJudgement(judgement({sssc.id, QStringLiteral("self-confidence-engaged-1")}, Verdict::Reached), sssc), 0);
    EXPECT_EQ(m_store.judgements().size(), 1);
}

TEST_F(Store, CommentsSessionsPlanAndCpd)
{
    const ItemRef item{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r6-key-2")};
    ASSERT_GT(m_store.addComment({0, item, QStringLiteral("Morgan"), QStringLiteral("manager"), QStringLiteral("Good risk analysis in the Smith case."), {}}), 0);
    ASSERT_EQ(m_store.comments(item).size(), 1);
    EXPECT_EQ(m_store.comments(item)[0].authorRole, QStringLiteral("manager"));

    SupervisionSession s{0, QDate(2026, 5, 2), QStringLiteral("Morgan"), QStringLiteral("Team manager"), QStringLiteral("Reviewed R7 evidence."), {item}};
    const qint64 sessionId = m_store.addSession(s);
    ASSERT_GT(sessionId, 0);
    ASSERT_EQ(m_store.sessions().size(), 1);
    EXPECT_EQ(m_store.sessions()[0].itemsDiscussed.size(), 1);
    Judgement j = judgement(item, Verdict::Reached);
    j.sessionId = sessionId;
    ASSERT_GT(m_store.recordJudgement(j, bucksSw()), 0);
    EXPECT_EQ(m_store.latestJudgement(item)->sessionId, sessionId);
    j.sessionId = 999;
    EXPECT_EQ(m_store.recordJudgement(j, bucksSw()), 0);

    PlanItem p;
    p.activity = QStringLiteral("Training for aspiring managers programme");
    p.learningOffer = QStringLiteral("camden-launch-pad:advanced-social-worker-lo-aspiring-managers");
    p.linkedItems = {item};
    p.targetDate = QDate(2026, 12, 1);
    p.id = m_store.addPlanItem(p);
    ASSERT_GT(p.id, 0);
    p.status = PlanItem::Status::Done;
    ASSERT_TRUE(m_store.updatePlanItem(p));
    ASSERT_EQ(m_store.planItems().size(), 1);
    EXPECT_EQ(m_store.planItems()[0].status, PlanItem::Status::Done);
    EXPECT_EQ(m_store.planItems()[0].linkedItems.size(), 1);

    ASSERT_GT(m_store.addCpdEntry({0, QDate(2026, 1, 10), QStringLiteral("Mental Capacity Act refresher"), 3.5, {}, 0}), 0);
    ASSERT_GT(m_store.addCpdEntry({0, QDate(2026, 2, 10), QStringLiteral("Systemic practice module"), 6, {}, 0}), 0);
    EXPECT_DOUBLE_EQ(m_store.cpdHours(), 9.5);
    EXPECT_DOUBLE_EQ(m_store.cpdHours(QDate(2026, 2, 1)), 6);
}

TEST_F(Store, FullTextSearchFindsWordsAndPrefixesAndSurvivesHostileQueries)
{
    m_store.addEvidence(makeEvidence(QStringLiteral("Safeguarding strategy meeting")));
    Evidence e = makeEvidence(QStringLiteral("Carer's assessment"));
    e.reflection = QStringLiteral("I learnt to negotiate respite with the family.");
    const qint64 carer = m_store.addEvidence(e);
    EXPECT_EQ(m_store.findEvidence({QStringLiteral("safeguard")}).size(), 1);
    ASSERT_EQ(m_store.findEvidence({QStringLiteral("negotiate respite")}).size(), 1);
    EXPECT_EQ(m_store.findEvidence({QStringLiteral("negotiate respite")})[0].id, carer);
    EXPECT_EQ(m_store.findEvidence({QStringLiteral("respite zebra")}).size(), 0);
    for (const char* hostile : {"\"", "NEAR(", "title:*", "a OR", "'); DROP TABLE evidence; --", "*", "^"})
        EXPECT_NO_FATAL_FAILURE(m_store.findEvidence({QLatin1String(hostile)}));
    EXPECT_EQ(m_store.evidenceCount(), 2);
    Evidence edited = *m_store.evidence(carer);
    edited.reflection = QStringLiteral("Nothing about breaks.");
    ASSERT_TRUE(m_store.updateEvidence(edited, edited.version));
    EXPECT_EQ(m_store.findEvidence({QStringLiteral("respite")}).size(), 0);
    m_store.deleteEvidence(carer);
    EXPECT_EQ(m_store.findEvidence({QStringLiteral("breaks")}).size(), 0);
}

TEST_F(Store, SearchListsNewestFirstOrBestMatchFirst)
{
    // More matches than PortfolioStore::manyMatches, so that a limited newest-first search
    // walks the date index, written in one go by another connection, as a big portfolio holds them.
    const int records = PortfolioStore::manyMatches + 300;
    withOwnConnection(m_path, [records](QSqlDatabase& db) {
        QSqlQuery q(db);
        ASSERT_TRUE(db.transaction());
        q.prepare(QStringLiteral("INSERT INTO evidence (version, title, date_from, kind, narrative, saved_at, deleted_at)"
                                 " VALUES (1, ?, ?, ?, ?, '2026-01-01T00:00:00Z', ?)"));
        std::mt19937 random(7);
        for (int i = 0; i < records; ++i) {
            q.addBindValue(QStringLiteral("Visit %1").arg(i));
            q.addBindValue(QDate(2020, 1, 1).addDays(int(random() % 2000)).toString(Qt::ISODate));
            q.addBindValue(i % 3 ? QStringLiteral("direct-practice") : QStringLiteral("supervision"));
            q.addBindValue(i % 500 == 7 ? QStringLiteral("A home visit about the tenancy.") : QStringLiteral("A home visit."));
            q.addBindValue(i % 10 == 3 ? QVariant(QStringLiteral("2026-02-01T00:00:00Z")) : QVariant(QMetaType::fromType<QString>()));
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        ASSERT_TRUE(db.commit());
    });
    ASSERT_FALSE(HasFatalFailure());
    auto ids = [](const QList<Evidence>& found) {
        QList<qint64> out;
        for (const Evidence& e : found)
            out << e.id;
        return out;
    };
    EvidenceFilter every{QStringLiteral("home visit")};
    const QList<Evidence> all = m_store.findEvidence(every);
    ASSERT_EQ(all.size(), records - records / 10);
    for (qsizetype i = 1; i < all.size(); ++i)
        ASSERT_TRUE(all[i - 1].date > all[i].date || (all[i - 1].date == all[i].date && all[i - 1].id > all[i].id)) << i;
    EvidenceFilter first50 = every;
    first50.limit = 50;
    EXPECT_EQ(ids(m_store.findEvidence(first50)), ids(all.mid(0, 50)));
    // Lists read the same records without their text.
    const QList<EvidenceSummary> listed = m_store.listEvidence(first50);
    ASSERT_EQ(listed.size(), 50);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(listed[i].id, all[i].id);
        EXPECT_EQ(listed[i].title, all[i].title);
        EXPECT_EQ(listed[i].date, all[i].date);
        EXPECT_EQ(listed[i].kind, all[i].kind);
        EXPECT_EQ(listed[i].version, all[i].version);
    }
    // The same with filters: kind, dates and deleted records.
    EvidenceFilter narrowed = every;
    narrowed.anyKind = false;
    narrowed.kind = EvidenceKind::Supervision;
    narrowed.to = QDate(2022, 6, 30);
    narrowed.includeDeleted = true;
    const QList<Evidence> allNarrowed = m_store.findEvidence(narrowed);
    ASSERT_GT(allNarrowed.size(), 100);
    narrowed.limit = 100;
    EXPECT_EQ(ids(m_store.findEvidence(narrowed)), ids(allNarrowed.mid(0, 100)));

    // Best match puts the records that say more about the words first.
    EvidenceFilter best{QStringLiteral("tenancy")};
    EXPECT_EQ(m_store.findEvidence(best).size(), 5);
    const qint64 detailed = m_store.addEvidence(makeEvidence(QStringLiteral("Tenancy: tenancy sustainment"), QDate(2019, 1, 1)));
    best.order = EvidenceOrder::BestMatch;
    best.limit = 3;
    const QList<Evidence> ranked = m_store.findEvidence(best);
    ASSERT_EQ(ranked.size(), 3);
    EXPECT_EQ(ranked[0].id, detailed);
    best.order = EvidenceOrder::Newest;
    EXPECT_NE(m_store.findEvidence(best)[0].id, detailed) << "dated 2019, it is the oldest";
}

TEST_F(Store, FiltersByItemKindAndDate)
{
    const ItemRef item{QStringLiteral("camden-launch-pad"), QStringLiteral("social-worker-req-completed-asye-or-1-year-pqe")};
    m_store.addEvidence(makeEvidence(QStringLiteral("Old training"), QDate(2024, 1, 1), EvidenceKind::Training));
    m_store.addEvidence(makeEvidence(QStringLiteral("New practice"), QDate(2026, 1, 1)), {{0, 0, item, QString()}});
    EvidenceFilter byItem;
    byItem.item = item;
    EXPECT_EQ(m_store.findEvidence(byItem).size(), 1);
    EvidenceFilter byKind;
    byKind.anyKind = false;
    byKind.kind = EvidenceKind::Training;
    ASSERT_EQ(m_store.findEvidence(byKind).size(), 1);
    EXPECT_EQ(m_store.findEvidence(byKind)[0].title, QStringLiteral("Old training"));
    EvidenceFilter byDate;
    byDate.from = QDate(2025, 1, 1);
    EXPECT_EQ(m_store.findEvidence(byDate).size(), 1);
}

TEST_F(Store, FactsSummariseEvidenceAndLatestDecisions)
{
    const ItemRef item{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-supporting-colleagues")};
    m_store.addEvidence(makeEvidence(QStringLiteral("A"), QDate(2026, 1, 1), EvidenceKind::DirectPractice, QStringLiteral("observation")), {{0, 0, item, QString()}});
    m_store.addEvidence(makeEvidence(QStringLiteral("B"), QDate(2026, 1, 2), EvidenceKind::ColleagueFeedback, QStringLiteral("colleague feedback")), {{0, 0, item, QString()}});
    m_store.recordJudgement(judgement(item, Verdict::Reached), camden());
    m_store.recordJudgement(judgement(item, Verdict::ReadyForReview, QStringLiteral("Alex")), camden());
    const PortfolioFacts facts = m_store.facts();
    const ItemFacts* f = facts.item(item);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->evidenceCount, 2);
    EXPECT_EQ(f->sources.size(), 2);
    ASSERT_TRUE(f->latest.has_value());
    EXPECT_EQ(f->latest->verdict, Verdict::ReadyForReview);
    ASSERT_TRUE(f->latestDecision.has_value());
    EXPECT_EQ(f->latestDecision->verdict, Verdict::Reached);
}

TEST_F(Store, ReadinessCountsStayTrueThroughEveryKindOfChange)
{
    const Pathway& p = camden();
    const QStringList items = p.allAssessableIds().mid(0, 4);
    const QList<EvidenceKind> kinds = allEvidenceKinds();
    const QStringList sources{QStringLiteral("observation"), QStringLiteral("case file"), QStringLiteral("Observation")};
    std::mt19937 random(20261126);
    auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    QList<qint64> ids;
    int judgementsRecorded = 0;
    for (int step = 0; step < 160; ++step) {
        SCOPED_TRACE(step);
        const ItemRef item{p.id, items[pick(int(items.size()))]};
        const int action = ids.isEmpty() ? 0 : pick(8);
        const qint64 id = ids.isEmpty() ? 0 : ids[pick(int(ids.size()))];
        switch (action) {
        case 0: {
            const qint64 added = m_store.addEvidence(makeEvidence(QStringLiteral("Record %1").arg(step), QDate(2026, 1, 1),
                                                                  kinds[pick(int(kinds.size()))], sources[pick(3)]),
                                                     {{0, 0, item, QString()}});
            ASSERT_GT(added, 0) << m_store.errorString().toStdString();
            ids << added;
            break;
        }
        case 1: { // an edit of the text, the kind or the source, deleted or not
            std::optional<Evidence> e = m_store.evidence(id);
            ASSERT_TRUE(e);
            if (pick(2))
                e->kind = kinds[pick(int(kinds.size()))];
            else
                e->source = sources[pick(3)];
            e->narrative += QStringLiteral(" More.");
            ASSERT_TRUE(m_store.updateEvidence(*e, e->version)) << m_store.errorString().toStdString();
            break;
        }
        case 2:
            m_store.deleteEvidence(id);
            break;
        case 3:
            m_store.restoreEvidence(id);
            break;
        case 4:
            if (m_store.purgeEvidence(id))
                ids.removeAll(id);
            break;
        case 5:
            m_store.addMapping({0, id, item, QString()});
            break;
        case 6:
            if (const QList<Mapping> maps = m_store.mappingsForEvidence(id); !maps.isEmpty())
                ASSERT_TRUE(m_store.removeMapping(maps[pick(int(maps.size()))].id));
            break;
        default:
            if (pick(3) == 0) { // relying on records named, deleted ones among them
                if (m_store.recordJudgement(judgement(item, Verdict::Reached), p, {id, ids.first()}) > 0)
                    ++judgementsRecorded;
            } else if (!m_store.mappingsForItem(item).isEmpty()) {
                ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::Reached), p), 0) << m_store.errorString().toStdString();
                ++judgementsRecorded;
            }
            break;
        }
        expectDerivedTablesMatchARecount(m_path);
        if (HasFailure())
            return;
    }
    EXPECT_GT(judgementsRecorded, 5);
    EXPECT_FALSE(rawRows(m_path, QStringLiteral("SELECT * FROM judgement_changes")).isEmpty());
    // What facts() says of each item, against the store's own per-item reads.
    const PortfolioFacts facts = m_store.facts();
    for (const QString& id : items) {
        const ItemRef ref{p.id, id};
        const ItemFacts* f = facts.item(ref);
        EXPECT_EQ(f ? f->evidenceCount : 0, m_store.mappingsForItem(ref).size()) << id.toStdString();
        if (std::optional<Judgement> latest = m_store.latestJudgement(ref)) {
            ASSERT_TRUE(f && f->latest);
            EXPECT_EQ(f->latest->evidenceChanged, latest->evidenceChanged);
        }
    }
}

TEST_F(Store, APurgedRecordsIdIsNeverGivenToANewOne)
{
    const ItemRef item{QStringLiteral("camden-launch-pad"), QStringLiteral("advanced-social-worker-req-supporting-colleagues")};
    const qint64 purged = m_store.addEvidence(makeEvidence(QStringLiteral("Relied on, then purged")), {{0, 0, item, QString()}});
    ASSERT_GT(m_store.recordJudgement(judgement(item, Verdict::Reached), camden()), 0);
    ASSERT_TRUE(m_store.deleteEvidence(purged));
    ASSERT_TRUE(m_store.purgeEvidence(purged));
    const qint64 next = m_store.addEvidence(makeEvidence(QStringLiteral("Written after")), {{0, 0, item, QString()}});
    EXPECT_GT(next, purged) << "the judgement's record of evidence " << purged << " must not name the new record";
    EXPECT_TRUE(m_store.latestJudgement(item)->evidenceChanged);
    expectDerivedTablesMatchARecount(m_path);
}

TEST_F(Store, ArchiveRoundTripKeepsEverything)
{
    Worker w;
    w.name = QStringLiteral("Alex");
    w.qualified = QDate(2020, 7, 1);
    m_store.saveWorker(w);
    const ItemRef item{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7-key-4")};
    const qint64 ev = m_store.addEvidence(makeEvidence(QStringLiteral("Exemplary practice")), {{0, 0, item, QStringLiteral("why")}},
                                          {{QStringLiteral("letter.txt"), QString(), QByteArray("Thank you letter")}});
    Evidence e = *m_store.evidence(ev);
    e.title = QStringLiteral("Exemplary practice (edited)");
    m_store.updateEvidence(e, 1);
    m_store.recordJudgement(judgement(item, Verdict::Reached), bucksSw());
    m_store.addCpdEntry({0, QDate(2026, 1, 1), QStringLiteral("Course"), 2, {}, ev});

    const QString archive = m_dir.filePath(QStringLiteral("moving-on.waymark-archive"));
    ASSERT_TRUE(m_store.exportArchive(archive)) << m_store.errorString().toStdString();
    const QString imported = m_dir.filePath(QStringLiteral("imported.waymark"));
    QString error;
    ASSERT_TRUE(PortfolioStore::importArchive(archive, imported, &error)) << error.toStdString();
    EXPECT_FALSE(PortfolioStore::importArchive(archive, imported, &error)); // never overwrites
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));

    PortfolioStore other;
    ASSERT_TRUE(other.open(imported, PortfolioStore::OpenMode::OpenExisting));
    EXPECT_EQ(other.worker().name, QStringLiteral("Alex"));
    EXPECT_EQ(other.worker().qualified, QDate(2020, 7, 1));
    EXPECT_EQ(other.evidenceVersions(ev).size(), 2);
    EXPECT_EQ(other.evidence(ev)->title, QStringLiteral("Exemplary practice (edited)"));
    EXPECT_EQ(other.mappingsForEvidence(ev)[0].note, QStringLiteral("why"));
    EXPECT_EQ(*other.attachmentData(other.attachments(ev)[0].id), QByteArray("Thank you letter"));
    EXPECT_EQ(other.judgements(item).size(), 1);
    EXPECT_EQ(other.judgements(item)[0].statement, m_store.judgements(item)[0].statement);
    EXPECT_EQ(other.cpdEntries()[0].evidenceId, ev);
    EXPECT_EQ(other.findEvidence({QStringLiteral("edited")}).size(), 1);
    EXPECT_FALSE(QFileInfo(imported).permissions() & QFile::ReadOther);
}

TEST(StoreFiles, NotADatabaseIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.waymark"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("These are my notes, not a database.\n");
    f.close();
    const QByteArray before = fileHash(path);
    PortfolioStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not a database"))) << store.errorString().toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(StoreFiles, CorruptFileIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.waymark"));
    ASSERT_NO_FATAL_FAILURE(writeDamagedPortfolio(path));
    const QByteArray before = fileHash(path);
    PortfolioStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("damaged"))) << store.errorString().toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(StoreFiles, BackgroundCheckLetsADamagedFileBeReadButNotChanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.waymark"));
    // Damage to the evidence pages, which opening does not read.
    ASSERT_NO_FATAL_FAILURE(writeDamagedPortfolio(path, 0.8));
    const QByteArray before = fileHash(path);
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::InBackground))
            << store.errorString().toStdString();
        EXPECT_NO_THROW(store.worker()) << "the first pages read as before";
        QFuture<IntegrityVerdict> verdict = store.integrityVerdict();
        verdict.waitForFinished();
        ASSERT_EQ(verdict.resultCount(), 1);
        EXPECT_TRUE(verdict.result().checked);
        EXPECT_FALSE(verdict.result().finding.isEmpty());
        EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Not saved"))), 0);
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("is damaged"))) << store.errorString().toStdString();
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("Nothing was saved")));
        EXPECT_FALSE(store.exportArchive(dir.filePath(QStringLiteral("copy.waymark-archive"))));
        EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("copy.waymark-archive"))));
    }
    EXPECT_EQ(fileHash(path), before);

    // Damage to pages that opening reads is refused at once, in words a person understands: the
    // schema's last page, wherever the schema's growth put it.
    const QString early = dir.filePath(QStringLiteral("damaged-early.waymark"));
    ASSERT_NO_FATAL_FAILURE(writeLargePortfolio(early));
    const qint64 schemaPage = rawQuery(early, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'sqlite_schema'")).toLongLong();
    const int pageSize = rawQuery(early, QStringLiteral("PRAGMA page_size")).toInt();
    ASSERT_GT(schemaPage, 1);
    ASSERT_NO_FATAL_FAILURE(scribble(early, (schemaPage - 1) * pageSize, pageSize));
    const QByteArray earlyBefore = fileHash(early);
    PortfolioStore store;
    EXPECT_FALSE(store.open(early, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::InBackground));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("is damaged"))) << store.errorString().toStdString();
    EXPECT_EQ(fileHash(early), earlyBefore);
}

TEST(StoreFiles, BackgroundCheckPassesASoundFileAndEndsWithTheStore)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
        for (int i = 0; i < 50; ++i)
            ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Item %1").arg(i))), 0);
    }
    PortfolioStore store;
    ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::InBackground));
    EXPECT_GT(store.addEvidence(makeEvidence(QStringLiteral("Saved after the check"))), 0) << store.errorString().toStdString();
    QFuture<IntegrityVerdict> verdict = store.integrityVerdict();
    ASSERT_TRUE(verdict.isFinished()) << "a change waits for the verdict";
    ASSERT_EQ(verdict.resultCount(), 1);
    EXPECT_TRUE(verdict.result().checked);
    EXPECT_EQ(verdict.result().finding, QString());

    // Closing while a check runs stops it: nothing is left running on the file.
    ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::InBackground));
    QFuture<IntegrityVerdict> stopped = store.integrityVerdict();
    store.close();
    EXPECT_TRUE(stopped.isFinished());
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 51);
}

TEST(StoreFiles, OtherProgramsDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawQuery(path, QStringLiteral("CREATE TABLE t (x)"));
    const QByteArray before = fileHash(path);
    PortfolioStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("another program")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(StoreFiles, NewerFormatIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
    }
    rawQuery(path, QStringLiteral("PRAGMA user_version = 99"));
    rawQuery(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QByteArray before = fileHash(path);
    PortfolioStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("newer version of Waymark")));
    EXPECT_EQ(fileHash(path), before);
}

// A portfolio of an older format exactly as that version of Waymark wrote it, holding rows.
static void writeOlderPortfolio(const QString& path, int version, const QStringList& rows)
{
    const QString name = QStringLiteral("older");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int v = 0; v < version; ++v)
            for (const QString& sql : portfolioMigrations()[v])
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(portfolioApplicationId)));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        for (const QString& sql : rows)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

static void writeVersionOnePortfolio(const QString& path)
{
    writeOlderPortfolio(path, 1, {
        QStringLiteral("INSERT INTO worker (id, name) VALUES (1, 'Version one worker')"),
        QStringLiteral("INSERT INTO evidence (version, title, date_from, kind, saved_at) VALUES (1, 'Old evidence', '2020-01-01', 'audit', '2020-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO evidence (version, title, date_from, kind, saved_at) VALUES (2, 'Edited evidence', '2020-01-02', 'audit', '2020-01-02T00:00:00Z')"),
        QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id) VALUES (1, 'p', 'a'), (2, 'p', 'a'), (2, 'p', 'b')"),
        QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_name, made_on, pathway_version, statement, recorded_at)"
                       " VALUES ('p', 'a', 'reached', 'Sam', '2020-01-03', '1', 'A', '2020-01-03T00:00:00Z')"),
        QStringLiteral("INSERT INTO judgement_evidence (judgement_id, evidence_id, evidence_version, title)"
                       " VALUES (1, 1, 1, 'Old evidence'), (1, 2, 1, 'Edited evidence')"),
    });
}

TEST(StoreFiles, OlderFormatIsMigratedAfterABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.waymark"));
    writeVersionOnePortfolio(path);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    PortfolioStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    EXPECT_EQ(store.worker().name, QStringLiteral("Version one worker"));
    EXPECT_EQ(store.findEvidence({QStringLiteral("old")}).size(), 1);
    ASSERT_FALSE(store.lastBackupPath().isEmpty());
    store.close();
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), PortfolioStore::schemaVersion);
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'judgements_decisions'")).toInt(), 1);
    // Version 5's counts start from what the file held.
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT pathway_id, item_id, kind, n FROM item_kind_counts ORDER BY 2")),
              (QStringList{QStringLiteral("p|a|audit|2"), QStringLiteral("p|b|audit|1")}));
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT judgement_id, n FROM judgement_changes")), QStringList{QStringLiteral("1|1")});
    expectDerivedTablesMatchARecount(path);
    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.waymark.before-format-*")});
    ASSERT_EQ(backups.size(), 1);
    const QString backup = dir.filePath(backups[0]);
    EXPECT_EQ(rawQuery(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(rawQuery(backup, QStringLiteral("SELECT name FROM worker")).toString(), QStringLiteral("Version one worker"));
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), 0)
        << "the backup holds the same private records as the portfolio";
}

TEST(StoreFiles, AnEmptyFileIsRefusedNotTurnedIntoAPortfolio)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.waymark"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    PortfolioStore store;
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("is empty (0 bytes), not a portfolio"))) << store.errorString().toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST(StoreFiles, AFailedExportLeavesThePreviousArchiveWhole)
{
    QTemporaryDir dir;
    PortfolioStore store;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("p.waymark"))));
    ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("First"))), 0);
    const QString archive = dir.filePath(QStringLiteral("p.waymark-archive"));
    ASSERT_TRUE(store.exportArchive(archive)) << store.errorString().toStdString();
    const QByteArray before = fileHash(archive);
    ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Second"))), 0);
    // The new archive cannot be written beside the old one.
    ASSERT_TRUE(QDir().mkdir(archive + QStringLiteral(".partial")));
    EXPECT_FALSE(store.exportArchive(archive));
    EXPECT_EQ(fileHash(archive), before);
    ASSERT_TRUE(QDir().rmdir(archive + QStringLiteral(".partial")));
    // A successful export replaces it in one step.
    ASSERT_TRUE(store.exportArchive(archive)) << store.errorString().toStdString();
    EXPECT_NE(fileHash(archive), before);
    EXPECT_FALSE(QFileInfo::exists(archive + QStringLiteral(".partial")));
    EXPECT_FALSE(QFileInfo(archive).permissions() & QFile::ReadOther);
}

TEST(StoreFiles, AnArchiveCarryingATriggerIsRefused)
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("altered.waymark-archive"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("p.waymark"))));
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Kept"))), 0);
        ASSERT_TRUE(store.exportArchive(archive));
    }
    rawQuery(archive, QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON comments BEGIN DELETE FROM evidence; END"));
    ASSERT_EQ(rawQuery(archive, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'wipe'")).toInt(), 1);
    const QString imported = dir.filePath(QStringLiteral("imported.waymark"));
    QString error;
    EXPECT_FALSE(PortfolioStore::importArchive(archive, imported, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("trigger wipe"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(imported));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("imported.waymark*")}), QStringList());

    // A view or an extra table is refused the same way.
    rawQuery(archive, QStringLiteral("DROP TRIGGER wipe"));
    rawQuery(archive, QStringLiteral("CREATE VIEW everything AS SELECT * FROM evidence"));
    EXPECT_FALSE(PortfolioStore::importArchive(archive, imported, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("view everything"))) << error.toStdString();
    rawQuery(archive, QStringLiteral("DROP VIEW everything"));
    ASSERT_TRUE(PortfolioStore::importArchive(archive, imported, &error)) << error.toStdString();
}

TEST(StoreFiles, AnOlderFormatArchiveImportsAndIsNotChanged)
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("old.waymark-archive"));
    writeVersionOnePortfolio(archive);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    const QByteArray before = fileHash(archive);
    const QString imported = dir.filePath(QStringLiteral("imported.waymark"));
    QString error;
    ASSERT_TRUE(PortfolioStore::importArchive(archive, imported, &error)) << error.toStdString();
    EXPECT_EQ(fileHash(archive), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("imported.waymark"), QStringLiteral("old.waymark-archive")}))
        << "no backup, -wal or -shm files left behind";
    PortfolioStore store;
    ASSERT_TRUE(store.open(imported, PortfolioStore::OpenMode::OpenExisting)) << store.errorString().toStdString();
    EXPECT_EQ(store.worker().name, QStringLiteral("Version one worker"));
    EXPECT_EQ(rawQuery(imported, QStringLiteral("PRAGMA user_version")).toInt(), PortfolioStore::schemaVersion);
}

TEST(StoreFiles, Version6KeepsTheFindingsConfirmedBeforeAndForgetsDecisionsOfPurgedRecords)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.waymark"));
    writeOlderPortfolio(path, 5, {
        QStringLiteral("INSERT INTO worker (id, name) VALUES (1, 'Version five worker')"),
        QStringLiteral("INSERT INTO evidence (version, title, date_from, kind, narrative, saved_at)"
                       " VALUES (2, 'Visit', '2020-01-01', 'audit', 'Met at SW1A 1AA.', '2020-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO confirmed_findings (evidence_id, evidence_version, finding, confirmed_at)"
                       " VALUES (1, 2, 'postcode:sw1a 1aa', '2020-01-02T00:00:00Z')"),
    });
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    PortfolioStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    const QList<AnonymisationFinding> findings = AnonymisationCheck::scanPanel(store);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings[0].confirmed);
    EXPECT_EQ(findings[0].record, QStringLiteral("evidence:1"));
    // A redaction replaces the keep, and holds for every version.
    ASSERT_TRUE(store.decideFinding(QStringLiteral("evidence:1"), 2, QStringLiteral("postcode:sw1a 1aa"), FindingDecision::Redact));
    EXPECT_EQ(rawRows(path, QStringLiteral("SELECT record, record_version, finding, decision FROM finding_decisions")),
              QStringList{QStringLiteral("evidence:1|0|postcode:sw1a 1aa|redact")});
    ASSERT_TRUE(store.deleteEvidence(1));
    ASSERT_TRUE(store.purgeEvidence(1));
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT count(*) FROM finding_decisions")).toInt(), 0);
    store.close();
    EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), PortfolioStore::schemaVersion);
}

TEST(StoreFiles, Version7LetsTheRemovalsOfAnOlderPortfolioBeUndone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.waymark"));
    writeOlderPortfolio(path, 6, {
        QStringLiteral("INSERT INTO roles (title, started_on) VALUES ('Social worker', '2021-09-01')"),
        QStringLiteral("INSERT INTO cpd_entries (done_on, activity, hours) VALUES ('2024-03-01', 'Course', 6)"),
    });
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    PortfolioStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    ASSERT_EQ(store.roles().size(), 1) << "nothing of the old file is taken as removed";
    ASSERT_EQ(store.cpdEntries().size(), 1);
    ASSERT_TRUE(store.removeRole(store.roles()[0].id));
    EXPECT_TRUE(store.roles().isEmpty());
    ASSERT_TRUE(store.restoreRole(1));
    EXPECT_EQ(store.roles()[0].title, QStringLiteral("Social worker"));
}

TEST(StoreFiles, LockedPortfolioGivesAClearMessageAndLosesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.waymark"));
    PortfolioStore first;
    ASSERT_TRUE(first.open(path));
    ASSERT_GT(first.addEvidence(makeEvidence(QStringLiteral("Before the lock"))), 0);
    // Another program holds the write lock for longer than Waymark waits.
    const QString name = QStringLiteral("locker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        EXPECT_EQ(first.addEvidence(makeEvidence(QStringLiteral("During the lock"))), 0);
        EXPECT_TRUE(first.errorString().contains(QStringLiteral("in use by another program"))) << first.errorString().toStdString();
        EXPECT_EQ(first.lastError().code(), StoreError::Code::Busy) << "known by SQLite's result code, not by its words";
        EXPECT_EQ(first.evidenceCount(), 1); // reading still works
        ASSERT_TRUE(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_GT(first.addEvidence(makeEvidence(QStringLiteral("After the lock"))), 0);
    EXPECT_EQ(first.evidenceCount(), 2);
}

TEST(StoreFiles, ReadOnlyModeReadsAndRefusesChanges)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("panel.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
        store.addEvidence(makeEvidence(QStringLiteral("For the panel")));
    }
    const QByteArray before = fileHash(path);
    PortfolioStore reader;
    ASSERT_TRUE(reader.open(path, PortfolioStore::OpenMode::ReadOnly)) << reader.errorString().toStdString();
    EXPECT_EQ(reader.evidenceCount(), 1);
    EXPECT_EQ(reader.addEvidence(makeEvidence(QStringLiteral("Sneaky"))), 0);
    EXPECT_TRUE(reader.errorString().contains(QStringLiteral("read-only"))) << reader.errorString().toStdString();
    reader.close();
    EXPECT_EQ(fileHash(path), before);
}

TEST(StoreFiles, ReadOnlyFileOpensForReadingAndRefusesSavesWithAClearMessage)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root can write to any file, so a read-only file cannot be made here";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
    }
    QFile::setPermissions(path, QFile::ReadOwner);
    const QByteArray before = fileHash(path);
    PortfolioStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    EXPECT_EQ(store.readOnlyReason().code(), StoreError::Code::ReadOnly);
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Not saved"))), 0);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("read-only"))) << store.errorString().toStdString();
    store.close();
    EXPECT_EQ(fileHash(path), before);
}

TEST(StoreFiles, MissingFileIsReportedForOpenExisting)
{
    QTemporaryDir dir;
    PortfolioStore store;
    EXPECT_FALSE(store.open(dir.filePath(QStringLiteral("nope.waymark")), PortfolioStore::OpenMode::OpenExisting));
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("no portfolio")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.waymark"))));
}
