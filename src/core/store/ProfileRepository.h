#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// The worker: profile, role history and awards.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit ProfileRepository(Database& db) : m_db(db) {}

    Worker worker();
    bool saveWorker(const Worker& worker);
    QList<RoleRecord> roles();
    qint64 addRole(const RoleRecord& role);
    bool updateRole(const RoleRecord& role);
    bool removeRole(qint64 id, bool removed);
    QList<AwardRecord> awards();
    qint64 addAward(const AwardRecord& award);
    bool removeAward(qint64 id, bool removed);

private:
    bool checkRole(const RoleRecord& role);

    Database& m_db;
};

} // namespace waymark::store
