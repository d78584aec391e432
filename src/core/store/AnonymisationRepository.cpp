#include "AnonymisationRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSet>
#include <QSqlQuery>

namespace waymark::store {

QStringList AnonymisationRepository::privateNames()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM private_names ORDER BY name")))
        m_db.throwQuery(q, tr("Cannot read the list of names"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool AnonymisationRepository::setPrivateNames(const QStringList& names)
{
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM private_names")))
            return m_db.failQuery(q, tr("Cannot save the list of names"));
        QSet<QString> seen;
        for (const QString& raw : names) {
            const QString name = raw.simplified();
            if (name.isEmpty() || seen.contains(name.toLower()))
                continue;
            seen.insert(name.toLower());
            q.prepare(QStringLiteral("INSERT INTO private_names (name) VALUES (?)"));
            bind(q, name);
            if (!q.exec())
                return m_db.failQuery(q, tr("Cannot save the list of names"));
        }
        m_db.noteChange(PortfolioStore::Area::Anonymisation);
        return true;
    });
}

bool AnonymisationRepository::decideFinding(const QString& record, int recordVersion, const QString& findingKey,
                                            FindingDecision decision)
{
    return m_db.transaction([&] {
        // One decision per finding and record: the new one replaces any earlier one.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM finding_decisions WHERE record = ? AND finding = ?"));
        bindAll(q, {record, findingKey});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot record the decision"));
        const bool redact = decision == FindingDecision::Redact;
        q.prepare(QStringLiteral("INSERT INTO finding_decisions (record, record_version, finding, decision, decided_at) VALUES (?, ?, ?, ?, ?)"));
        bindAll(q, {record, redact ? 0 : recordVersion, findingKey, redact ? QStringLiteral("redact") : QStringLiteral("keep"),
                    nowText()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot record the decision"));
        m_db.noteChange(PortfolioStore::Area::Anonymisation);
        return true;
    });
}

QList<FindingDecisionRecord> AnonymisationRepository::findingDecisions()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT record, record_version, finding, decision FROM finding_decisions")))
        m_db.throwQuery(q, tr("Cannot read the decisions on findings"));
    QList<FindingDecisionRecord> out;
    while (q.next())
        out << FindingDecisionRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                                     q.value(3).toString() == QLatin1String("redact") ? FindingDecision::Redact : FindingDecision::Keep};
    return out;
}

} // namespace waymark::store
