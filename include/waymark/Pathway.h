#pragma once

#include "waymark/Rule.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {

struct Judgement;

struct Stage { QString id, title, description; };
struct Perspective { QString id, title; };
struct Award { QString id, title; };
struct Attribute { QString label, value; };
struct LearningOffer { QString id, title, description; };

struct Indicator
{
    QString id, stage, perspective, statement;
};

// A requirement, competency or capability: the thing a supervisor judges "reached".
// A capability is judged through its indicators instead of as a whole.
struct Item
{
    QString id, title, statement;
    QList<Indicator> indicators;
    // Judged on facts the supervisor checks (years of experience, a post held), so "reached"
    // needs no evidence record.
    bool judgementOnly = false;

    QString displayTitle() const { return title.isEmpty() ? statement : title; }
};

struct Group
{
    QString id, title, description;
    QList<Item> items;
};

struct Step
{
    QString id, title, summary, description, objective;
    QList<Attribute> attributes;
    QList<Group> groups;
    QList<LearningOffer> learningOffers;
};

struct StageRequirement { QString item, stage; };

// One stage of the approval of a progression case, in the order the pathway declares them:
// a person holding role recommends (passing the case on) or, at the last stage, decides.
struct ApprovalStage
{
    QString role;  // one of approvalRoles()
    QString title; // as the source names the person or body: "Operational Director"
    bool decides = false;
};

// The roles an approval stage can name: "supervisor", "manager", "practice-assessor",
// "head-of-service", "director", "panel"; and each one's title ("Head of service").
const QStringList& approvalRoles();
QString approvalRoleTitle(const QString& role);

struct RoleProfile
{
    QString id, title, description;
    QList<StageRequirement> requirements;
    QList<ApprovalStage> approval;
};

// A rule or role-profile requirement that names another pathway's item
// ("pathway-id:item-id"). It can only be checked once every pathway is loaded
// (PathwayLibrary), so it keeps where in the file it was written.
struct CrossReference
{
    enum class Expect { Scope, Assessable, Award, Profile, Capability };
    QString ref;   // "pathway-id:item-id"
    QString stage; // Capability: the stage asked for, a stage of the other pathway
    Expect expect = Expect::Scope;
    QString pointer; // JSON pointer of the field
    int line = 0, column = 0;
};

struct Transition
{
    QString id, from, to, mechanism;
    QStringList process;
    std::optional<Rule> rule;
    QList<ApprovalStage> approval;
};

// A loaded, validated career pathway. Value type; lookups go through an id index
// of positions so that copies stay valid.
class Pathway
{
public:
    enum class Kind { None, Step, Group, Item, Indicator, LearningOffer, Award, Stage, Perspective, RoleProfile, Transition };

    QString id, version, title, publisher, summary, source;
    QString sourceFile; // where it was loaded from
    QStringList professions;
    QList<Stage> stages;
    QList<Perspective> perspectives;
    QList<Award> awards;
    QList<Step> steps;
    QList<Group> groups; // groups that belong to no step
    QList<RoleProfile> roleProfiles;
    QList<Transition> transitions;
    QList<CrossReference> crossReferences; // refs into other pathways, in file order

    // Rebuilds the id index; call after changing the lists.
    void reindex();

    Kind kindOf(const QString& id) const;
    const Step* step(const QString& id) const;
    const Group* group(const QString& id) const;
    const Item* item(const QString& id) const;
    const Indicator* indicator(const QString& id) const;
    const Award* award(const QString& id) const;
    const RoleProfile* roleProfile(const QString& id) const;
    const Transition* transition(const QString& id) const;
    const Transition* transitionTo(const QString& stepId) const;
    // The approval stages of a move to a step (its transition's) or a role profile; empty
    // when the pathway declares none.
    QList<ApprovalStage> approvalFor(const QString& targetId) const;
    int stageIndex(const QString& stageId) const; // -1 when unknown
    int stepIndex(const QString& stepId) const;   // -1 when unknown

    // The item that holds an indicator, or the item itself.
    const Item* owningItem(const QString& id) const;
    // The step an item, group or indicator belongs to, or nullptr.
    const Step* owningStep(const QString& id) const;

    // Ids that take judgements (items without indicators, and indicators) within a
    // step, group, item or indicator, in document order.
    QStringList assessableIds(const QString& scopeId) const;
    QStringList allAssessableIds() const;
    // Whether "reached" on an item or indicator must rest on evidence.
    bool needsEvidence(const QString& id) const;
    // A "reached" on one of this pathway's items that relied on no evidence although the item
    // needs some: shown as "without evidence" wherever it is shown.
    bool reachedWithoutEvidence(const Judgement& judgement) const;
    // Wording of an item or indicator as a worker reads it.
    QString statementOf(const QString& id) const;

private:
    struct Location { Kind kind = Kind::None; int a = -1, b = -1, c = -1, d = -1; };
    const Location* locate(const QString& id) const;
    const Group* groupAt(const Location& loc) const;
    QHash<QString, Location> m_index;
};

} // namespace waymark
