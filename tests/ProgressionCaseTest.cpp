#include "StoreTestSupport.h"

#include "PortfolioSchema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

const QString& bucks = test::bucksPathway;

// Runs sql on a connection of its own, as a program working behind Waymark's back would;
// returns the error text, empty when it ran.
QString behindTheBack(const QString& path, const QStringList& sql)
{
    QString error;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        for (const QString& s : sql)
            if (error.isEmpty() && !q.exec(s))
                error = q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

CaseActor person(const QString& name, const QString& role)
{
    return CaseActor{name, role, false};
}

class Cases : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("case.waymark"));
        ASSERT_TRUE(m_store.open(m_path)) << m_store.errorString().toStdString();
        m_store.setToday(QDate(2026, 5, 1));
        ASSERT_TRUE(m_store.saveWorker(test::rangeSixWorker(QStringLiteral("Alex Smith"))));
        const ItemRef item{bucks, m_pathway.assessableIds(QStringLiteral("r7")).first()};
        Mapping m;
        m.item = item;
        m_evidenceId = m_store.addEvidence(makeEvidence(QStringLiteral("Complex safeguarding case")), {m},
                                           {{QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("case notes")}});
        ASSERT_GT(m_evidenceId, 0) << m_store.errorString().toStdString();
        Judgement j;
        j.item = item;
        j.verdict = Verdict::Reached;
        j.byName = QStringLiteral("Sam Supervisor");
        j.date = QDate(2026, 4, 1);
        m_judgementId = m_store.recordJudgement(j, m_pathway);
        ASSERT_GT(m_judgementId, 0) << m_store.errorString().toStdString();
    }

    qint64 submit()
    {
        const qint64 id = m_store.submitCase(bundledLibrary(), bucks, QStringLiteral("r7"), m_worker);
        EXPECT_GT(id, 0) << m_store.errorString().toStdString();
        return id;
    }

    ProgressionCase reread(qint64 id)
    {
        const std::optional<ProgressionCase> c = m_store.progressionCase(id);
        EXPECT_TRUE(c.has_value());
        return c.value_or(ProgressionCase{});
    }

    QTemporaryDir m_dir;
    QString m_path;
    PortfolioStore m_store;
    const Pathway& m_pathway = *bundledLibrary().find(bucks);
    const CaseActor m_worker = person(QStringLiteral("Alex Smith"), QStringLiteral("worker"));
    const CaseActor m_manager = person(QStringLiteral("Morgan Manager"), QStringLiteral("manager"));
    const CaseActor m_head = person(QStringLiteral("Hana Head"), QStringLiteral("head-of-service"));
    const CaseActor m_director = person(QStringLiteral("Dev Director"), QStringLiteral("director"));
    qint64 m_evidenceId = 0;
    qint64 m_judgementId = 0;
};

} // namespace

TEST_F(Cases, SubmittingFreezesASnapshotThatLaterEditsDoNotChange)
{
    const qint64 id = submit();
    const ProgressionCase c = reread(id);
    EXPECT_EQ(c.status(), CaseStatus::Open);
    EXPECT_EQ(c.targetTitle, QStringLiteral("Advanced Practitioner Range 7"));
    ASSERT_EQ(c.stages.size(), 3);
    EXPECT_EQ(c.awaitedStage(), 0);
    EXPECT_EQ(c.snapshot.sha256, QString::fromLatin1(QCryptographicHash::hash(c.snapshot.content, QCryptographicHash::Sha256).toHex()));
    const QJsonObject frozen = QJsonDocument::fromJson(c.snapshot.content).object();
    const QJsonObject evidence = frozen.value(QStringLiteral("evidence")).toArray().first().toObject();
    EXPECT_EQ(evidence.value(QStringLiteral("title")).toString(), QStringLiteral("Complex safeguarding case"));
    EXPECT_EQ(evidence.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(evidence.value(QStringLiteral("attachments")).toArray().first().toObject().value(QStringLiteral("sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash("case notes", QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(frozen.value(QStringLiteral("judgements")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(), m_judgementId);
    EXPECT_EQ(frozen.value(QStringLiteral("readiness")).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("not-yet"));

    Evidence edited = *m_store.evidence(m_evidenceId);
    edited.title = QStringLiteral("Retitled afterwards");
    ASSERT_TRUE(m_store.updateEvidence(edited, 1));
    EXPECT_EQ(reread(id).snapshot.content, c.snapshot.content);
    // The store itself refuses to edit what was frozen.
    EXPECT_TRUE(behindTheBack(m_path, {QStringLiteral("UPDATE case_snapshots SET content = '{}'")}).contains(QStringLiteral("append-only")));
    EXPECT_TRUE(behindTheBack(m_path, {QStringLiteral("DELETE FROM case_events")}).contains(QStringLiteral("append-only")));
    EXPECT_TRUE(behindTheBack(m_path, {QStringLiteral("UPDATE cases SET target_id = 'r6'")}).contains(QStringLiteral("append-only")));
    EXPECT_TRUE(behindTheBack(m_path, {QStringLiteral("DELETE FROM record_chain")}).contains(QStringLiteral("append-only")));
    EXPECT_EQ(reread(id).snapshot.content, c.snapshot.content);
}

TEST_F(Cases, EachStageActsInTheDeclaredOrderAndTheLastDecides)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager)) << m_store.errorString().toStdString();
    EXPECT_EQ(reread(id).awaitedStage(), 1);
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QStringLiteral("Evidence is strong."), m_head)) << m_store.errorString().toStdString();
    EXPECT_EQ(reread(id).awaitedStage(), 2);
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Approve, QString(), m_director)) << m_store.errorString().toStdString();
    const ProgressionCase c = reread(id);
    EXPECT_EQ(c.status(), CaseStatus::Approved);
    EXPECT_EQ(c.awaitedStage(), -1);
    ASSERT_EQ(c.events.size(), 4);
    EXPECT_EQ(c.events[2].reason, QStringLiteral("Evidence is strong."));
    EXPECT_EQ(c.events[3].stage, 2);
    EXPECT_EQ(c.events[3].by.name, QStringLiteral("Dev Director"));
    EXPECT_FALSE(c.events[3].by.signedIn);
    EXPECT_EQ(c.events[3].by.describe(), QStringLiteral("Dev Director (Director, not signed in)"));
}

TEST_F(Cases, WrongRoleWrongOrderAndWrongActionAreRefused)
{
    const qint64 id = submit();
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Approve, QString(), m_director));
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::NotAllowed);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("awaits the Manager (stage 1 of 3) first"))) << m_store.errorString().toStdString();
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), person(QStringLiteral("Pat Panel"), QStringLiteral("panel"))));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("cannot act on it"))) << m_store.errorString().toStdString();
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Approve, QString(), m_manager));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("the decision is the Operational Director's")));
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), person(QString(), QStringLiteral("manager"))));
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Invalid);
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_head));
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_director));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("decides this case")));
    EXPECT_EQ(reread(id).events.size(), 3) << "nothing refused was recorded";
}

TEST_F(Cases, ADecidedCaseTakesNoSecondDecisionNorAWithdrawal)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Decline, QStringLiteral("Not yet at R7 level."), m_manager));
    EXPECT_EQ(reread(id).status(), CaseStatus::Declined);
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("already declined"))) << m_store.errorString().toStdString();
    EXPECT_FALSE(m_store.withdrawCase(id, m_worker));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("only a case awaiting a decision can be withdrawn")));
    EXPECT_EQ(reread(id).events.size(), 2);
}

TEST_F(Cases, ReasonsAreRequiredToReferBackOrDecline)
{
    const qint64 id = submit();
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::ReferBack, QStringLiteral("  "), m_manager));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("reasons")));
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Decline, QString(), m_manager));
    EXPECT_EQ(reread(id).status(), CaseStatus::Open);
}

TEST_F(Cases, ReferBackReopensTheCaseAndResubmittingFreezesANewSnapshot)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::ReferBack, QStringLiteral("Add evidence of supervising others."), m_head));
    const ProgressionCase referred = reread(id);
    EXPECT_EQ(referred.status(), CaseStatus::ReferredBack);
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_head));
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("resubmission")));

    Evidence edited = *m_store.evidence(m_evidenceId);
    edited.narrative = QStringLiteral("Now with supervision of a student.");
    ASSERT_TRUE(m_store.updateEvidence(edited, 1));
    EXPECT_EQ(submit(), id) << "the same case, resubmitted";
    const ProgressionCase again = reread(id);
    EXPECT_EQ(again.status(), CaseStatus::Open);
    EXPECT_EQ(again.awaitedStage(), 0) << "every stage acts again on the new snapshot";
    EXPECT_NE(again.snapshot.id, referred.snapshot.id);
    EXPECT_NE(again.snapshot.sha256, referred.snapshot.sha256);
    EXPECT_EQ(QJsonDocument::fromJson(again.snapshot.content).object().value(QStringLiteral("evidence")).toArray().first()
                  .toObject().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(again.currentRound().size(), 1);
}

TEST_F(Cases, WithdrawingBeforeADecisionClosesTheCase)
{
    const qint64 id = submit();
    EXPECT_EQ(m_store.submitCase(bundledLibrary(), bucks, QStringLiteral("r7"), m_worker), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::Conflict) << "one open case per target";
    ASSERT_TRUE(m_store.withdrawCase(id, m_worker)) << m_store.errorString().toStdString();
    EXPECT_EQ(reread(id).status(), CaseStatus::Withdrawn);
    EXPECT_FALSE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    EXPECT_FALSE(m_store.withdrawCase(id, m_worker));
    const qint64 next = submit();
    EXPECT_NE(next, id) << "a withdrawn case stays closed; a new one starts";
}

TEST_F(Cases, TargetsWithoutApprovalAndUnknownTargetsAreRefused)
{
    EXPECT_EQ(m_store.submitCase(bundledLibrary(), QStringLiteral("sssc-clf-personal-capabilities"), QStringLiteral("nursery-manager"), m_worker), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("declares no approval"))) << m_store.errorString().toStdString();
    EXPECT_EQ(m_store.submitCase(bundledLibrary(), bucks, QStringLiteral("r9"), m_worker), 0);
    EXPECT_EQ(m_store.lastError().code(), StoreError::Code::NotFound);
    EXPECT_EQ(m_store.submitCase(bundledLibrary(), bucks, QStringLiteral("r7"), person(QStringLiteral(" "), QStringLiteral("worker"))), 0);
    EXPECT_TRUE(m_store.errorString().contains(QStringLiteral("name of the person acting")));
    EXPECT_TRUE(m_store.cases().isEmpty());
    EXPECT_EQ(m_store.verifyChain().length, 1) << "only the judgement: nothing of a refused case was kept";
}

TEST_F(Cases, JudgementsAndCaseEventsFormAnIntactChain)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    const ChainReport report = m_store.verifyChain();
    EXPECT_TRUE(report.intact());
    EXPECT_EQ(report.length, 3); // the judgement, the submission, the recommendation
    EXPECT_EQ(report.head, m_store.chainHead());
    EXPECT_EQ(m_store.chainPosition(report.head), 3);
    EXPECT_EQ(QJsonDocument::fromJson(reread(id).snapshot.content).object().value(QStringLiteral("chainHead")).toString().size(), 64)
        << "the snapshot holds the chain head it was frozen on";
}

TEST_F(Cases, AJudgementEditedBehindTheStoresBackIsNamed)
{
    submit();
    EXPECT_TRUE(behindTheBack(m_path, {QStringLiteral("UPDATE judgements SET verdict = 'not-yet-reached'")}).contains(QStringLiteral("append-only")));
    ASSERT_EQ(behindTheBack(m_path, {QStringLiteral("DROP TRIGGER judgements_no_update"),
                                     QStringLiteral("UPDATE judgements SET by_name = 'Someone Else' WHERE id = %1").arg(m_judgementId)}),
              QString());
    const ChainReport report = m_store.verifyChain();
    ASSERT_FALSE(report.intact());
    ASSERT_EQ(report.breaks.size(), 1);
    EXPECT_EQ(report.breaks[0].record, QStringLiteral("judgement:%1").arg(m_judgementId));
    EXPECT_TRUE(report.breaks[0].problem.contains(QStringLiteral("was changed after it was recorded")));
}

TEST_F(Cases, RemovedSlippedInAndRefrozenRecordsAreNamed)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    const qint64 recommendation = reread(id).events.last().id;
    ASSERT_EQ(behindTheBack(m_path, {QStringLiteral("DROP TRIGGER case_events_no_delete"),
                                     QStringLiteral("DELETE FROM case_events WHERE id = %1").arg(recommendation),
                                     QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_name, made_on, pathway_version,"
                                                    " statement, recorded_at) VALUES ('p', 'a', 'reached', 'X', '2026-01-01', '1', 'A', 'now')"),
                                     QStringLiteral("DROP TRIGGER case_snapshots_no_update"),
                                     QStringLiteral("UPDATE case_snapshots SET content = replace(content, 'Complex', 'Simple')")}),
              QString());
    QStringList named;
    for (const ChainBreak& b : m_store.verifyChain().breaks)
        named << b.record;
    EXPECT_TRUE(named.contains(QStringLiteral("case-event:%1").arg(recommendation))) << named.join(u' ').toStdString();
    EXPECT_TRUE(named.contains(QStringLiteral("judgement:%1").arg(m_judgementId + 1))) << named.join(u' ').toStdString();
    EXPECT_TRUE(named.contains(QStringLiteral("snapshot:%1").arg(reread(id).snapshot.id))) << named.join(u' ').toStdString();
}

TEST(CaseChain, AnOlderPortfolioIsChainedOnceAndTheSameWayEveryTime)
{
    QTemporaryDir dir;
    QStringList heads;
    for (const QString& name : {QStringLiteral("a.waymark"), QStringLiteral("b.waymark")}) {
        const QString path = dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (int v = 0; v < 7; ++v)
                for (const QString& sql : portfolioMigrations()[v])
                    ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(portfolioApplicationId)));
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            for (int i = 1; i <= 3; ++i)
                ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_name, made_on, pathway_version,"
                                                  " statement, recorded_at) VALUES ('p', 'a%1', 'reached', 'Sam', '2020-01-0%1', '1', 'A',"
                                                  " '2020-01-0%1T00:00:00Z')").arg(i)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        PortfolioStore store;
        ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
        const ChainReport report = store.verifyChain();
        EXPECT_TRUE(report.intact());
        EXPECT_EQ(report.length, 3);
        heads << report.head;
        store.close();
        ASSERT_TRUE(store.open(path));
        EXPECT_EQ(store.verifyChain().length, 3) << "chained once, not on every open";
    }
    EXPECT_EQ(heads[0], heads[1]);
}

TEST_F(Cases, ACaseSurvivesAnArchiveRoundTrip)
{
    const qint64 id = submit();
    ASSERT_TRUE(m_store.decideCase(id, CaseAction::Recommend, QString(), m_manager));
    const ProgressionCase before = reread(id);
    const QString head = m_store.chainHead();
    const QString archive = m_dir.filePath(QStringLiteral("case.archive"));
    ASSERT_TRUE(m_store.exportArchive(archive)) << m_store.errorString().toStdString();
    const QString imported = m_dir.filePath(QStringLiteral("imported.waymark"));
    QString error;
    ASSERT_TRUE(PortfolioStore::importArchive(archive, imported, &error)) << error.toStdString();
    PortfolioStore copy;
    ASSERT_TRUE(copy.open(imported)) << copy.errorString().toStdString();
    const std::optional<ProgressionCase> after = copy.progressionCase(id);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->snapshot.sha256, before.snapshot.sha256);
    EXPECT_EQ(after->events.size(), before.events.size());
    EXPECT_EQ(after->awaitedStage(), 1);
    EXPECT_EQ(copy.chainHead(), head);
    EXPECT_TRUE(copy.verifyChain().intact());
    ASSERT_TRUE(copy.decideCase(id, CaseAction::Recommend, QString(), m_head)) << copy.errorString().toStdString();
}
