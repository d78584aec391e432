#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// The anonymisation check's list of names and the worker's decision on each finding.
class AnonymisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit AnonymisationRepository(Database& db) : m_db(db) {}

    QStringList privateNames();
    bool setPrivateNames(const QStringList& names);
    bool decideFinding(const QString& record, int recordVersion, const QString& findingKey, FindingDecision decision);
    QList<FindingDecisionRecord> findingDecisions();

private:
    Database& m_db;
};

} // namespace waymark::store
