#include "TeamRepository.h"

#include "Database.h"

#include <QSqlQuery>

namespace waymark::store {

QList<AssignedPortfolio> TeamRepository::assigned()
{
    m_db.requireOpen();
    if (!m_db.isServer())
        return {};
    // One row per worker: a supervisor who also reads is listed as the supervisor.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT a.worker, p.name, min(a.relation) FROM team_assignments a"
                               " JOIN team_people p ON p.login = a.worker WHERE a.holder = waymark_login()"
                               " GROUP BY a.worker, p.name ORDER BY p.name, a.worker")))
        m_db.throwQuery(q, tr("Cannot read who is assigned to you"));
    QList<AssignedPortfolio> out;
    while (q.next())
        out << AssignedPortfolio{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString() == QLatin1String("supervisor") ? AssignedPortfolio::Relation::Supervisor
                                                                                      : AssignedPortfolio::Relation::Reader};
    return out;
}

} // namespace waymark::store
