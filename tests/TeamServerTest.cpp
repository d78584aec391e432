// Team mode's rules, enforced by a real PostgreSQL server: each person signs in as themselves
// and the server decides what they may read and change, even through raw SQL.
#include "TeamTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

using namespace waymark;

namespace {

using test::TeamServerTest;
using test::password;
using test::uriFor;

TEST_F(TeamServerTest, ATeamIsListedWithItsAssignments)
{
    const QList<TeamServer::Person> people = s_admin->people();
    ASSERT_EQ(people.size(), 5); // the four and the administrator who set the team up
    const auto alex = std::find_if(people.begin(), people.end(), [](const auto& p) { return p.login == login(QStringLiteral("alex")); });
    ASSERT_NE(alex, people.end());
    EXPECT_EQ(alex->name, QStringLiteral("Alex Morgan"));
    EXPECT_EQ(alex->teamRole, QStringLiteral("worker"));
    EXPECT_EQ(s_admin->assignments().size(), 2);
    EXPECT_FALSE(s_admin->assign({login(QStringLiteral("sam")), QStringLiteral("nobody"), QStringLiteral("supervisor")}));
    EXPECT_EQ(s_admin->lastError().code(), StoreError::Code::NotFound);
    EXPECT_FALSE(s_admin->addPerson({QStringLiteral("Bad Login"), QStringLiteral("X"), QStringLiteral("worker")}, password));
    EXPECT_EQ(s_admin->lastError().code(), StoreError::Code::Invalid);
    // Setting up again changes nothing.
    EXPECT_TRUE(s_admin->init()) << s_admin->lastError().message().toStdString();
    EXPECT_EQ(s_admin->people().size(), 5);
}

TEST_F(TeamServerTest, AWrongPasswordIsRefused)
{
    QUrl url(uriFor(s_base, login(QStringLiteral("alex")), s_database));
    url.setPassword(QStringLiteral("not the password"));
    TeamServer server;
    EXPECT_FALSE(server.connect(url.toString(QUrl::FullyEncoded)));
    EXPECT_EQ(server.lastError().code(), StoreError::Code::NotAllowed) << server.lastError().message().toStdString();
    EXPECT_FALSE(server.lastError().message().contains(QStringLiteral("not the password")));
}

TEST_F(TeamServerTest, AWorkerReadsAndWritesOnlyTheirOwnPortfolio)
{
    auto alex = signIn(QStringLiteral("alex"));
    auto blake = signIn(QStringLiteral("blake"));
    EXPECT_EQ(alex->signedInAs(), login(QStringLiteral("alex")));
    ASSERT_TRUE(run(*alex, addEvidence(QStringLiteral("Alex visit"))));
    ASSERT_TRUE(run(*blake, addEvidence(QStringLiteral("Blake visit"))));
    EXPECT_EQ(count(*alex, QStringLiteral("SELECT count(*) FROM evidence WHERE title = 'Alex visit'")), 1);
    EXPECT_EQ(count(*blake, QStringLiteral("SELECT count(*) FROM evidence WHERE title = 'Alex visit'")), 0);
    // Blake cannot write into Alex's portfolio, by naming it or by choosing it.
    QString error;
    EXPECT_FALSE(run(*blake, QStringLiteral("INSERT INTO evidence (owner, version, title, date_from, kind, saved_at) VALUES"
                                            " ('%1', 1, 'Forged', '2026-01-05', 'direct-practice', 'x')").arg(login(QStringLiteral("alex"))), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    ASSERT_TRUE(run(*blake, QStringLiteral("SET waymark.portfolio = '%1'").arg(login(QStringLiteral("alex")))));
    EXPECT_FALSE(run(*blake, addEvidence(QStringLiteral("Forged")), &error));
    EXPECT_EQ(count(*blake, QStringLiteral("SELECT count(*) FROM evidence")), 0) << "Alex's portfolio is not Blake's to read";
    // Nor change or delete it.
    EXPECT_TRUE(run(*blake, QStringLiteral("UPDATE evidence SET title = 'Changed' WHERE title = 'Alex visit'")));
    EXPECT_TRUE(run(*blake, QStringLiteral("DELETE FROM evidence WHERE title = 'Alex visit'")));
    EXPECT_EQ(count(*alex, QStringLiteral("SELECT count(*) FROM evidence WHERE title = 'Alex visit'")), 1);
}

// A session's temporary tables come first in its search path: the server's checks must not
// read a team of the worker's own making.
TEST_F(TeamServerTest, AWorkersTemporaryTablesDoNotFoolTheServersChecks)
{
    auto alex = signIn(QStringLiteral("alex"));
    ASSERT_TRUE(run(*alex, addEvidence(QStringLiteral("Alex private visit"))));
    auto blake = signIn(QStringLiteral("blake"), QStringLiteral("alex"));
    const QString blakeLogin = login(QStringLiteral("blake"));
    ASSERT_TRUE(run(*blake, QStringLiteral("CREATE TEMP TABLE team_people (login TEXT, name TEXT, team_role TEXT)")));
    ASSERT_TRUE(run(*blake, QStringLiteral("INSERT INTO team_people VALUES ('%1', 'Blake', 'admin')").arg(blakeLogin)));
    ASSERT_TRUE(run(*blake, QStringLiteral("CREATE TEMP TABLE team_assignments (holder TEXT, worker TEXT, relation TEXT)")));
    ASSERT_TRUE(run(*blake, QStringLiteral("INSERT INTO team_assignments VALUES ('%1', '%2', 'supervisor')")
                                .arg(blakeLogin, login(QStringLiteral("alex")))));
    EXPECT_EQ(count(*blake, QStringLiteral("SELECT waymark_is_admin()::int")), 0);
    EXPECT_EQ(count(*blake, QStringLiteral("SELECT count(*) FROM public.evidence")), 0) << "Alex's portfolio is not Blake's to read";
    QString error;
    EXPECT_FALSE(run(*blake, judge(QStringLiteral("reached")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
}

// A statement that changes waymark.portfolio as it runs reads only the portfolio it was allowed.
TEST_F(TeamServerTest, AStatementThatSwitchesPortfolioAsItRunsReadsOnlyTheOneItWasAllowed)
{
    auto alex = signIn(QStringLiteral("alex"));
    ASSERT_TRUE(run(*alex, addEvidence(QStringLiteral("Alex visit")))); // Sam's right to read is asked on Alex's rows
    auto blake = signIn(QStringLiteral("blake"));
    ASSERT_TRUE(run(*blake, addEvidence(QStringLiteral("Blake secret"))));
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    EXPECT_EQ(count(*sam, QStringLiteral("SELECT count(*) FROM (SELECT g, set_config('waymark.portfolio', CASE g WHEN 1 THEN '%1'"
                                         " ELSE '%2' END, false) FROM generate_series(1, 2) g) o,"
                                         " LATERAL (SELECT * FROM evidence WHERE o.g > 0 AND title = 'Blake secret' OFFSET 0) e")
                                .arg(login(QStringLiteral("alex")), login(QStringLiteral("blake")))), 0);
}

// The checks inlined into a person's statement name nothing the person can shadow: a temporary
// type named text that cut their login short would make them another worker.
TEST_F(TeamServerTest, ATemporaryTypeDoesNotMakeAWorkerSomeoneElse)
{
    const QString alexLogin = login(QStringLiteral("alex"));
    const QString longer = alexLogin + QStringLiteral("x");
    ASSERT_TRUE(s_admin->addPerson({longer, QStringLiteral("Alexander"), QStringLiteral("worker")}, password));
    auto alex = signIn(QStringLiteral("alex"));
    ASSERT_TRUE(run(*alex, addEvidence(QStringLiteral("Alex only"))));
    TeamServer alexander;
    ASSERT_TRUE(alexander.connect(uriFor(s_base, longer, s_database)));
    ASSERT_TRUE(run(alexander, QStringLiteral("CREATE DOMAIN pg_temp.text AS varchar(%1)").arg(alexLogin.size())));
    ASSERT_TRUE(run(alexander, QStringLiteral("SET waymark.portfolio = '%1'").arg(alexLogin)));
    EXPECT_EQ(count(alexander, QStringLiteral("SELECT count(*) FROM evidence")), 0);
}

// The server's trigger functions run as the tables' owner: nobody may attach one to a table of
// their own, whose rows they would choose.
TEST_F(TeamServerTest, NobodyRunsTheServersTriggersOnTheirOwnTable)
{
    auto blake = signIn(QStringLiteral("blake"));
    ASSERT_TRUE(run(*blake, QStringLiteral("CREATE TEMP TABLE je (owner TEXT, judgement_id BIGINT, evidence_id BIGINT, evidence_version INT)")));
    QString error;
    EXPECT_FALSE(run(*blake, QStringLiteral("CREATE TRIGGER t AFTER INSERT ON je FOR EACH ROW EXECUTE FUNCTION public.judgement_changes_record()"),
                     &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
}

// Only a record's author chains it: a reader cannot take the place of the next sign-off.
TEST_F(TeamServerTest, OnlyARecordsAuthorChainsIt)
{
    auto hana = signIn(QStringLiteral("hana"), QStringLiteral("alex"));
    QString error;
    for (const QString& record : {QStringLiteral("judgement:999"), QStringLiteral("case-event:999"), QStringLiteral("anything")}) {
        EXPECT_FALSE(run(*hana, QStringLiteral("INSERT INTO record_chain (record, hash) VALUES ('%1', 'forged')").arg(record), &error));
        EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    }
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    ASSERT_TRUE(run(*sam, judge(QStringLiteral("reached"))));
    const int judgement = count(*sam, QStringLiteral("SELECT max(id) FROM judgements WHERE by_login = session_user"));
    EXPECT_FALSE(run(*hana, QStringLiteral("INSERT INTO record_chain (record, hash) VALUES ('judgement:%1', 'forged')").arg(judgement)))
        << "Sam's sign-off is Sam's to chain";
    EXPECT_TRUE(run(*sam, QStringLiteral("INSERT INTO record_chain (record, hash) VALUES ('judgement:%1', 'h')").arg(judgement), &error))
        << error.toStdString();
}

// A supervision session that Sam's sign-off cites is Sam's record too: Alex cannot rewrite it.
TEST_F(TeamServerTest, ASessionASignOffCitesIsItsAuthorsToChange)
{
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    ASSERT_TRUE(run(*sam, QStringLiteral("INSERT INTO sessions (held_on, supervisor, notes) VALUES ('2026-01-06', 'Sam', 'Competent')")));
    const int session = count(*sam, QStringLiteral("SELECT max(id) FROM sessions"));
    ASSERT_TRUE(run(*sam, QStringLiteral("INSERT INTO session_items (owner_id, pathway_id, item_id) VALUES (%1, 'camden-launch-pad', 'item-1')")
                              .arg(session)));
    ASSERT_TRUE(run(*sam, judge(QStringLiteral("reached")).replace(QStringLiteral("statement,"), QStringLiteral("session_id, statement,"))
                              .replace(QStringLiteral("'1', 'Statement'"), QStringLiteral("'1', %1, 'Statement'").arg(session))));
    auto alex = signIn(QStringLiteral("alex"));
    QString error;
    EXPECT_FALSE(run(*alex, QStringLiteral("UPDATE sessions SET notes = 'NOT competent' WHERE id = %1").arg(session), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    EXPECT_FALSE(run(*alex, QStringLiteral("DELETE FROM session_items WHERE owner_id = %1").arg(session)));
    EXPECT_FALSE(run(*alex, QStringLiteral("INSERT INTO session_items (owner_id, pathway_id, item_id) VALUES (%1, 'camden-launch-pad', 'item-2')")
                                .arg(session)));
    EXPECT_EQ(count(*alex, QStringLiteral("SELECT count(*) FROM sessions WHERE notes = 'Competent'")), 1);
    EXPECT_TRUE(run(*sam, QStringLiteral("UPDATE sessions SET notes = 'Competent, as discussed' WHERE id = %1").arg(session), &error))
        << error.toStdString();
    ASSERT_TRUE(run(*alex, QStringLiteral("INSERT INTO sessions (held_on, supervisor) VALUES ('2026-01-07', 'Sam')")));
    EXPECT_TRUE(run(*alex, QStringLiteral("UPDATE sessions SET notes = 'Uncited' WHERE id > %1").arg(session), &error)) << error.toStdString();
}

TEST_F(TeamServerTest, AWorkersOwnReachedIsRefusedByTheServerEvenThroughRawSql)
{
    auto alex = signIn(QStringLiteral("alex"));
    QString error;
    EXPECT_FALSE(run(*alex, judge(QStringLiteral("reached")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    EXPECT_FALSE(run(*alex, judge(QStringLiteral("not-yet-reached"))));
    EXPECT_TRUE(run(*alex, judge(QStringLiteral("ready-for-review"))));
}

TEST_F(TeamServerTest, ASupervisorJudgesTheirSuperviseesAsThemselvesAndNoOneElses)
{
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    ASSERT_TRUE(run(*sam, judge(QStringLiteral("reached"), QStringLiteral("Somebody Important"))));
    QSqlQuery q(sam->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT owner, by_login, by_name FROM judgements WHERE verdict = 'reached'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), login(QStringLiteral("alex")));
    EXPECT_EQ(q.value(1).toString(), login(QStringLiteral("sam"))) << "the author is who signed in, not what was typed";
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Sam Supervisor"));
    // Blake is not Sam's supervisee.
    auto samOnBlake = signIn(QStringLiteral("sam"), QStringLiteral("blake"));
    QString error;
    EXPECT_FALSE(run(*samOnBlake, judge(QStringLiteral("reached")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    // A head of service reads Alex's portfolio but does not judge it.
    auto hana = signIn(QStringLiteral("hana"), QStringLiteral("alex"));
    EXPECT_GE(count(*hana, QStringLiteral("SELECT count(*) FROM judgements WHERE verdict = 'reached'")), 1);
    EXPECT_FALSE(run(*hana, judge(QStringLiteral("reached"))));
    auto blake = signIn(QStringLiteral("blake"));
    EXPECT_EQ(count(*blake, QStringLiteral("SELECT count(*) FROM judgements WHERE verdict = 'reached'")), 0);
}

TEST_F(TeamServerTest, NobodyChangesOrDeletesAJudgement)
{
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    ASSERT_TRUE(run(*sam, judge(QStringLiteral("not-yet-reached"))));
    for (auto* server : {sam.get(), s_admin.get()}) {
        QString error;
        EXPECT_FALSE(run(*server, QStringLiteral("UPDATE judgements SET verdict = 'reached'"), &error));
        EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
        EXPECT_FALSE(run(*server, QStringLiteral("DELETE FROM judgements")));
        EXPECT_FALSE(run(*server, QStringLiteral("TRUNCATE judgements")));
    }
    EXPECT_GE(count(*sam, QStringLiteral("SELECT count(*) FROM judgements WHERE verdict = 'not-yet-reached'")), 1);
}

TEST_F(TeamServerTest, ConcurrentSignOffsLoseNothing)
{
    const int before = [&] {
        auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
        return count(*sam, QStringLiteral("SELECT count(*) FROM judgements"));
    }();
    constexpr int clients = 8, each = 25;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&] {
            // A connection belongs to the thread that made it.
            auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
            for (int i = 0; i < each; ++i)
                if (!run(*sam, judge(QStringLiteral("reached"))))
                    ++failures;
        });
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    auto sam = signIn(QStringLiteral("sam"), QStringLiteral("alex"));
    EXPECT_EQ(count(*sam, QStringLiteral("SELECT count(*) FROM judgements")), before + clients * each);
}

// An administrator added to the team manages it (people, assignments) through the team's own
// functions, without power over the server: no CREATEROLE, so no built-in role to grant
// themselves and nobody's password to change. Nobody else changes the team.
TEST_F(TeamServerTest, AnAddedAdministratorManagesTheTeamWithoutPowerOverTheServer)
{
    const QString adaLogin = login(QStringLiteral("ada"));
    ASSERT_TRUE(s_admin->addPerson({adaLogin, QStringLiteral("Ada Admin"), QStringLiteral("admin")}, password))
        << s_admin->lastError().message().toStdString();
    TeamServer ada;
    ASSERT_TRUE(ada.connect(uriFor(s_base, adaLogin, s_database))) << ada.lastError().message().toStdString();
    const QString newcomer = login(QStringLiteral("newcomer"));
    const QString hostilePassword = QStringLiteral("it's a \"pass\" word'; DROP ROLE x; --");
    ASSERT_TRUE(ada.addPerson({newcomer, QStringLiteral("Nia Newcomer"), QStringLiteral("worker")}, hostilePassword))
        << ada.lastError().message().toStdString();
    ASSERT_TRUE(ada.assign({login(QStringLiteral("sam")), newcomer, QStringLiteral("supervisor")})) << ada.lastError().message().toStdString();
    TeamServer nia;
    EXPECT_TRUE(nia.connect(uriFor(s_base, newcomer, s_database).replace(QUrl::toPercentEncoding(password),
                                                                         QUrl::toPercentEncoding(hostilePassword))))
        << nia.lastError().message().toStdString();
    EXPECT_EQ(count(*s_admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1', '%2') AND rolcreaterole")
                                  .arg(adaLogin, newcomer)), 0);
    QString error;
    EXPECT_FALSE(run(ada, QStringLiteral("GRANT pg_execute_server_program TO %1").arg(adaLogin), &error));
    EXPECT_FALSE(run(ada, QStringLiteral("ALTER ROLE %1 PASSWORD 'taken over by Ada'").arg(login(QStringLiteral("sam"))), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("42501"))) << error.toStdString();
    // A worker cannot use the team's functions to add themselves a colleague or a supervisee.
    TeamServer alex;
    ASSERT_TRUE(alex.connect(uriFor(s_base, login(QStringLiteral("alex")), s_database)));
    EXPECT_FALSE(alex.addPerson({login(QStringLiteral("sneaky")), QStringLiteral("Sneaky"), QStringLiteral("admin")}, password));
    EXPECT_EQ(alex.lastError().code(), StoreError::Code::NotAllowed) << alex.lastError().message().toStdString();
    EXPECT_FALSE(alex.assign({login(QStringLiteral("alex")), login(QStringLiteral("blake")), QStringLiteral("reader")}));
    EXPECT_EQ(alex.lastError().code(), StoreError::Code::NotAllowed);
}

TEST_F(TeamServerTest, AnAdministratorSetsATeamUpFromTheCommandLine)
{
    // A database of its own, set up by the CLI as an administrator would.
    const QString database = s_database + QStringLiteral("_cli");
    ASSERT_TRUE(run(*s_admin, QStringLiteral("CREATE DATABASE ") + database));
    QUrl url(s_base);
    url.setPath(QLatin1Char('/') + database);
    const QString server = url.toString(QUrl::FullyEncoded);
    auto team = [&](const QStringList& args, const QByteArray& input = QByteArray()) {
        return test::runCli(QStringList{QStringLiteral("--server"), server, QStringLiteral("team")} + args, input);
    };
    test::CliResult r = team({QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("ready"))) << r.out.toStdString();
    const QString worker = login(QStringLiteral("cli_worker")), supervisor = login(QStringLiteral("cli_sup"));
    r = team({QStringLiteral("add-person"), QStringLiteral("--login"), worker, QStringLiteral("--name"), QStringLiteral("Casey Worker"),
              QStringLiteral("--role"), QStringLiteral("worker")}, (password + QLatin1Char('\n')).toUtf8());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = team({QStringLiteral("add-person"), QStringLiteral("--login"), supervisor, QStringLiteral("--name"), QStringLiteral("Dee Supervisor"),
              QStringLiteral("--role"), QStringLiteral("supervisor")}, (password + QLatin1Char('\n')).toUtf8());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = team({QStringLiteral("assign"), QStringLiteral("--supervisor"), supervisor, QStringLiteral("--worker"), worker});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = team({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray people = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(people.size(), 3) << r.out.toStdString();
    bool found = false;
    for (const QJsonValue& p : people)
        if (p[QStringLiteral("login")].toString() == worker) {
            found = true;
            EXPECT_EQ(p[QStringLiteral("name")].toString(), QStringLiteral("Casey Worker"));
            EXPECT_EQ(p[QStringLiteral("supervisors")].toArray(), QJsonArray{supervisor});
        }
    EXPECT_TRUE(found);
    // The new person signs in with the password read from standard input.
    TeamServer casey;
    EXPECT_TRUE(casey.connect(uriFor(s_base, worker, database))) << casey.lastError().message().toStdString();

    r = team({QStringLiteral("add-person"), QStringLiteral("--login"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
              QStringLiteral("--role"), QStringLiteral("boss")}, "a long enough password\n");
    EXPECT_EQ(r.exitCode, 2) << "an unknown role is bad usage";
    r = team({QStringLiteral("add-person"), QStringLiteral("--login"), login(QStringLiteral("short")), QStringLiteral("--name"),
              QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("worker")}, "short\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("at least 12 characters"))) << r.err.toStdString();
    // A server or a file, not both.
    r = test::runCli({QStringLiteral("--server"), server, QStringLiteral("--portfolio"), QStringLiteral("x.waymark"),
                      QStringLiteral("evidence"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not both"))) << r.err.toStdString();
}

} // namespace
