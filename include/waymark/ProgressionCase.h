#pragma once

#include "waymark/Pathway.h"

#include <QByteArray>
#include <QJsonArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace waymark {

// Who acts on a case. In team mode the server says who is signed in; in personal mode the
// person types their name and role, and the record says they were not signed in.
struct CaseActor
{
    QString name;
    QString role; // an approvalRoles() id for a decision; "worker" for the worker's own actions
    bool signedIn = false;

    // "Kim Lee (Head of service, not signed in)"
    QString describe() const;
};

// What happens to a case: the worker submits or withdraws it; each approval stage recommends,
// approves, refers it back (with reasons) or declines it (with reasons).
enum class CaseAction { Submit, Recommend, Approve, ReferBack, Decline, Withdraw };
QString caseActionId(CaseAction action);    // "submit", "recommend", "approve", "refer-back", "decline", "withdraw"
QString caseActionTitle(CaseAction action); // "Submitted", "Recommended", ...
QString caseActionVerb(CaseAction action);  // "Submit", "Recommend", ...: the action to choose
bool caseActionFromId(const QString& id, CaseAction* action);
// The actions a stage can take, as ids: "recommend", "approve", "refer-back", "decline".
const QStringList& caseDecisionIds();
// What the stage can decide: recommend (a stage before the last) or approve (the last), and
// refer back or decline.
QList<CaseAction> decisionsAt(const ApprovalStage& stage);

// Approval stages as the pathway file writes them: [{"role", "title", "action"}].
QJsonArray approvalToJson(const QList<ApprovalStage>& stages);
QList<ApprovalStage> approvalFromJson(const QJsonArray& array);

enum class CaseStatus { Open, ReferredBack, Approved, Declined, Withdrawn };
QString caseStatusId(CaseStatus status);    // "open", "referred-back", "approved", "declined", "withdrawn"
QString caseStatusTitle(CaseStatus status); // "Open", "Referred back", ...

// One record of a case's history; never changed once recorded.
struct CaseEvent
{
    qint64 id = 0;
    CaseAction action = CaseAction::Submit;
    int stage = -1; // the approval stage acted at (0-based); -1 for the worker's own actions
    CaseActor by;
    QString reason;
    QDateTime at;
    qint64 snapshotId = 0; // Submit: the snapshot frozen for it
};

// What the approvers see: the portfolio as it was when the case was (re)submitted, frozen.
struct CaseSnapshot
{
    qint64 id = 0;
    QByteArray content; // canonical JSON (docs/progression-case.md)
    QString sha256;     // of content, hex
    QDateTime frozenAt;
};

// A progression case for one target (a step or a role profile) of a pathway.
struct ProgressionCase
{
    qint64 id = 0;
    QString pathwayId;
    QString targetId;
    QString targetTitle;
    QList<ApprovalStage> stages; // frozen with the latest submission
    QList<CaseEvent> events;     // oldest first
    CaseSnapshot snapshot;       // the latest

    // Derived from the events, decided here once.
    CaseStatus status() const;
    // The stage whose action is awaited while the case is open, else -1.
    int awaitedStage() const;
    // "Awaits the Manager (stage 1 of 3)", "Referred back: awaits resubmission", "Approved".
    QString describeStatus() const;
    // The events since the latest submission: the decisions the current snapshot has had.
    QList<CaseEvent> currentRound() const;
    // Every round, oldest first: a submission and what the stages did with it (a case referred
    // back and resubmitted has more than one).
    QList<QList<CaseEvent>> rounds() const;
};

// One record of the hash chain over judgements and case events that does not check out.
struct ChainBreak
{
    QString record;  // "judgement:7", "case-event:3", "snapshot:2"
    QString problem; // a sentence naming the record and what is wrong
};

// What recomputing the chain found: each record's SHA-256 covers its content and the hash
// before it, so a record changed, removed or slipped in behind Waymark's back shows here.
struct ChainReport
{
    int length = 0; // records in the chain
    QString head;   // the last record's hash; empty for an empty chain
    QList<ChainBreak> breaks;

    bool intact() const { return breaks.isEmpty(); }
};

} // namespace waymark
