#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// Supervision: the sessions held and the comments made on items.
class SessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    qint64 addComment(const Comment& comment);
    QList<Comment> comments(const ItemRef& item);
    qint64 addSession(const SupervisionSession& session);
    bool updateSession(const SupervisionSession& session);
    QList<SupervisionSession> sessions();

private:
    bool checkSession(const SupervisionSession& session);
    bool checkNotCitedByOthers(qint64 sessionId);

    Database& m_db;
};

} // namespace waymark::store
