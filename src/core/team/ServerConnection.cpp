#include "ServerConnection.h"

#include "waymark/TeamServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace waymark::team {

QString ServerConnection::shown(const QString& uri)
{
    return QUrl(uri, QUrl::TolerantMode).toDisplayString(QUrl::RemovePassword);
}

StoreError::Code ServerConnection::codeOf(const QSqlError& error)
{
    return StoreError::fromSqlState(error.nativeErrorCode());
}

bool ServerConnection::open(const QString& uri, const QString& connectionName, QSqlDatabase* db, QString* login,
                            StoreError* error)
{
    auto fail = [error](StoreError::Code code, const QString& message) {
        *error = StoreError(code, message);
        return false;
    };
    const QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(StoreError::Code::Invalid, tr("\"%1\" is not a server address; write postgresql://LOGIN@HOST[:PORT]/DATABASE.")
                                                   .arg(shown(uri)));
    if (url.userName().isEmpty())
        return fail(StoreError::Code::Invalid, tr("The server address names no login: write postgresql://LOGIN@HOST/DATABASE."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(StoreError::Code::Io, tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));
    *db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db->setHostName(url.host());
    if (url.port() > 0)
        db->setPort(url.port());
    db->setUserName(url.userName(QUrl::FullyDecoded));
    db->setPassword(url.password(QUrl::FullyDecoded));
    db->setDatabaseName(url.path().mid(1).isEmpty() ? url.userName() : url.path().mid(1));
    // libpq's own parameters (sslmode, connect_timeout, ...) pass through; TLS is used when the
    // server offers it (libpq's default, sslmode=prefer).
    // A session runs the same few statements over and over, each scoped to one portfolio by the
    // policies: one generic plan serves every run, instead of planning each of the first five.
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=waymark"),
                        QStringLiteral("options='-c plan_cache_mode=force_generic_plan'")};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    db->setConnectOptions(options.join(QLatin1Char(';')));
    auto forget = [&] {
        *db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    };
    if (!db->open()) {
        const QSqlError why = db->lastError();
        forget();
        // libpq gives no SQLSTATE for a failed connection. A server that answered (a wrong
        // password, an unknown login or database) puts its severity first; anything else
        // never reached it.
        const QString text = why.databaseText().trimmed();
        const bool answered = text.startsWith(QLatin1String("FATAL")) || text.contains(QLatin1String(": FATAL"));
        return fail(answered ? StoreError::Code::NotAllowed : StoreError::Code::Io,
                    tr("Cannot sign in to %1 as %2: %3").arg(url.host(), url.userName(), text));
    }
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        const QSqlError why = q.lastError();
        q = QSqlQuery();
        db->close();
        forget();
        return fail(codeOf(why), tr("Cannot ask the server who is signed in: %1").arg(why.text()));
    }
    *login = q.value(0).toString();
    return true;
}

int ServerConnection::installedVersion(const QSqlDatabase& db, StoreError* error)
{
    QSqlQuery q(db);
    auto failed = [&] {
        *error = StoreError(codeOf(q.lastError()), tr("Cannot read the team's format: %1").arg(q.lastError().text()));
        return -1;
    };
    if (!q.exec(QStringLiteral("SELECT to_regclass('team_meta') IS NOT NULL")) || !q.next())
        return failed();
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT value FROM team_meta WHERE key = 'version'")))
        return failed();
    return q.next() ? q.value(0).toInt() : 0;
}

bool ServerConnection::checkCurrent(const QSqlDatabase& db, const QString& address, StoreError* error)
{
    const int version = installedVersion(db, error);
    if (version < 0)
        return false;
    if (version == 0)
        *error = StoreError(StoreError::Code::NotAPortfolio, tr("%1 holds no Waymark team: the team's administrator sets it up first "
                                                                "(waymark-cli --server URI team init).").arg(address));
    else if (version != TeamServer::schemaVersion)
        *error = StoreError(StoreError::Code::NotAPortfolio,
                            tr("The team server at %1 is in team format %2; this version of Waymark works with format %3. %4")
                                .arg(address).arg(version).arg(TeamServer::schemaVersion)
                                .arg(version > TeamServer::schemaVersion ? tr("Update Waymark.")
                                                                         : tr("The administrator updates it with 'team init'.")));
    return version == TeamServer::schemaVersion;
}

} // namespace waymark::team
