#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// On a team server: the portfolios assigned to the signed-in person.
class TeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit TeamRepository(Database& db) : m_db(db) {}

    QList<AssignedPortfolio> assigned();

private:
    Database& m_db;
};

} // namespace waymark::store
