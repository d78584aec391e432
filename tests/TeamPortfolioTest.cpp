// Portfolios on a team server through the same store as a portfolio file: moved there and back
// without loss, worked on by the worker and their supervisor, each as themselves.
#include "StoreTestSupport.h"
#include "PdfTestSupport.h"
#include "TeamTestSupport.h"

#include "waymark/Caseload.h"
#include "waymark/Pathway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace waymark;

namespace {

using test::makeEvidence;

const QString itemA = QStringLiteral("advanced-social-worker-req-specialist-field-experience");
const QString itemB = QStringLiteral("advanced-social-worker-req-supporting-colleagues");
const QString judgementOnly = QStringLiteral("social-worker-req-completed-asye-or-1-year-pqe");

class TeamPortfolioTest : public test::TeamServerTest
{
protected:
    static const Pathway& camden() { return *test::bundledLibrary().find(QStringLiteral("camden-launch-pad")); }
    static ItemRef item(const QString& id) { return {QStringLiteral("camden-launch-pad"), id}; }

    // A worker's two years in one file: every kind of record, edits, removals and a purge.
    static void writePersonalPortfolio(const QString& path)
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
        store.setToday(QDate(2026, 11, 30));
        Worker w;
        w.name = QStringLiteral("Alex Morgan");
        w.profession = QStringLiteral("social-worker");
        w.qualified = QDate(2022, 7, 1);
        w.pathwayId = QStringLiteral("camden-launch-pad");
        w.currentStep = QStringLiteral("social-worker");
        w.targetStep = QStringLiteral("advanced-social-worker");
        w.supervisorName = QStringLiteral("Sam Supervisor");
        ASSERT_TRUE(store.saveWorker(w));
        ASSERT_GT(store.addRole({0, QStringLiteral("Social worker"), QStringLiteral("L4"), QDate(2022, 8, 1), {}, true}), 0);
        const qint64 oldRole = store.addRole({0, QStringLiteral("Agency"), QString(), QDate(2022, 7, 1), QDate(2022, 7, 31), false});
        ASSERT_TRUE(store.removeRole(oldRole));
        ASSERT_GT(store.addAward({0, QStringLiteral("peps2"), QStringLiteral("PEPS 2"), AwardRecord::Status::InProgress, {}}), 0);
        const qint64 visit = store.addEvidence(makeEvidence(QStringLiteral("Joint visit with the family's GP"), QDate(2025, 3, 1)),
                                               {{0, 0, item(itemA), QStringLiteral("Shows specialist knowledge")}},
                                               {{QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("visit notes\0binary", 18)}});
        ASSERT_GT(visit, 0) << store.errorString().toStdString();
        const qint64 feedback = store.addEvidence(makeEvidence(QStringLiteral("Feedback from a colleague I mentored"), QDate(2025, 6, 1),
                                                               EvidenceKind::ColleagueFeedback, QStringLiteral("colleague")),
                                                  {{0, 0, item(itemB), QString()}, {0, 0, item(itemA), QString()}});
        ASSERT_GT(feedback, 0);
        const qint64 purged = store.addEvidence(makeEvidence(QStringLiteral("Duplicate"), QDate(2025, 7, 1)), {{0, 0, item(itemB), {}}});
        const qint64 deleted = store.addEvidence(makeEvidence(QStringLiteral("Draft, deleted"), QDate(2025, 8, 1)));
        const qint64 session = store.addSession({0, QDate(2025, 9, 1), QStringLiteral("Sam Supervisor"), QStringLiteral("Team manager"),
                                                 QStringLiteral("Discussed A"), {item(itemA)}});
        ASSERT_GT(session, 0);
        Judgement reached;
        reached.item = item(itemA);
        reached.verdict = Verdict::Reached;
        reached.byName = QStringLiteral("Sam Supervisor");
        reached.byRole = QStringLiteral("Team manager");
        reached.date = QDate(2025, 9, 1);
        reached.sessionId = session;
        ASSERT_GT(store.recordJudgement(reached, camden()), 0) << store.errorString().toStdString();
        Judgement ready = reached;
        ready.item = item(itemB);
        ready.verdict = Verdict::ReadyForReview;
        ready.byName = QStringLiteral("Alex Morgan");
        ready.sessionId = 0;
        ASSERT_GT(store.recordJudgement(ready, camden()), 0);
        ASSERT_GT(store.recordJudgement(ready, camden()), 0); // B relied on the duplicate, purged below
        Evidence edited = *store.evidence(visit);
        edited.narrative += QStringLiteral("\nAdded after the sign-off.");
        ASSERT_TRUE(store.updateEvidence(edited, 1)); // A's sign-off now needs re-confirming
        ASSERT_TRUE(store.deleteEvidence(purged));
        ASSERT_TRUE(store.purgeEvidence(purged));
        ASSERT_TRUE(store.deleteEvidence(deleted));
        ASSERT_GT(store.addComment({0, item(itemB), QStringLiteral("Alex Morgan"), QStringLiteral("worker"), QStringLiteral("Ready"), {}}), 0);
        PlanItem plan;
        plan.activity = QStringLiteral("Aspiring managers course");
        plan.linkedItems = {item(itemB)};
        plan.targetDate = QDate(2027, 1, 31);
        ASSERT_GT(store.addPlanItem(plan), 0);
        CpdEntry cpd{0, QDate(2025, 10, 1), QStringLiteral("Court skills"), 6.5, QStringLiteral("Notes"), feedback};
        cpd.type = QStringLiteral("Course");
        cpd.learnt = QStringLiteral("Giving evidence");
        cpd.peerReflection = QStringLiteral("Discussed with a colleague");
        ASSERT_GT(store.addCpdEntry(cpd), 0);
        ASSERT_TRUE(store.setCpdText(CpdText::PracticeSummary, QStringLiteral("Two years in a children's team.")));
        ASSERT_TRUE(store.setPrivateNames({QStringLiteral("Jordan Example")}));
        ASSERT_TRUE(store.decideFinding(QStringLiteral("evidence:%1").arg(visit), 0, QStringLiteral("name:Jordan"), FindingDecision::Redact));
    }

    // Every row of every table of a portfolio file, as text, for comparing two files.
    static QStringList rowsOf(const QString& path)
    {
        QStringList out;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            EXPECT_TRUE(db.open());
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                                       " AND name NOT LIKE 'evidence_fts%' ORDER BY name"));
            while (tables.next()) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(tables.value(0).toString()));
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                    out << tables.value(0).toString() + QLatin1Char(' ') + values.join(QLatin1Char('|'));
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return out;
    }
};

TEST_F(TeamPortfolioTest, APersonalPortfolioMovesOntoTheServerAndBackWithoutLoss)
{
    QTemporaryDir dir;
    const QString personal = dir.filePath(QStringLiteral("alex.waymark"));
    writePersonalPortfolio(personal);
    const QString archive = dir.filePath(QStringLiteral("alex.archive"));
    {
        PortfolioStore file;
        ASSERT_TRUE(file.open(personal));
        ASSERT_TRUE(file.exportArchive(archive));
    }
    const QString mover = login(QStringLiteral("mover"));
    ASSERT_TRUE(s_admin->addPerson({mover, QStringLiteral("Morgan Mover"), QStringLiteral("worker")}, test::password));
    {
        // The worker cannot bring in their supervisor's decisions themselves.
        PortfolioStore own;
        ASSERT_TRUE(own.openServer(test::uriFor(s_base, mover, s_database))) << own.errorString().toStdString();
        EXPECT_FALSE(own.importArchiveHere(archive));
        EXPECT_EQ(own.lastError().code(), StoreError::Code::NotAllowed) << own.errorString().toStdString();
        EXPECT_TRUE(own.errorString().contains(QStringLiteral("administrator"))) << own.errorString().toStdString();
        EXPECT_EQ(own.evidenceCount(true), 0) << "nothing half imported";
    }
    {
        PortfolioStore admin;
        ASSERT_TRUE(admin.openServer(serverUri(), mover)) << admin.errorString().toStdString();
        ASSERT_TRUE(admin.importArchiveHere(archive)) << admin.errorString().toStdString();
        EXPECT_FALSE(admin.importArchiveHere(archive)) << "only into an empty portfolio";
        EXPECT_EQ(admin.lastError().code(), StoreError::Code::Conflict);
    }
    PortfolioStore server;
    ASSERT_TRUE(server.openServer(test::uriFor(s_base, mover, s_database))) << server.errorString().toStdString();
    EXPECT_TRUE(server.isOnServer());
    EXPECT_EQ(server.owner(), mover);
    EXPECT_EQ(server.worker().name, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(server.evidenceCount(), 2);
    EXPECT_EQ(server.evidenceCount(true), 3);
    const QList<Judgement> history = server.judgements();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.first().byName, QStringLiteral("Sam Supervisor")) << "a personal portfolio's typed name is kept";
    EXPECT_FALSE(history.first().signedIn) << "and said to be typed";
    // Full-text search is PostgreSQL's own.
    EvidenceFilter filter;
    filter.text = QStringLiteral("mentor");
    const QList<EvidenceSummary> found = server.listEvidence(filter);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().title, QStringLiteral("Feedback from a colleague I mentored"));
    // The derived counts were rebuilt by the server's triggers and agree with the file's.
    const PortfolioFacts facts = server.facts();
    ASSERT_NE(facts.item(item(itemA)), nullptr);
    EXPECT_EQ(facts.item(item(itemA))->evidenceCount, 2);
    ASSERT_TRUE(facts.item(item(itemA))->latestDecision.has_value());
    EXPECT_TRUE(facts.item(item(itemA))->latestDecision->evidenceChanged);
    EXPECT_EQ(server.attachmentData(server.attachments(found.first().id - 1).value(0).id).value_or(QByteArray()),
              QByteArray("visit notes\0binary", 18));

    const QString back = dir.filePath(QStringLiteral("back.archive"));
    ASSERT_TRUE(server.exportArchive(back)) << server.errorString().toStdString();
    const QString restored = dir.filePath(QStringLiteral("restored.waymark"));
    QString why;
    ASSERT_TRUE(PortfolioStore::importArchive(back, restored, &why)) << why.toStdString();
    {
        PortfolioStore back;
        ASSERT_TRUE(back.open(restored));
        EXPECT_TRUE(back.verifyChain().intact()) << "the chain survives the journey";
    }
    const QStringList before = rowsOf(personal), after = rowsOf(restored);
    EXPECT_GT(before.size(), 30);
    EXPECT_EQ(after, before);
}

// On a server new evidence, its first version and its mappings are written by one statement.
TEST_F(TeamPortfolioTest, EvidenceAddedOnTheServerKeepsItsFirstVersionAndEveryMapping)
{
    const QString adder = login(QStringLiteral("adder"));
    ASSERT_TRUE(s_admin->addPerson({adder, QStringLiteral("Ada Adder"), QStringLiteral("worker")}, test::password));
    PortfolioStore store;
    ASSERT_TRUE(store.openServer(test::uriFor(s_base, adder, s_database))) << store.errorString().toStdString();
    const QString hostileNote = QStringLiteral("He said \"stop\" \\ {\"note\": 1}, ']); DROP TABLE evidence; --");
    const qint64 first = store.addEvidence(makeEvidence(QStringLiteral("Home visit")),
                                           {{0, 0, item(itemA), hostileNote}, {0, 0, item(itemB), QString()}});
    ASSERT_GT(first, 0) << store.errorString().toStdString();
    const qint64 second = store.addEvidence(makeEvidence(QStringLiteral("Unmapped reflection")));
    ASSERT_EQ(second, first + 1) << store.errorString().toStdString();
    const QList<Mapping> mappings = store.mappingsForEvidence(first);
    ASSERT_EQ(mappings.size(), 2);
    EXPECT_EQ(mappings[0].item, item(itemA));
    EXPECT_EQ(mappings[0].note, hostileNote);
    EXPECT_EQ(mappings[1].item, item(itemB));
    EXPECT_NE(mappings[0].id, mappings[1].id) << "each mapping numbered, within one statement";
    EXPECT_TRUE(store.mappingsForEvidence(second).isEmpty());
    EXPECT_EQ(store.evidenceVersions(first).size(), 1);
    EXPECT_EQ(store.evidenceVersions(second).size(), 1);
    const PortfolioFacts facts = store.facts();
    ASSERT_NE(facts.item(item(itemB)), nullptr);
    EXPECT_EQ(facts.item(item(itemB))->evidenceCount, 1) << "the server's counts saw the mapping";
    // A refused add leaves nothing behind.
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Twice")), {{0, 0, item(itemA), {}}, {0, 0, item(itemA), {}}}), 0);
    EXPECT_EQ(store.evidenceCount(), 2);
}

TEST_F(TeamPortfolioTest, ASupervisorSignsOffOnTheServerAsThemselves)
{
    PortfolioStore alex;
    ASSERT_TRUE(alex.openServer(serverUri(QStringLiteral("alex")))) << alex.errorString().toStdString();
    const qint64 evidence = alex.addEvidence(makeEvidence(QStringLiteral("Supervised practice")), {{0, 0, item(itemA), {}}});
    ASSERT_GT(evidence, 0) << alex.errorString().toStdString();
    Judgement mine;
    mine.item = item(itemA);
    mine.verdict = Verdict::Reached;
    mine.byName = QStringLiteral("Sam Supervisor");
    mine.date = QDate::currentDate();
    EXPECT_EQ(alex.recordJudgement(mine, camden()), 0) << "a worker's own 'reached' is the server's to refuse";
    EXPECT_EQ(alex.lastError().code(), StoreError::Code::NotAllowed) << alex.errorString().toStdString();
    mine.verdict = Verdict::ReadyForReview;
    ASSERT_GT(alex.recordJudgement(mine, camden()), 0) << alex.errorString().toStdString();

    PortfolioStore sam;
    ASSERT_TRUE(sam.openServer(serverUri(QStringLiteral("sam")))) << sam.errorString().toStdString();
    // Sam's home: Alex, with one item awaiting review.
    const QList<CaseloadEntry> caseload = Caseload::read(sam, test::bundledLibrary(), QDate::currentDate());
    ASSERT_EQ(caseload.size(), 1);
    EXPECT_EQ(caseload.first().person.login, login(QStringLiteral("alex")));
    EXPECT_EQ(caseload.first().person.relation, AssignedPortfolio::Relation::Supervisor);
    EXPECT_TRUE(caseload.first().error.isEmpty()) << caseload.first().error.toStdString();
    EXPECT_EQ(caseload.first().awaitingReview, 1);
    EXPECT_EQ(sam.owner(), login(QStringLiteral("sam"))) << "reading the caseload leaves the store where it was";
    ASSERT_TRUE(sam.switchPortfolio(login(QStringLiteral("alex")))) << sam.errorString().toStdString();
    EXPECT_EQ(sam.signedInAs(), login(QStringLiteral("sam")));
    Judgement decision = mine;
    decision.verdict = Verdict::Reached;
    decision.byName = QStringLiteral("Someone Else Entirely");
    const qint64 id = sam.recordJudgement(decision, camden());
    ASSERT_GT(id, 0) << sam.errorString().toStdString();
    const std::optional<Judgement> latest = alex.latestJudgement(item(itemA));
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->verdict, Verdict::Reached);
    EXPECT_EQ(latest->byName, QStringLiteral("Sam Supervisor")) << "the server names who signed in, not what was typed";
    EXPECT_TRUE(latest->signedIn);
    // The panel reads who signed in, and who was typed.
    Worker w = alex.worker();
    w.name = QStringLiteral("Alex Morgan");
    w.pathwayId = QStringLiteral("camden-launch-pad");
    w.currentStep = QStringLiteral("social-worker");
    ASSERT_TRUE(alex.saveWorker(w)) << alex.errorString().toStdString();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("panel.pdf"));
    const test::CliResult exported = test::runCli({QStringLiteral("--server"), serverUri(QStringLiteral("alex")), QStringLiteral("export-pdf"), pdf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(test::pdfWords(pdf).contains(QStringLiteral("Sam Supervisor, signed in"))) << test::pdfWords(pdf).toStdString();
    ASSERT_EQ(latest->evidence.size(), 1);
    EXPECT_EQ(latest->evidence.first().evidenceId, evidence);
    // The record chain covers the judgement as the server stored it (its author and time).
    // (Other tests slipped judgements into Alex's portfolio by raw SQL: those are named.)
    const ChainReport chain = alex.verifyChain();
    QStringList broken;
    for (const ChainBreak& b : chain.breaks)
        broken << b.record + QStringLiteral(": ") + b.problem;
    for (const QString& ours : {QStringLiteral("judgement:%1").arg(id), QStringLiteral("judgement:%1").arg(latest->id)})
        EXPECT_FALSE(broken.join(QLatin1Char('\n')).contains(ours + QLatin1Char(':'))) << broken.join(QLatin1Char('\n')).toStdString();
    // A supervision session Sam's sign-off cites is Sam's to correct: Alex is told so.
    SupervisionSession held{0, QDate::currentDate(), QStringLiteral("Sam Supervisor"), QString(), QStringLiteral("Discussed A"), {item(itemA)}};
    held.id = sam.addSession(held);
    ASSERT_GT(held.id, 0) << sam.errorString().toStdString();
    Judgement inSession = decision;
    inSession.sessionId = held.id;
    ASSERT_GT(sam.recordJudgement(inSession, camden()), 0) << sam.errorString().toStdString();
    SupervisionSession rewritten = held;
    rewritten.notes = QStringLiteral("Not discussed");
    EXPECT_FALSE(alex.updateSession(rewritten));
    EXPECT_EQ(alex.lastError().code(), StoreError::Code::NotAllowed);
    EXPECT_EQ(alex.errorString(), QStringLiteral("Sam Supervisor's sign-off cites this supervision session: only Sam Supervisor can change it."));
    rewritten.notes = QStringLiteral("Discussed A, and the plan");
    EXPECT_TRUE(sam.updateSession(rewritten)) << sam.errorString().toStdString();
    // Sam cannot change Alex's evidence, and Blake's portfolio is not Sam's to open.
    Evidence changed = *sam.evidence(evidence);
    changed.title = QStringLiteral("Changed by the supervisor");
    EXPECT_FALSE(sam.updateEvidence(changed, 1));
    PortfolioStore samOnBlake;
    EXPECT_FALSE(samOnBlake.openServer(serverUri(QStringLiteral("sam")), login(QStringLiteral("blake"))));
    EXPECT_EQ(samOnBlake.lastError().code(), StoreError::Code::NotAllowed);
}

// A case's stages act only through those the team gives their roles, each signed in as
// themselves, whatever they type: the server refuses the rest, raw SQL included.
TEST_F(TeamPortfolioTest, ACaseIsDecidedOnlyByThoseTheTeamGivesEachStage)
{
    const QString& bucks = test::bucksPathway;
    for (const auto& [who, name, role] : {std::tuple{"cara", "Cara Case", "worker"}, {"dana", "Dana Director", "director"},
                                          {"pete", "Pete Panel", "panel"}})
        ASSERT_TRUE(s_admin->addPerson({login(QLatin1String(who)), QString::fromUtf8(name), QString::fromUtf8(role)}, test::password))
            << s_admin->lastError().message().toStdString();
    for (const auto& [holder, relation] : {std::pair{"sam", "supervisor"}, {"hana", "reader"}, {"dana", "reader"}, {"pete", "reader"}})
        ASSERT_TRUE(s_admin->assign({login(QLatin1String(holder)), login(QStringLiteral("cara")), QLatin1String(relation)}));

    PortfolioStore cara;
    ASSERT_TRUE(cara.openServer(serverUri(QStringLiteral("cara")))) << cara.errorString().toStdString();
    ASSERT_TRUE(cara.saveWorker(test::rangeSixWorker(QStringLiteral("Cara Case")))) << cara.errorString().toStdString();
    EXPECT_EQ(cara.caseActingRoles(), QStringList{QStringLiteral("worker")});
    const qint64 id = cara.submitCase(test::bundledLibrary(), bucks, QStringLiteral("r7"),
                                      {QStringLiteral("Typed Name"), QStringLiteral("worker"), false});
    ASSERT_GT(id, 0) << cara.errorString().toStdString();

    auto on = [&](const QString& who) {
        auto store = std::make_unique<PortfolioStore>();
        EXPECT_TRUE(store->openServer(serverUri(who), login(QStringLiteral("cara")))) << store->errorString().toStdString();
        return store;
    };
    const auto sam = on(QStringLiteral("sam"));
    const auto hana = on(QStringLiteral("hana"));
    const auto dana = on(QStringLiteral("dana"));
    const auto pete = on(QStringLiteral("pete"));
    EXPECT_EQ(sam->caseActingRoles(),
              (QStringList{QStringLiteral("supervisor"), QStringLiteral("manager"), QStringLiteral("practice-assessor")}));
    EXPECT_EQ(hana->caseActingRoles(), QStringList{QStringLiteral("head-of-service")});
    EXPECT_EQ(dana->caseActingRoles(), QStringList{QStringLiteral("director")});
    EXPECT_FALSE(sam->withdrawCase(id, {QStringLiteral("Sam"), QStringLiteral("worker"), true})) << "only Cara withdraws her case";
    EXPECT_EQ(sam->lastError().code(), StoreError::Code::NotAllowed);

    // Stage 1 is the manager's: Cara's supervisor in the team. The panel member's typed role
    // does not make them her manager.
    const CaseActor unnamed{QString(), QString(), true};
    EXPECT_FALSE(pete->decideCase(id, CaseAction::Recommend, QString(), {QStringLiteral("Morgan"), QStringLiteral("manager"), true}));
    EXPECT_EQ(pete->lastError().code(), StoreError::Code::NotAllowed);
    EXPECT_TRUE(pete->errorString().contains(QStringLiteral("Pete Panel"))) << pete->errorString().toStdString();
    EXPECT_FALSE(hana->decideCase(id, CaseAction::Recommend, QString(), unnamed)) << "stage 1 first";
    EXPECT_EQ(hana->lastError().code(), StoreError::Code::NotAllowed);
    EXPECT_TRUE(hana->errorString().contains(QStringLiteral("awaits the Manager (stage 1 of 3) first"))) << hana->errorString().toStdString();
    ASSERT_TRUE(sam->decideCase(id, CaseAction::Recommend, QString(), {QStringLiteral("Someone Else"), QString(), false}))
        << sam->errorString().toStdString();

    // Stage 2, the head of service's, by raw SQL as those who do not hold it: refused by the server.
    for (const QString& who : {QStringLiteral("pete"), QStringLiteral("sam")}) {
        const auto raw = signIn(who, QStringLiteral("cara"));
        QString error;
        EXPECT_FALSE(run(*raw, QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, made_at)"
                                              " VALUES (%1, 'recommend', 1, 'Hana Head', 'head-of-service', 1, 'x')").arg(id), &error))
            << who.toStdString();
        EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    }
    {
        // Hana holds stage 2, but not under another stage's role, nor the worker's.
        const auto raw = signIn(QStringLiteral("hana"), QStringLiteral("cara"));
        EXPECT_FALSE(run(*raw, QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, made_at)"
                                              " VALUES (%1, 'recommend', 1, 'Hana', 'director', 1, 'x')").arg(id)));
        EXPECT_FALSE(run(*raw, QStringLiteral("INSERT INTO case_events (case_id, action, by_name, by_role, signed_in, made_at)"
                                              " VALUES (%1, 'withdraw', 'Hana', 'worker', 1, 'x')").arg(id)));
    }
    {
        // Nor may Hana skip ahead, nor Dana approve before Hana has recommended.
        const auto raw = signIn(QStringLiteral("hana"), QStringLiteral("cara"));
        EXPECT_FALSE(run(*raw, QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, made_at)"
                                              " VALUES (%1, 'approve', 1, 'Hana', 'head-of-service', 1, 'x')").arg(id)));
        const auto director = signIn(QStringLiteral("dana"), QStringLiteral("cara"));
        QString error;
        EXPECT_FALSE(run(*director, QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, made_at)"
                                                   " VALUES (%1, 'approve', 2, 'Dana', 'director', 1, 'x')").arg(id), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("does not await approve at stage 3"))) << error.toStdString();
    }
    ASSERT_TRUE(hana->decideCase(id, CaseAction::Recommend, QString(), unnamed)) << hana->errorString().toStdString();
    // The director decides through the CLI, giving neither a name nor a role.
    const test::CliResult r = test::runCli({QStringLiteral("--server"), serverUri(QStringLiteral("dana")), QStringLiteral("--worker"),
                                            login(QStringLiteral("cara")), QStringLiteral("case"), QStringLiteral("decide"),
                                            QString::number(id), QStringLiteral("--decision"), QStringLiteral("approve")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Approved"))) << r.out.toStdString();

    const std::optional<ProgressionCase> decided = cara.progressionCase(id);
    ASSERT_TRUE(decided.has_value());
    EXPECT_EQ(decided->status(), CaseStatus::Approved);
    QStringList record;
    for (const CaseEvent& e : decided->events)
        record << QStringLiteral("%1 %2").arg(caseActionId(e.action), e.by.describe());
    EXPECT_EQ(record, (QStringList{QStringLiteral("submit Cara Case (Worker, signed in)"),
                                   QStringLiteral("recommend Sam Supervisor (Manager, signed in)"),
                                   QStringLiteral("recommend Hana Head (Head of service, signed in)"),
                                   QStringLiteral("approve Dana Director (Director, signed in)")}))
        << record.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(cara.verifyChain().intact());

    // A case event slipped in behind Waymark's back (the superuser, past every rule) is named,
    // though it is the last record read.
    QSqlQuery slipped(s_admin->connection());
    ASSERT_TRUE(slipped.exec(QStringLiteral("INSERT INTO case_events (owner, case_id, action, by_login, by_name, by_role, signed_in,"
                                            " made_at) VALUES ('%1', %2, 'withdraw', '', 'Slipped In', 'worker', 0, 'x') RETURNING id")
                                 .arg(login(QStringLiteral("cara"))).arg(id))
                && slipped.next()) << slipped.lastError().text().toStdString();
    const ChainReport after = cara.verifyChain();
    ASSERT_EQ(after.breaks.size(), 1);
    EXPECT_EQ(after.breaks.first().record, QStringLiteral("case-event:%1").arg(slipped.value(0).toLongLong()));
}

// A case's PDF on the server prints the case as frozen, as in a file.
TEST_F(TeamPortfolioTest, TheCasePdfOnTheServerPrintsTheEvidenceAsFrozen)
{
    const QString& bucks = test::bucksPathway;
    const QString fran = login(QStringLiteral("fran"));
    ASSERT_TRUE(s_admin->addPerson({fran, QStringLiteral("Fran Frozen"), QStringLiteral("worker")}, test::password));
    PortfolioStore store;
    ASSERT_TRUE(store.openServer(serverUri(QStringLiteral("fran")))) << store.errorString().toStdString();
    ASSERT_TRUE(store.saveWorker(test::rangeSixWorker(QStringLiteral("Fran Frozen"))));
    Evidence audit = test::makeEvidence(QStringLiteral("Case file audit"));
    audit.narrative = QStringLiteral("Two of the four files were graded Requires improvement.");
    const qint64 evidence = store.addEvidence(audit, {{0, 0, ItemRef{bucks, QStringLiteral("r7-key-1")}, QString()}});
    ASSERT_GT(evidence, 0) << store.errorString().toStdString();
    ASSERT_GT(store.submitCase(test::bundledLibrary(), bucks, QStringLiteral("r7"), {QString(), QStringLiteral("worker"), true}), 0)
        << store.errorString().toStdString();
    Evidence rewritten = *store.evidence(evidence);
    rewritten.narrative = QStringLiteral("All four were graded Outstanding.");
    ASSERT_TRUE(store.updateEvidence(rewritten, rewritten.version)) << store.errorString().toStdString();

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("case.pdf"));
    const test::CliResult exported = test::runCli({QStringLiteral("--server"), serverUri(QStringLiteral("fran")), QStringLiteral("export-pdf"),
                                                   QStringLiteral("--accept-findings"), pdf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString text = test::pdfWords(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Two of the four files were graded Requires improvement."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("graded Outstanding")));
    EXPECT_TRUE(text.contains(QStringLiteral("Changed after this case was submitted on")));
}

// A worker writes their case's snapshots, but cannot make a stage theirs: the stages are those
// the submission froze, and a decision is never the worker's. An administrator's typed event
// is not signed in, whatever it says.
TEST_F(TeamPortfolioTest, AWorkerCannotRewriteTheirCasesStagesToDecideItThemselves)
{
    const QString& bucks = test::bucksPathway;
    const QString erin = login(QStringLiteral("erin"));
    ASSERT_TRUE(s_admin->addPerson({erin, QStringLiteral("Erin Eager"), QStringLiteral("worker")}, test::password));
    PortfolioStore store;
    ASSERT_TRUE(store.openServer(serverUri(QStringLiteral("erin")))) << store.errorString().toStdString();
    ASSERT_TRUE(store.saveWorker(test::rangeSixWorker(QStringLiteral("Erin Eager"))));
    const qint64 id = store.submitCase(test::bundledLibrary(), bucks, QStringLiteral("r7"), {QString(), QStringLiteral("worker"), true});
    ASSERT_GT(id, 0) << store.errorString().toStdString();

    const auto raw = signIn(QStringLiteral("erin"));
    QString error;
    ASSERT_TRUE(run(*raw, QStringLiteral("INSERT INTO case_snapshots (case_id, content, sha256, frozen_at) SELECT case_id,"
                                         " jsonb_set(content::jsonb, '{approval}', '[{\"role\": \"worker\"}, {\"role\": \"worker\"}]')::text,"
                                         " sha256, frozen_at FROM case_snapshots WHERE case_id = %1").arg(id), &error))
        << error.toStdString();
    for (const auto& [action, stage] : {std::pair{"recommend", 0}, {"approve", 1}}) {
        EXPECT_FALSE(run(*raw, QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, made_at)"
                                              " VALUES (%1, '%2', %3, 'Erin', 'worker', 1, 'x')").arg(id).arg(QLatin1String(action)).arg(stage),
                         &error)) << action;
        EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    }
    ASSERT_EQ(store.progressionCase(id)->status(), CaseStatus::Open);

    QSqlQuery typed(s_admin->connection());
    ASSERT_TRUE(typed.exec(QStringLiteral("INSERT INTO case_events (owner, case_id, action, stage, by_login, by_name, by_role, signed_in,"
                                          " made_at) VALUES ('%1', %2, 'recommend', 0, '', 'Dr Typed', 'manager', 1, 'x')").arg(erin).arg(id)))
        << typed.lastError().text().toStdString();
    const std::optional<ProgressionCase> after = store.progressionCase(id);
    ASSERT_TRUE(after.has_value());
    ASSERT_EQ(after->events.size(), 2);
    EXPECT_EQ(after->events.last().by.name, QStringLiteral("Dr Typed"));
    EXPECT_FALSE(after->events.last().by.signedIn) << "a typed name is never shown as signed in";
}

// A team set up in team format 1 (tests/data/team-format-1.sql, as an earlier version left it)
// is brought to this version's format by 'team init', in place, with its portfolios.
TEST_F(TeamPortfolioTest, AFormatOneTeamIsUpgradedInPlaceAndKeepsItsPortfolios)
{
    const QString database = QStringLiteral("waymark_format1_") + s_suffix;
    ASSERT_TRUE(run(*s_admin, QStringLiteral("CREATE DATABASE ") + database));
    QUrl url(s_base);
    url.setPath(QLatin1Char('/') + database);
    const QString adminUri = url.toString(QUrl::FullyEncoded);
    {
        // The dump empties the search path of the session that loads it: a session of its own.
        TeamServer loader;
        ASSERT_TRUE(loader.connect(adminUri));
        QFile dump(QStringLiteral(WAYMARK_TEST_DATA "/team-format-1.sql"));
        ASSERT_TRUE(dump.open(QIODevice::ReadOnly));
        QString error;
        ASSERT_TRUE(run(loader, QString::fromUtf8(dump.readAll()), &error)) << error.toStdString();
        ASSERT_TRUE(run(loader, QStringLiteral("INSERT INTO public.team_meta (key, value) VALUES ('version', '1')")));
    }
    TeamServer admin;
    ASSERT_TRUE(admin.connect(adminUri));
    EXPECT_FALSE(admin.addPerson({login(QStringLiteral("early")), QStringLiteral("Too Early"), QStringLiteral("worker")}, test::password));
    EXPECT_TRUE(admin.lastError().message().contains(QStringLiteral("team init"))) << admin.lastError().message().toStdString();
    // Ursula, Uma and Udo (an administrator, with CREATEROLE), added as format 1 added people.
    for (const auto& [who, name, role] : {std::tuple{"ursula", "Ursula Upgrade", "worker"}, {"uma", "Uma Upgrade", "supervisor"},
                                          {"udo", "Udo Upgrade", "admin"}}) {
        QString error;
        ASSERT_TRUE(run(admin, QStringLiteral("CREATE ROLE %1 LOGIN %2 PASSWORD '%3' IN ROLE waymark_member")
                                   .arg(login(QLatin1String(who)), QLatin1String(role) == QLatin1String("admin") ? QStringLiteral("CREATEROLE")
                                                                                                                 : QStringLiteral("NOCREATEROLE"),
                                        test::password), &error)) << error.toStdString();
        ASSERT_TRUE(run(admin, QStringLiteral("INSERT INTO team_people (login, name, team_role) VALUES ('%1', '%2', '%3')")
                                   .arg(login(QLatin1String(who)), QLatin1String(name), QLatin1String(role)), &error)) << error.toStdString();
    }
    ASSERT_TRUE(run(admin, QStringLiteral("INSERT INTO team_assignments (holder, worker, relation) VALUES ('%1', '%2', 'supervisor')")
                               .arg(login(QStringLiteral("uma")), login(QStringLiteral("ursula")))));
    const QString ursulaUri = test::uriFor(s_base, login(QStringLiteral("ursula")), database);
    {
        // Her first evidence, written under format 1's own triggers.
        TeamServer ursula;
        ASSERT_TRUE(ursula.connect(ursulaUri));
        QString error;
        ASSERT_TRUE(run(ursula, addEvidence(QStringLiteral("Before the upgrade")), &error)) << error.toStdString();
        ASSERT_TRUE(run(ursula, QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id) VALUES (1, 'camden-launch-pad', '%1')")
                                    .arg(itemA), &error)) << error.toStdString();
    }
    PortfolioStore refused;
    EXPECT_FALSE(refused.openServer(ursulaUri));
    EXPECT_TRUE(refused.errorString().contains(QStringLiteral("team init"))) << refused.errorString().toStdString();

    ASSERT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'waymark_number'")), 1) << "format 1, as it was";
    ASSERT_TRUE(admin.init()) << admin.lastError().message().toStdString();
    EXPECT_EQ(count(admin, QStringLiteral("SELECT value::int FROM team_meta WHERE key = 'version'")), TeamServer::schemaVersion);
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'waymark_number'")), 0)
        << "format 1's generic numbering is gone";
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace"
                                          " AND NOT 'search_path=public, pg_temp' = ANY (proconfig)")), 0)
        << "every function that runs as the tables' owner reads a session's temporary tables last";
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND rolcreaterole").arg(login(QStringLiteral("udo")))),
              0) << "an administrator added by format 1 no longer holds CREATEROLE";

    PortfolioStore ursula;
    ASSERT_TRUE(ursula.openServer(ursulaUri)) << ursula.errorString().toStdString();
    EXPECT_EQ(ursula.evidenceCount(), 1);
    auto mappedToA = [&] {
        const PortfolioFacts facts = ursula.facts();
        const ItemFacts* a = facts.item(item(itemA));
        return a ? a->evidenceCount : 0;
    };
    EXPECT_EQ(mappedToA(), 1) << "format 1's counts are kept";
    const qint64 after = ursula.addEvidence(makeEvidence(QStringLiteral("After the upgrade")), {{0, 0, item(itemA), {}}});
    EXPECT_EQ(after, 2) << ursula.errorString().toStdString();
    EXPECT_EQ(mappedToA(), 2);
    PortfolioStore uma;
    ASSERT_TRUE(uma.openServer(test::uriFor(s_base, login(QStringLiteral("uma")), database), login(QStringLiteral("ursula"))))
        << uma.errorString().toStdString();
    Judgement j;
    j.item = item(itemA);
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Typed");
    j.date = QDate::currentDate();
    ASSERT_GT(uma.recordJudgement(j, camden()), 0) << uma.errorString().toStdString();
    const std::optional<Judgement> latest = ursula.latestJudgement(item(itemA));
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->byName, QStringLiteral("Uma Upgrade"));
    EXPECT_TRUE(latest->signedIn);
    EXPECT_TRUE(ursula.verifyChain().intact());
}

// The open window learns of a sign-off made elsewhere when the counter moves: on a server, it
// moves for this portfolio's changes, whoever makes them, and for no one else's.
TEST_F(TeamPortfolioTest, TheChangeCounterMovesForThisPortfolioOnly)
{
    PortfolioStore alex;
    PortfolioStore blake;
    PortfolioStore sam;
    ASSERT_TRUE(alex.openServer(serverUri(QStringLiteral("alex")))) << alex.errorString().toStdString();
    ASSERT_TRUE(blake.openServer(serverUri(QStringLiteral("blake")))) << blake.errorString().toStdString();
    ASSERT_TRUE(sam.openServer(serverUri(QStringLiteral("sam")), login(QStringLiteral("alex")))) << sam.errorString().toStdString();
    const qint64 before = alex.changeCounter();
    ASSERT_NE(before, -1);
    ASSERT_GT(blake.addEvidence(makeEvidence(QStringLiteral("Blake's visit"))), 0) << blake.errorString().toStdString();
    EXPECT_EQ(alex.changeCounter(), before) << "another portfolio's change is not Alex's";
    ASSERT_GT(sam.addComment({0, item(itemA), QStringLiteral("Sam"), QStringLiteral("supervisor"), QStringLiteral("Well done"), {}}), 0)
        << sam.errorString().toStdString();
    const qint64 commented = alex.changeCounter();
    EXPECT_NE(commented, before) << "the supervisor's comment on Alex's portfolio is";
    const qint64 mine = alex.addEvidence(makeEvidence(QStringLiteral("Alex's visit")));
    ASSERT_GT(mine, 0);
    const qint64 added = alex.changeCounter();
    EXPECT_NE(added, commented);
    Evidence edited = *alex.evidence(mine);
    edited.title = QStringLiteral("Alex's visit, edited");
    ASSERT_TRUE(alex.updateEvidence(edited, 1));
    EXPECT_NE(alex.changeCounter(), added) << "an edit changes no count, but its row's writer";
}

TEST_F(TeamPortfolioTest, EveryCommandWorksOnTheServer)
{
    const QStringList asAlex{QStringLiteral("--server"), serverUri(QStringLiteral("alex"))};
    test::CliResult r = test::runCli(asAlex + QStringList{QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--pathway"),
                                                          QStringLiteral("camden-launch-pad")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli(asAlex + QStringList{QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"),
                                                          QStringLiteral("Court report"), QStringLiteral("--date"),
                                                          QStringLiteral("2026-02-01"), QStringLiteral("--kind"),
                                                          QStringLiteral("direct-practice"), QStringLiteral("--map"),
                                                          QStringLiteral("camden-launch-pad:") + itemB});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli(asAlex + QStringList{QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Court report"))) << r.out.toStdString();
    // Sam works on Alex's portfolio with --worker; Hana reads it and cannot judge.
    const QStringList samOnAlex{QStringLiteral("--server"), serverUri(QStringLiteral("sam")), QStringLiteral("--worker"),
                                login(QStringLiteral("alex"))};
    r = test::runCli(samOnAlex + QStringList{QStringLiteral("readiness"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = test::runCli(samOnAlex + QStringList{QStringLiteral("evidence"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Court report"))) << r.out.toStdString();
    r = test::runCli({QStringLiteral("--server"), serverUri(QStringLiteral("hana")), QStringLiteral("caseload"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray caseload = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(caseload.size(), 1) << r.out.toStdString();
    EXPECT_EQ(caseload.first()[QStringLiteral("login")].toString(), login(QStringLiteral("alex")));
    EXPECT_EQ(caseload.first()[QStringLiteral("relation")].toString(), QStringLiteral("reader"));
    EXPECT_EQ(caseload.first()[QStringLiteral("pathway")].toString(), QStringLiteral("camden-launch-pad"));
    const QStringList hanaOnAlex{QStringLiteral("--server"), serverUri(QStringLiteral("hana")), QStringLiteral("--worker"),
                                 login(QStringLiteral("alex"))};
    r = test::runCli(hanaOnAlex + QStringList{QStringLiteral("judge"), QStringLiteral("camden-launch-pad:") + judgementOnly,
                                              QStringLiteral("--verdict"), QStringLiteral("reached"), QStringLiteral("--by"),
                                              QStringLiteral("Hana"), QStringLiteral("--date"), QStringLiteral("2026-02-02")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not allow"))) << r.err.toStdString();
    r = test::runCli(QStringList{QStringLiteral("--server"), serverUri(QStringLiteral("blake")), QStringLiteral("--worker"),
                                 login(QStringLiteral("alex")), QStringLiteral("evidence"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not assigned"))) << r.err.toStdString();
}

} // namespace
