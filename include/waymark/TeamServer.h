#pragma once

#include "waymark/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace waymark {

// A team's shared PostgreSQL server, reached through Qt's QPSQL driver. Each person signs in
// with their own login; what they may read and change is enforced by the server (row-level
// security), not by this class. Changes return false with lastError(); reads that fail throw
// StoreError, as PortfolioStore does.
class TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    static constexpr int schemaVersion = 3;
    static const QStringList& teamRoles(); // worker, supervisor, head-of-service, director, panel, admin

    struct Person
    {
        QString login;
        QString name;
        QString teamRole;
    };
    struct Assignment
    {
        QString holder;
        QString worker;
        QString relation; // supervisor, reader
    };

    TeamServer();
    ~TeamServer();
    TeamServer(const TeamServer&) = delete;
    TeamServer& operator=(const TeamServer&) = delete;

    // uri: a libpq URI, postgresql://login[:password]@host[:port]/database[?sslmode=...]. Without
    // a password, libpq's own PGPASSWORD or ~/.pgpass is used.
    bool connect(const QString& uri);
    bool isConnected() const;
    QString signedInAs() const { return m_login; }
    const StoreError& lastError() const { return m_error; }
    QSqlDatabase& connection() { return m_db; }

    // Creates the team's tables and rules in the database (or brings them up to date): the
    // person connected must be allowed to create tables and roles.
    bool init();
    // A login of its own for each person, with the password they will sign in with.
    bool addPerson(const Person& person, const QString& password);
    bool assign(const Assignment& assignment);
    QList<Person> people();
    QList<Assignment> assignments();

private:
    bool fail(StoreError::Code code, const QString& message);
    bool failQuery(const class QSqlQuery& query, const QString& what);
    [[noreturn]] void throwQuery(const class QSqlQuery& query, const QString& what);
    bool checkConnected();
    bool checkCurrent();
    int installedVersion();

    QString m_connection;
    QString m_address; // as shown to people
    QSqlDatabase m_db;
    QString m_login;
    StoreError m_error;
};

} // namespace waymark
