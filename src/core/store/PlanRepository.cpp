#include "PlanRepository.h"

#include "Database.h"
#include "ItemLinks.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

qint64 PlanRepository::addPlanItem(const PlanItem& p)
{
    if (p.activity.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("A learning plan item needs an activity.")), 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO plan_items (activity, learning_offer, target_on, status) VALUES (?, ?, ?, ?) RETURNING id"));
        bindAll(q, {p.activity.trimmed(), p.learningOffer, dateValue(p.targetDate), planStatusId(p.status)});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the learning plan item"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Plan, id);
        return writeItemLinks(m_db, "plan_item_links", id, p.linkedItems);
    });
    return saved ? id : 0;
}

bool PlanRepository::updatePlanItem(const PlanItem& p)
{
    if (p.activity.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("A learning plan item needs an activity."));
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE plan_items SET activity = ?, learning_offer = ?, target_on = ?, status = ?"
                                 " WHERE id = ? AND deleted_at IS NULL"));
        bindAll(q, {p.activity.trimmed(), p.learningOffer, dateValue(p.targetDate), planStatusId(p.status), p.id});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the learning plan item"));
        if (q.numRowsAffected() != 1)
            return m_db.fail(StoreError::Code::NotFound, tr("There is no learning plan item %1.").arg(p.id));
        m_db.noteChange(PortfolioStore::Area::Plan, p.id);
        return writeItemLinks(m_db, "plan_item_links", p.id, p.linkedItems);
    });
}

bool PlanRepository::removePlanItem(qint64 id, bool removed)
{
    return m_db.transaction([&] {
        m_db.noteChange(PortfolioStore::Area::Plan, id);
        return m_db.markDeleted("plan_items", id, removed,
                                removed ? tr("Cannot remove the learning plan item") : tr("Cannot restore the learning plan item"),
                                removed ? tr("There is no learning plan item %1.")
                                        : tr("There is no removed learning plan item %1 to restore."));
    });
}

QList<PlanItem> PlanRepository::planItems()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, activity, learning_offer, target_on, status FROM plan_items WHERE deleted_at IS NULL"
                               " ORDER BY target_on IS NULL, target_on, id")))
        m_db.throwQuery(q, tr("Cannot read the learning plan"));
    QList<PlanItem> out;
    while (q.next()) {
        PlanItem p;
        p.id = q.value(0).toLongLong();
        p.activity = q.value(1).toString();
        p.learningOffer = q.value(2).toString();
        p.targetDate = dateFrom(q.value(3));
        planStatusFromId(q.value(4).toString(), &p.status);
        out << p;
    }
    for (PlanItem& p : out)
        p.linkedItems = readItemLinks(m_db, "plan_item_links", p.id);
    return out;
}

bool PlanRepository::checkCpdEntry(const CpdEntry& c)
{
    if (!c.date.isValid() || c.activity.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("A CPD entry needs a date and an activity."));
    if (c.hours < 0 || c.hours > 1000)
        return m_db.fail(StoreError::Code::Invalid, tr("CPD hours must be between 0 and 1000."));
    return true;
}

qint64 PlanRepository::addCpdEntry(const CpdEntry& c)
{
    if (!checkCpdEntry(c))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO cpd_entries (done_on, activity, hours, notes, evidence_id, cpd_type, relevance, learnt,"
                                 " impact_practice, impact_people, peer_reflection, learning_element)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {dateValue(c.date), c.activity.trimmed(), c.hours, c.notes, idOrNull(c.evidenceId), c.type.trimmed(), c.relevance,
                    c.learnt, c.impactPractice, c.impactPeople, c.peerReflection, c.learningElement.trimmed()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the CPD entry"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Cpd, id);
        return true;
    });
    return saved ? id : 0;
}

bool PlanRepository::updateCpdEntry(const CpdEntry& c)
{
    if (!checkCpdEntry(c))
        return false;
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE cpd_entries SET done_on = ?, activity = ?, hours = ?, notes = ?, evidence_id = ?, cpd_type = ?,"
                                 " relevance = ?, learnt = ?, impact_practice = ?, impact_people = ?, peer_reflection = ?,"
                                 " learning_element = ? WHERE id = ? AND deleted_at IS NULL"));
        bindAll(q, {dateValue(c.date), c.activity.trimmed(), c.hours, c.notes, idOrNull(c.evidenceId), c.type.trimmed(), c.relevance,
                    c.learnt, c.impactPractice, c.impactPeople, c.peerReflection, c.learningElement.trimmed(), c.id});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the CPD entry"));
        if (q.numRowsAffected() != 1)
            return m_db.fail(StoreError::Code::NotFound, tr("There is no CPD entry %1.").arg(c.id));
        m_db.noteChange(PortfolioStore::Area::Cpd, c.id);
        return true;
    });
}

bool PlanRepository::removeCpdEntry(qint64 id, bool removed)
{
    return m_db.transaction([&] {
        m_db.noteChange(PortfolioStore::Area::Cpd, id);
        return m_db.markDeleted("cpd_entries", id, removed, removed ? tr("Cannot remove the CPD entry") : tr("Cannot restore the CPD entry"),
                                removed ? tr("There is no CPD entry %1.") : tr("There is no removed CPD entry %1 to restore."));
    });
}

QList<CpdEntry> PlanRepository::cpdEntries()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, done_on, activity, hours, notes, evidence_id, cpd_type, relevance, learnt, impact_practice,"
                               " impact_people, peer_reflection, learning_element FROM cpd_entries WHERE deleted_at IS NULL"
                               " ORDER BY done_on, id")))
        m_db.throwQuery(q, tr("Cannot read the CPD log"));
    QList<CpdEntry> out;
    while (q.next())
        out << CpdEntry{q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toDouble(),
                        q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                        q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                        q.value(12).toString()};
    return out;
}

} // namespace waymark::store
