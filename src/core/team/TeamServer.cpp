#include "waymark/TeamServer.h"

#include "ServerConnection.h"
#include "TeamSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QUuid>

namespace waymark {

const QStringList& TeamServer::teamRoles()
{
    static const QStringList roles{QStringLiteral("worker"), QStringLiteral("supervisor"), QStringLiteral("head-of-service"),
                                   QStringLiteral("director"), QStringLiteral("panel"), QStringLiteral("admin")};
    return roles;
}

TeamServer::TeamServer()
    : m_connection(QStringLiteral("waymark-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

TeamServer::~TeamServer()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TeamServer::fail(StoreError::Code code, const QString& message)
{
    m_error = StoreError(code, message);
    return false;
}

bool TeamServer::failQuery(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    const StoreError::Code code = team::ServerConnection::codeOf(error);
    if (code == StoreError::Code::NotAllowed)
        return fail(code, tr("%1: the team server does not allow %2 to do this (%3).").arg(what, m_login, error.databaseText()));
    return fail(code, QStringLiteral("%1: %2").arg(what, error.text()));
}

void TeamServer::throwQuery(const QSqlQuery& query, const QString& what)
{
    failQuery(query, what);
    throw m_error;
}

bool TeamServer::isConnected() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool TeamServer::checkConnected()
{
    return isConnected() || fail(StoreError::Code::NotOpen, tr("Not connected to a team server."));
}

bool TeamServer::connect(const QString& uri)
{
    m_address = team::ServerConnection::shown(uri);
    return team::ServerConnection::open(uri, m_connection, &m_db, &m_login, &m_error);
}

bool TeamServer::checkCurrent()
{
    return checkConnected() && team::ServerConnection::checkCurrent(m_db, m_address, &m_error);
}

int TeamServer::installedVersion()
{
    const int version = team::ServerConnection::installedVersion(m_db, &m_error);
    if (version < 0)
        throw m_error;
    return version;
}

bool TeamServer::init()
{
    if (!checkConnected())
        return false;
    const int from = installedVersion();
    if (from > schemaVersion)
        return fail(StoreError::Code::NotAPortfolio, tr("The team server was set up by a newer version of Waymark (format %1; this "
                                                        "version knows up to %2).").arg(from).arg(schemaVersion));
    if (!m_db.transaction())
        return fail(StoreError::Code::Io, tr("Cannot set up the team server: %1").arg(m_db.lastError().text()));
    QSqlQuery q(m_db);
    auto rollBack = [&] {
        failQuery(q, tr("Cannot set up the team server"));
        m_db.rollback();
        return false;
    };
    // A fresh team has none of what an upgrade drops: the server need not say so.
    if (!q.exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return rollBack();
    for (int v = from; v < schemaVersion; ++v)
        for (const QString& sql : team::teamMigrations()[v])
            if (!q.exec(sql))
                return rollBack();
    q.prepare(QStringLiteral("INSERT INTO team_meta (key, value) VALUES ('version', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(schemaVersion));
    if (!q.exec())
        return rollBack();
    // Whoever sets the team up administers it.
    q.prepare(QStringLiteral("INSERT INTO team_people (login, name, team_role) VALUES (session_user, session_user, 'admin')"
                             " ON CONFLICT (login) DO NOTHING"));
    if (!q.exec())
        return rollBack();
    if (!m_db.commit())
        return fail(StoreError::Code::Io, tr("Cannot set up the team server: %1").arg(m_db.lastError().text()));
    return true;
}

bool TeamServer::addPerson(const Person& person, const QString& password)
{
    if (!checkCurrent())
        return false;
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!loginPattern.match(person.login).hasMatch())
        return fail(StoreError::Code::Invalid, tr("\"%1\" cannot be a login: use lower-case letters, digits, '.', '-' or '_', "
                                                  "starting with a letter.").arg(person.login));
    if (person.name.trimmed().isEmpty())
        return fail(StoreError::Code::Invalid, tr("A person needs a name."));
    if (!teamRoles().contains(person.teamRole))
        return fail(StoreError::Code::Invalid, tr("\"%1\" is not a team role; use one of: %2.")
                                                   .arg(person.teamRole, teamRoles().join(QStringLiteral(", "))));
    if (password.size() < 12)
        return fail(StoreError::Code::Invalid, tr("A password must have at least 12 characters."));
    // The server adds them (waymark_add_person), quoting the login and the password itself.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT waymark_add_person(?, ?, ?, ?)"));
    for (const QString& value : {person.login, person.name.trimmed(), person.teamRole, password})
        q.addBindValue(value);
    return q.exec() || failQuery(q, tr("Cannot add %1").arg(person.login));
}

bool TeamServer::assign(const Assignment& a)
{
    if (!checkCurrent())
        return false;
    if (a.relation != QLatin1String("supervisor") && a.relation != QLatin1String("reader"))
        return fail(StoreError::Code::Invalid, tr("An assignment is as supervisor or as reader, not \"%1\".").arg(a.relation));
    if (a.holder == a.worker)
        return fail(StoreError::Code::Invalid, tr("%1 cannot be assigned to their own portfolio.").arg(a.holder));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT waymark_assign(?, ?, ?)"));
    q.addBindValue(a.holder);
    q.addBindValue(a.worker);
    q.addBindValue(a.relation);
    if (q.exec())
        return true;
    failQuery(q, tr("Cannot assign %1 to %2").arg(a.holder, a.worker));
    if (m_error.code() == StoreError::Code::NotFound)
        return fail(StoreError::Code::NotFound, tr("Cannot assign %1 to %2: add both people to the team first.").arg(a.holder, a.worker));
    return false;
}

QList<TeamServer::Person> TeamServer::people()
{
    if (!checkConnected())
        throw m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT login, name, team_role FROM team_people ORDER BY login")))
        throwQuery(q, tr("Cannot read the team"));
    QList<Person> out;
    while (q.next())
        out << Person{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

QList<TeamServer::Assignment> TeamServer::assignments()
{
    if (!checkConnected())
        throw m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT holder, worker, relation FROM team_assignments ORDER BY worker, relation, holder")))
        throwQuery(q, tr("Cannot read the team's assignments"));
    QList<Assignment> out;
    while (q.next())
        out << Assignment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

} // namespace waymark
