#pragma once

#include "waymark/ProgressionCase.h"

#include <QCoreApplication>

#include <optional>

namespace waymark::store {

class ChainRepository;
class Database;

// Progression cases: append-only cases, frozen snapshots and events. The rules of who may do
// what, and when, are checked here, inside the user action that records it.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    CaseRepository(Database& db, ChainRepository& chain) : m_db(db), m_chain(chain) {}

    // The target's title and approval stages, or false (and why) when no case can go to it.
    bool checkTarget(const Pathway& pathway, const QString& targetId, QString* title, QList<ApprovalStage>* stages);
    // A new case, or a resubmission of the target's case that was referred back. Returns its id.
    qint64 submit(const Pathway& pathway, const QString& targetId, const QByteArray& snapshot, const CaseActor& by);
    bool decide(qint64 caseId, CaseAction action, const QString& reason, const CaseActor& by);
    bool withdraw(qint64 caseId, const CaseActor& by);
    QList<ProgressionCase> list();
    // Nothing, with lastError() NotFound, when there is no such case.
    std::optional<ProgressionCase> find(qint64 id);
    // The case whose snapshot has this SHA-256, and that snapshot.
    std::optional<std::pair<ProgressionCase, CaseSnapshot>> findSnapshot(const QString& sha256);

private:
    // find() inside a change: a read that fails is the change's error, not a throw.
    std::optional<ProgressionCase> findForChange(qint64 id);
    QList<ProgressionCase> read(const QString& where, const QVariantList& binds);
    qint64 insertEvent(qint64 caseId, CaseAction action, int stage, const CaseActor& by, const QString& reason, qint64 snapshotId);
    bool checkActor(const CaseActor& by);

    Database& m_db;
    ChainRepository& m_chain;
};

} // namespace waymark::store
