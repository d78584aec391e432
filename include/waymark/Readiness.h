#pragma once

#include "waymark/Pathway.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Rule.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace waymark {

class PathwayLibrary;

enum class Outcome { Met, NotMet, Unknown };
QString outcomeId(Outcome outcome); // "met", "not-met", "unknown"

struct LearningSuggestion
{
    QString pathwayId;
    QString offerId;
    QString title;
    QString stepTitle; // the step that offers it
};

// An item signed off as reached whose evidence changed since: it counts again once re-confirmed.
struct Reconfirmation
{
    ItemRef item;
    QString statement;
    QString signedOffBy;
    QString signedOffRole;
    QDate signedOffOn;
};

// Why an item still stands in the way: what closes the gap differs (evidence or a signature).
enum class Gap {
    NeedsEvidence,   // no evidence yet, or less than the rule asks for
    JudgedNotYet,    // a supervisor judged it not yet reached: more practice and evidence
    NotSignedOff,    // evidence recorded, not yet marked ready for review or signed off
    AwaitingSignOff, // marked ready for review
    AwaitingJudgement, // judged on facts (years qualified, a post held): needs no evidence, only a judgement
    Reconfirm,       // signed off, but the evidence it relied on changed since
};
QString gapTitle(Gap gap); // "Missing evidence", "Awaiting sign-off", ...
// Whether more evidence closes the gap, so that learning offers can help; a missing
// signature is closed by a supervisor, not by a course.
bool gapNeedsEvidence(Gap gap);

// One evaluated node; mirrors the rule it came from.
struct ReadinessNode
{
    Rule::Type type = Rule::Type::All;
    Outcome outcome = Outcome::Unknown;
    QString sentence;              // a plain sentence a worker understands
    QStringList details;           // further plain lines: what is missing, what is pending
    QList<ItemRef> missingItems;   // items or indicators still to be reached or evidenced
    QList<Gap> gaps;               // why each of missingItems is missing, in the same order
    // Time-based checks: the date it is or will be met. A rule not met yet: the date time alone
    // will meet it, when nothing else stands in the way (invalid otherwise).
    QDate metOn;
    // A detail of the profile the rule cannot be judged without (its outcome is Unknown).
    enum class MissingDetail { None, QualifiedDate, Roles };
    MissingDetail missing = MissingDetail::None;
    QList<Reconfirmation> reconfirm; // items here that need re-confirming
    QList<LearningSuggestion> suggestions; // only for missing items that need evidence
    QList<ReadinessNode> children;
};

struct ReadinessReport
{
    enum class Verdict { Ready, NotYet, Unknown };
    Verdict verdict = Verdict::Unknown;
    QString pathwayId;
    QString targetId;    // a step or a role profile
    QString targetTitle;
    QString summary;     // one sentence on the verdict
    ReadinessNode root;
    QList<LearningSuggestion> suggestions; // every suggestion of the tree, once each
    QDate earliestDate;  // when the last time-based check will be met, if that is what remains
    QList<Reconfirmation> reconfirm; // every item of the tree that needs re-confirming, once each
    QString error;       // set when the target could not be evaluated at all
};
// Where one capability with staged indicators stands (SSSC: engaged, established, ...).
struct CapabilityStage
{
    QString pathwayId;
    QString capabilityId;
    QString title;
    int stage = -1;     // index into the pathway's stages; -1: below the first stage
    int nextStage = -1; // -1: already at the highest stage
    QList<ItemRef> missingForNext; // indicators still to reach for the next stage, in file order
};

QString readinessVerdictId(ReadinessReport::Verdict verdict); // "ready", "not-yet", "unknown"
QString readinessVerdictTitle(ReadinessReport::Verdict verdict); // "Ready", "Not yet", "Unknown"

// Judges readiness from the rules declared in pathway files. The clock is injected
// (today) so that time-based checks are testable.
class ReadinessEngine
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessEngine)

public:
    ReadinessEngine(const PathwayLibrary& library, const QDate& today);

    // Readiness for a step: the rule of the transition into it, or, where the pathway
    // declares none, every item of the step reached.
    ReadinessReport evaluateStep(const PortfolioFacts& facts, const QString& pathwayId, const QString& stepId) const;
    ReadinessReport evaluateRoleProfile(const PortfolioFacts& facts, const QString& pathwayId, const QString& profileId) const;
    // Readiness for a target of a pathway, a step or a role profile (ids are unique within a
    // pathway). An empty target is the step after the worker's current one, or the first role
    // profile of a pathway without steps.
    ReadinessReport evaluateTargetOf(const PortfolioFacts& facts, const QString& pathwayId, const QString& targetId) const;
    // The worker's target (a step or a role profile), or the step after their current one.
    ReadinessReport evaluateTarget(const PortfolioFacts& facts) const;

    // Every capability of the pathway that has staged indicators, with its stage and what
    // is missing for the next one.
    static QList<CapabilityStage> capabilityStages(const Pathway& pathway, const PortfolioFacts& facts);
    // The pathways whose stages matter to this worker, in library order: those with staged
    // capabilities that are their own pathway, that their pathway's rules or role profiles
    // name, or that have evidence or judgements in the portfolio.
    QStringList stagedPathwaysInUse(const PortfolioFacts& facts) const;

    // The stage a capability has reached (progressive), or -1 for none.
    static int stageReached(const Pathway& pathway, const Item& capability, const PortfolioFacts& facts);
    // Signed off as reached, on evidence that has not changed since.
    static bool isReached(const ItemFacts* item);
    static bool isReached(const PortfolioFacts& facts, const ItemRef& ref) { return isReached(facts.item(ref)); }
    // Signed off as reached, but the evidence it relied on changed since.
    static bool needsReconfirming(const ItemFacts* item);
    static bool needsReconfirming(const PortfolioFacts& facts, const ItemRef& ref) { return needsReconfirming(facts.item(ref)); }
    // Why an item that is not reached is not (meaningless for a reached one). evidenceNeeded:
    // Pathway::needsEvidence; a judgement-only item never lacks evidence.
    static Gap gapOf(const ItemFacts* item, bool evidenceNeeded);

private:
    class Evaluation;
    ReadinessReport finish(ReadinessReport report) const;

    const PathwayLibrary& m_library;
    QDate m_today;
};

QJsonObject readinessToJson(const ReadinessReport& report);
// A report as readinessToJson wrote it (a case snapshot's verdict): what it printed, read back.
// A node's gaps and suggestions, which it does not write, stay empty.
ReadinessReport readinessFromJson(const QJsonObject& json);
// "Below engaged", "Engaged", ...: the stage at an index of capabilityStages().
QString stageTitle(const Pathway& pathway, int stage);
QJsonObject capabilityStagesToJson(const Pathway& pathway, const QList<CapabilityStage>& stages);
QString describeReadiness(const ReadinessReport& report);

} // namespace waymark
