#pragma once

#include "waymark/PortfolioTypes.h"
#include "waymark/Readiness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace waymark {

class PathwayLibrary;

// One thing to do next towards the target, with the items it is about. The desktop turns
// each into a button; the CLI prints them.
struct NextStep
{
    enum class Kind {
        Reconfirm,          // signed off, evidence changed since: a supervisor re-confirms
        AskSignOff,         // marked ready for review: a supervisor signs off
        AskJudgement,       // judged on the facts, no evidence needed: a supervisor judges
        MarkReadyForReview, // evidence recorded, not yet put forward
        AddEvidence,        // no evidence, or a "not yet" that asks for more
        AddQualifiedDate,   // a post-qualifying rule cannot be judged without it
        AddRoles,           // a rule on roles held cannot be judged without the role history
        AddAward,           // an award (held or in progress) is asked for and none is recorded
        ChoosePathway,      // nothing can be judged without a pathway
        ExportForPanel,     // ready: the panel's PDF is what remains
    };
    Kind kind = Kind::AddEvidence;
    QString text;         // "Ask Priya Shah to sign off Chairs child protection conferences"
    QList<ItemRef> items; // the items it is about, first the one its text names
};

QString nextStepKindId(NextStep::Kind kind); // "reconfirm", "ask-sign-off", ...

// What to do next, most immediate first: from the verdict on the worker's target and the
// worker's profile (whose supervisor to ask). Each kind appears once, naming its first item
// and how many more there are. Only what stands in the way counts: nothing under a part of
// the rule that is met (an unmet alternative beside a met one).
QList<NextStep> nextSteps(const ReadinessReport& report, const PortfolioFacts& facts, const PathwayLibrary& library);

QJsonArray nextStepsToJson(const QList<NextStep>& steps);

} // namespace waymark
