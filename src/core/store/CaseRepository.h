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
    // "worker" and the approvalRoles() the person acting may act in on this portfolio's cases: in
    // a file all of them (the person says who they are); on a team server those the team gives
    // the signed-in person on this portfolio.
    QStringList actingRoles();

private:
    // find() inside a change: a read that fails is the change's error, not a throw.
    std::optional<ProgressionCase> findForChange(qint64 id);
    QList<ProgressionCase> read(const QString& where, const QVariantList& binds);
    qint64 insertEvent(qint64 caseId, CaseAction action, int stage, const CaseActor& by, const QString& reason, qint64 snapshotId);
    // Who records the action: in a file, by as typed; on a team server the signed-in person,
    // named as the team knows them, in role, which the team must give them on this portfolio.
    std::optional<CaseActor> actor(const CaseActor& by, const QString& role);

    Database& m_db;
    ChainRepository& m_chain;
};

} // namespace waymark::store
