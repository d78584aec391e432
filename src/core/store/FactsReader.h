#pragma once

#include "waymark/PortfolioStore.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;
class JudgementRepository;
class ProfileRepository;

// Everything the rules engine needs, read in a few queries. It never gives partial facts: a
// read that fails throws, so no verdict is made on half a portfolio.
class FactsReader
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    FactsReader(Database& db, ProfileRepository& profile, JudgementRepository& judgements)
        : m_db(db), m_profile(profile), m_judgements(judgements)
    {
    }

    // withEvidence false: the judgements and profile only, evidence counts left at zero.
    PortfolioFacts facts(const QDate& asOf, bool withEvidence = true);

private:
    void readEvidenceCounts(PortfolioFacts& facts);
    void readEvidenceAsOf(PortfolioFacts& facts, const QDate& asOf);

    Database& m_db;
    ProfileRepository& m_profile;
    JudgementRepository& m_judgements;
};

} // namespace waymark::store
