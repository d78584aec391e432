#include "ProfileRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

Worker ProfileRepository::worker()
{
    m_db.requireOpen();
    QSqlQuery q = m_db.query(QStringLiteral("SELECT name, profession, registration_body, registration_number, qualified_on,"
                                            " pathway_id, current_step, target_step, supervisor_name, supervisor_role FROM worker"
                                            " WHERE id = 1"));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the profile"));
    Worker w;
    if (q.next()) {
        w.name = q.value(0).toString();
        w.profession = q.value(1).toString();
        w.registrationBody = q.value(2).toString();
        w.registrationNumber = q.value(3).toString();
        w.qualified = dateFrom(q.value(4));
        w.pathwayId = q.value(5).toString();
        w.currentStep = q.value(6).toString();
        w.targetStep = q.value(7).toString();
        w.supervisorName = q.value(8).toString();
        w.supervisorRole = q.value(9).toString();
    }
    return w;
}

bool ProfileRepository::saveWorker(const Worker& w)
{
    if (!w.profession.isEmpty() && !professionIds().contains(w.profession))
        return m_db.fail(StoreError::Code::Invalid, tr("\"%1\" is not a profession Waymark knows; use one of: %2.")
                                                        .arg(w.profession, professionIds().join(QStringLiteral(", "))));
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE worker SET name = ?, profession = ?, registration_body = ?, registration_number = ?,"
                                 " qualified_on = ?, pathway_id = ?, current_step = ?, target_step = ?,"
                                 " supervisor_name = ?, supervisor_role = ? WHERE id = 1"));
        bindAll(q, {w.name, w.profession, w.registrationBody, w.registrationNumber, dateValue(w.qualified), w.pathwayId,
                    w.currentStep, w.targetStep, w.supervisorName, w.supervisorRole});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the profile"));
        m_db.noteChange(PortfolioStore::Area::Profile);
        return true;
    });
}

QList<RoleRecord> ProfileRepository::roles()
{
    m_db.requireOpen();
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, title, grade, started_on, ended_on, supervised_others FROM roles"
                                            " WHERE deleted_at IS NULL ORDER BY started_on, id"));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the role history"));
    QList<RoleRecord> out;
    while (q.next())
        out << RoleRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          dateFrom(q.value(3)), dateFrom(q.value(4)), q.value(5).toBool()};
    return out;
}

bool ProfileRepository::checkRole(const RoleRecord& role)
{
    if (role.title.trimmed().isEmpty() || !role.start.isValid())
        return m_db.fail(StoreError::Code::Invalid, tr("A role needs a title and a start date."));
    if (role.end.isValid() && role.end < role.start)
        return m_db.fail(StoreError::Code::Invalid, tr("A role cannot end before it starts."));
    return m_db.checkNotFuture(role.start, tr("A role")) && m_db.checkNotFuture(role.end, tr("The end of a role"));
}

qint64 ProfileRepository::addRole(const RoleRecord& role)
{
    if (!checkRole(role))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO roles (title, grade, started_on, ended_on, supervised_others) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {role.title.trimmed(), role.grade, dateValue(role.start), dateValue(role.end), role.supervisedOthers ? 1 : 0});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot add the role"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Profile, id);
        return true;
    });
    return saved ? id : 0;
}

bool ProfileRepository::updateRole(const RoleRecord& role)
{
    if (!checkRole(role))
        return false;
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE roles SET title = ?, grade = ?, started_on = ?, ended_on = ?, supervised_others = ?"
                                 " WHERE id = ? AND deleted_at IS NULL"));
        bindAll(q, {role.title.trimmed(), role.grade, dateValue(role.start), dateValue(role.end), role.supervisedOthers ? 1 : 0,
                    role.id});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the role"));
        if (q.numRowsAffected() != 1)
            return m_db.fail(StoreError::Code::NotFound, tr("There is no role %1.").arg(role.id));
        m_db.noteChange(PortfolioStore::Area::Profile, role.id);
        return true;
    });
}

bool ProfileRepository::removeRole(qint64 id, bool removed)
{
    return m_db.transaction([&] {
        m_db.noteChange(PortfolioStore::Area::Profile, id);
        return m_db.markDeleted("roles", id, removed, removed ? tr("Cannot remove the role") : tr("Cannot restore the role"),
                                removed ? tr("There is no role %1.") : tr("There is no removed role %1 to restore."));
    });
}

QList<AwardRecord> ProfileRepository::awards()
{
    m_db.requireOpen();
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, award, title, status, awarded_on FROM awards WHERE deleted_at IS NULL"
                                            " ORDER BY awarded_on, id"));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the awards"));
    QList<AwardRecord> out;
    while (q.next())
        out << AwardRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString() == QLatin1String("held") ? AwardRecord::Status::Held
                                                                          : AwardRecord::Status::InProgress,
                           dateFrom(q.value(4))};
    return out;
}

qint64 ProfileRepository::addAward(const AwardRecord& award)
{
    if (award.award.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("An award needs a name.")), 0;
    if (!m_db.checkNotFuture(award.date, tr("An award")))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO awards (award, title, status, awarded_on) VALUES (?, ?, ?, ?) RETURNING id"));
        bindAll(q, {award.award.trimmed(), award.title,
                    award.status == AwardRecord::Status::Held ? QStringLiteral("held") : QStringLiteral("in-progress"),
                    dateValue(award.date)});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot add the award"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Profile, id);
        return true;
    });
    return saved ? id : 0;
}

bool ProfileRepository::removeAward(qint64 id, bool removed)
{
    return m_db.transaction([&] {
        m_db.noteChange(PortfolioStore::Area::Profile, id);
        return m_db.markDeleted("awards", id, removed, removed ? tr("Cannot remove the award") : tr("Cannot restore the award"),
                                removed ? tr("There is no award %1.") : tr("There is no removed award %1 to restore."));
    });
}

} // namespace waymark::store
