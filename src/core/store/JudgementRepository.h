#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

#include <optional>

namespace waymark {
class Pathway;
}

namespace waymark::store {

class ChainRepository;
class Database;
class EvidenceRepository;

// Supervisors' judgements: append-only, each with the evidence (and its version) it relied on.
class JudgementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    JudgementRepository(Database& db, EvidenceRepository& evidence, ChainRepository& chain)
        : m_db(db), m_evidence(evidence), m_chain(chain) {}

    qint64 record(const Judgement& judgement, const Pathway& pathway, const QList<qint64>& evidenceIds);
    QList<qint64> recordAll(const QList<Judgement>& judgements, const Pathway& pathway, const QList<qint64>& evidenceIds);
    qint64 reconfirm(const ItemRef& item, const Judgement& by, const Pathway& pathway);
    QList<Judgement> forItem(const ItemRef& item, JudgementOrder order);
    // The judgements that count as of asOf (today when invalid), without their evidence lists,
    // by date: per item, the current one of any verdict and the current decision.
    QList<Judgement> counting(const QDate& asOf);

private:
    // Judgements matching where; with evidence, the list of evidence each relied on too
    // (evidenceChanged, reliedOnCount and counts are set either way). With asOf, they are
    // as on that day.
    QList<Judgement> read(const QString& where, const QVariantList& binds, bool withEvidence, JudgementOrder order,
                          const QDate& asOf);
    bool checkJudgeable(const Judgement& j, const Pathway& pathway);

    Database& m_db;
    EvidenceRepository& m_evidence;
    ChainRepository& m_chain;
};

} // namespace waymark::store
