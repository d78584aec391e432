#pragma once

#include "waymark/Pathway.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Rule.h"

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

// One evaluated node; mirrors the rule it came from.
struct ReadinessNode
{
    Rule::Type type = Rule::Type::All;
    Outcome outcome = Outcome::Unknown;
    QString sentence;              // a plain sentence a worker understands
    QStringList details;           // further plain lines: what is missing, what is pending
    QList<ItemRef> missingItems;   // items or indicators still to be reached or evidenced
    // Time-based checks: the date it is or will be met. A rule not met yet: the date time alone
    // will meet it, when nothing else stands in the way (invalid otherwise).
    QDate metOn;
    QList<Reconfirmation> reconfirm; // items here that need re-confirming
    QList<LearningSuggestion> suggestions;
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
QString readinessVerdictId(ReadinessReport::Verdict verdict); // "ready", "not-yet", "unknown"
QString readinessVerdictTitle(ReadinessReport::Verdict verdict); // "Ready", "Not yet", "Unknown"

// Judges readiness from the rules declared in pathway files. The clock is injected
// (today) so that time-based checks are testable.
class ReadinessEngine
{
public:
    ReadinessEngine(const PathwayLibrary& library, const QDate& today);

    // Readiness for a step: the rule of the transition into it, or, where the pathway
    // declares none, every item of the step reached.
    ReadinessReport evaluateStep(const PortfolioFacts& facts, const QString& pathwayId, const QString& stepId) const;
    ReadinessReport evaluateRoleProfile(const PortfolioFacts& facts, const QString& pathwayId, const QString& profileId) const;
    // The worker's target step, or the step after their current one.
    ReadinessReport evaluateTarget(const PortfolioFacts& facts) const;

    // The stage a capability has reached (progressive), or -1 for none.
    static int stageReached(const Pathway& pathway, const Item& capability, const PortfolioFacts& facts);
    // Signed off as reached, on evidence that has not changed since.
    static bool isReached(const PortfolioFacts& facts, const ItemRef& ref);
    // Signed off as reached, but the evidence it relied on changed since.
    static bool needsReconfirming(const PortfolioFacts& facts, const ItemRef& ref);

private:
    class Evaluation;
    ReadinessReport finish(ReadinessReport report) const;

    const PathwayLibrary& m_library;
    QDate m_today;
};

QJsonObject readinessToJson(const ReadinessReport& report);
QString describeReadiness(const ReadinessReport& report);

} // namespace waymark
