#pragma once
// A real PostgreSQL server's team for the team-mode tests: the fixture signs people in as
// themselves. The server is started by CTest's team_server fixture (scripts/pg-test-server.sh).
#include "TestSupport.h"

#include "waymark/TeamServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace waymark::test {

inline const QString password = QStringLiteral("a long test password");

inline QString adminUri()
{
    QFile f(QStringLiteral(WAYMARK_PG_URI_FILE));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll()).trimmed();
}

// The same server and database as signed in as another login.
inline QString uriFor(const QString& base, const QString& login, const QString& database)
{
    QUrl url(base);
    url.setUserName(login);
    url.setPassword(password);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

class TeamServerTest : public ::testing::Test
{
protected:
    // One database for the whole program, with a team: Alex and Blake are workers, Sam
    // supervises Alex, Hana (head of service) reads Alex's portfolio. Logins are cluster-wide, so
    // each run has its own suffix. Set up in SetUp, where a failure fails the test (GoogleTest
    // reports a failed SetUpTestSuite as skipped tests).
    void SetUp() override
    {
        if (!s_admin)
            setUpTeam();
        ASSERT_TRUE(s_admin && s_admin->isConnected()) << "the team could not be set up";
    }

    // Connections must close while the application still exists.
    static void TearDownTestSuite() { s_admin.reset(); }

    static void setUpTeam()
    {
        s_base = adminUri();
        ASSERT_FALSE(s_base.isEmpty()) << "no server: " WAYMARK_PG_URI_FILE;
        s_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        s_database = QStringLiteral("waymark_") + s_suffix;
        {
            TeamServer admin;
            ASSERT_TRUE(admin.connect(s_base)) << admin.lastError().message().toStdString();
            ASSERT_TRUE(QSqlQuery(admin.connection()).exec(QStringLiteral("CREATE DATABASE ") + s_database));
        }
        QUrl url(s_base);
        url.setPath(QLatin1Char('/') + s_database);
        auto admin = std::make_unique<TeamServer>();
        ASSERT_TRUE(admin->connect(url.toString(QUrl::FullyEncoded))) << admin->lastError().message().toStdString();
        ASSERT_TRUE(admin->init()) << admin->lastError().message().toStdString();
        for (const auto& [who, name, role] : {std::tuple{"alex", "Alex Morgan", "worker"}, {"blake", "Blake Lee", "worker"},
                                              {"sam", "Sam Supervisor", "supervisor"}, {"hana", "Hana Head", "head-of-service"}})
            ASSERT_TRUE(admin->addPerson({login(QLatin1String(who)), QString::fromUtf8(name), QString::fromUtf8(role)}, password))
                << admin->lastError().message().toStdString();
        ASSERT_TRUE(admin->assign({login(QStringLiteral("sam")), login(QStringLiteral("alex")), QStringLiteral("supervisor")}));
        ASSERT_TRUE(admin->assign({login(QStringLiteral("hana")), login(QStringLiteral("alex")), QStringLiteral("reader")}));
        s_admin = std::move(admin);
    }

    static QString login(const QString& who) { return who + QLatin1Char('_') + s_suffix; }
    // The team's database, signed in as who; as its administrator when who is empty.
    static QString serverUri(const QString& who = QString())
    {
        if (!who.isEmpty())
            return uriFor(s_base, login(who), s_database);
        QUrl url(s_base);
        url.setPath(QLatin1Char('/') + s_database);
        return url.toString(QUrl::FullyEncoded);
    }

    // A connection signed in as who, working on whose portfolio (their own when empty).
    std::unique_ptr<TeamServer> signIn(const QString& who, const QString& portfolio = QString())
    {
        auto server = std::make_unique<TeamServer>();
        EXPECT_TRUE(server->connect(uriFor(s_base, login(who), s_database))) << server->lastError().message().toStdString();
        if (!portfolio.isEmpty())
            EXPECT_TRUE(run(*server, QStringLiteral("SET waymark.portfolio = '%1'").arg(login(portfolio))));
        return server;
    }

    // Raw SQL, as a hand-written client would send it.
    static bool run(TeamServer& server, const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(server.connection());
        const bool ok = q.exec(sql);
        if (error)
            *error = q.lastError().nativeErrorCode() + QLatin1Char(' ') + q.lastError().databaseText();
        return ok;
    }

    static int count(TeamServer& server, const QString& sql)
    {
        QSqlQuery q(server.connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << q.lastError().text().toStdString();
        return q.value(0).toInt();
    }

    static QString addEvidence(const QString& title)
    {
        return QStringLiteral("INSERT INTO evidence (version, title, date_from, kind, saved_at) VALUES (1, '%1', '2026-01-05',"
                              " 'direct-practice', '2026-01-05T10:00:00Z')").arg(title);
    }

    static QString judge(const QString& verdict, const QString& byName = QStringLiteral("Typed Name"))
    {
        return QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_login, by_name, made_on, pathway_version,"
                              " statement, recorded_at) VALUES ('camden-launch-pad', 'item-1', '%1', 'someone', '%2', '2026-01-06',"
                              " '1', 'Statement', 'x')").arg(verdict, byName);
    }

    static inline QString s_base, s_suffix, s_database;
    static inline std::unique_ptr<TeamServer> s_admin;
};

} // namespace waymark::test
