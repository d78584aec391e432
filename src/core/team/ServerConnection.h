#pragma once

#include "waymark/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace waymark::team {

// Signing in to a team's PostgreSQL server through Qt's QPSQL driver, for the team's
// administration (TeamServer) and for the portfolios on it (the store's Database).
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    // uri: a libpq URI, postgresql://login[:password]@host[:port]/database[?sslmode=...]. Without
    // a password, libpq's own PGPASSWORD or ~/.pgpass is used. On success db is open under
    // connectionName and login is who the server says is signed in.
    static bool open(const QString& uri, const QString& connectionName, QSqlDatabase* db, QString* login, StoreError* error);
    // The address as shown to people: never the password.
    static QString shown(const QString& uri);
    // What a failed statement means, from PostgreSQL's SQLSTATE.
    static StoreError::Code codeOf(const QSqlError& error);
    // The team's format on the server: 0 when the team was never set up.
    static int installedVersion(const QSqlDatabase& db, StoreError* error);
    // Whether the team at address is set up in this version's format; if not, error says who
    // does what about it.
    static bool checkCurrent(const QSqlDatabase& db, const QString& address, StoreError* error);
};

} // namespace waymark::team
