#include "SessionRepository.h"

#include "Database.h"
#include "ItemLinks.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

qint64 SessionRepository::addComment(const Comment& c)
{
    if (c.text.trimmed().isEmpty() || c.author.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("A comment needs an author and some text.")), 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO comments (pathway_id, item_id, author, author_role, body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {c.item.pathwayId, c.item.itemId, c.author.trimmed(), c.authorRole.trimmed(), c.text, nowText()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the comment"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Comments, id);
        return true;
    });
    return saved ? id : 0;
}

QList<Comment> SessionRepository::comments(const ItemRef& item)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    const QString columns = QStringLiteral("SELECT id, pathway_id, item_id, author, author_role, body, created_at FROM comments");
    if (item.itemId.isEmpty()) {
        q.prepare(columns + QStringLiteral(" ORDER BY id"));
    } else {
        q.prepare(columns + QStringLiteral(" WHERE pathway_id = ? AND item_id = ? ORDER BY id"));
        bindAll(q, {item.pathwayId, item.itemId});
    }
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the comments"));
    QList<Comment> out;
    while (q.next())
        out << Comment{q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()}, q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), timeFrom(q.value(6))};
    return out;
}

bool SessionRepository::checkSession(const SupervisionSession& s)
{
    if (!s.date.isValid() || s.supervisor.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("A supervision session needs a date and a supervisor."));
    return m_db.checkNotFuture(s.date, tr("A supervision session"));
}

// On a server a session that someone else's sign-off cites is that author's record too: the
// server refuses anyone else's change (format 3); this says whose it is.
bool SessionRepository::checkNotCitedByOthers(qint64 sessionId)
{
    if (!m_db.isServer())
        return true;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT by_name FROM judgements WHERE session_id = ? AND by_login NOT IN ('', session_user::text)"
                                            " ORDER BY id LIMIT 1"));
    bind(q, sessionId);
    if (!q.exec())
        return m_db.failQuery(q, tr("Cannot save the session"));
    if (!q.next())
        return true;
    const QString author = q.value(0).toString();
    q.finish();
    return m_db.fail(StoreError::Code::NotAllowed,
                     tr("%1's sign-off cites this supervision session: only %1 can change it.").arg(author));
}

qint64 SessionRepository::addSession(const SupervisionSession& s)
{
    if (!checkSession(s))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO sessions (held_on, supervisor, supervisor_role, notes) VALUES (?, ?, ?, ?) RETURNING id"));
        bindAll(q, {dateValue(s.date), s.supervisor.trimmed(), s.supervisorRole.trimmed(), s.notes});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the session"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Sessions, id);
        return writeItemLinks(m_db, "session_items", id, s.itemsDiscussed);
    });
    return saved ? id : 0;
}

bool SessionRepository::updateSession(const SupervisionSession& s)
{
    if (!checkSession(s))
        return false;
    return m_db.transaction([&] {
        if (!checkNotCitedByOthers(s.id))
            return false;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE sessions SET held_on = ?, supervisor = ?, supervisor_role = ?, notes = ? WHERE id = ?"));
        bindAll(q, {dateValue(s.date), s.supervisor.trimmed(), s.supervisorRole.trimmed(), s.notes, s.id});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the session"));
        if (q.numRowsAffected() != 1)
            return m_db.fail(StoreError::Code::NotFound, tr("There is no session %1.").arg(s.id));
        m_db.noteChange(PortfolioStore::Area::Sessions, s.id);
        return writeItemLinks(m_db, "session_items", s.id, s.itemsDiscussed);
    });
}

QList<SupervisionSession> SessionRepository::sessions()
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, held_on, supervisor, supervisor_role, notes FROM sessions ORDER BY held_on, id")))
        m_db.throwQuery(q, tr("Cannot read the sessions"));
    QList<SupervisionSession> out;
    while (q.next())
        out << SupervisionSession{q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), {}};
    for (SupervisionSession& s : out)
        s.itemsDiscussed = readItemLinks(m_db, "session_items", s.id);
    return out;
}

} // namespace waymark::store
