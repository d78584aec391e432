#include "waymark/Pathway.h"

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace waymark {

void Pathway::reindex()
{
    m_index.clear();
    auto put = [this](const QString& id, Location loc) { m_index.insert(id, loc); };
    auto indexGroups = [&](const QList<Group>& groups, int stepIdx) {
        for (int g = 0; g < groups.size(); ++g) {
            put(groups[g].id, {Kind::Group, stepIdx, g});
            const auto& items = groups[g].items;
            for (int i = 0; i < items.size(); ++i) {
                put(items[i].id, {Kind::Item, stepIdx, g, i});
                for (int n = 0; n < items[i].indicators.size(); ++n)
                    put(items[i].indicators[n].id, {Kind::Indicator, stepIdx, g, i, n});
            }
        }
    };
    for (int s = 0; s < steps.size(); ++s) {
        put(steps[s].id, {Kind::Step, s});
        indexGroups(steps[s].groups, s);
        for (int l = 0; l < steps[s].learningOffers.size(); ++l)
            put(steps[s].learningOffers[l].id, {Kind::LearningOffer, s, l});
    }
    indexGroups(groups, -1);
    for (int i = 0; i < stages.size(); ++i) put(stages[i].id, {Kind::Stage, i});
    for (int i = 0; i < perspectives.size(); ++i) put(perspectives[i].id, {Kind::Perspective, i});
    for (int i = 0; i < awards.size(); ++i) put(awards[i].id, {Kind::Award, i});
    for (int i = 0; i < roleProfiles.size(); ++i) put(roleProfiles[i].id, {Kind::RoleProfile, i});
    for (int i = 0; i < transitions.size(); ++i) put(transitions[i].id, {Kind::Transition, i});
}

const Pathway::Location* Pathway::locate(const QString& id) const
{
    auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &it.value();
}

Pathway::Kind Pathway::kindOf(const QString& id) const
{
    const Location* loc = locate(id);
    return loc ? loc->kind : Kind::None;
}

const Group* Pathway::groupAt(const Location& loc) const
{
    return loc.a >= 0 ? &steps[loc.a].groups[loc.b] : &groups[loc.b];
}

const Step* Pathway::step(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Step ? &steps[loc->a] : nullptr;
}

const Group* Pathway::group(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Group ? groupAt(*loc) : nullptr;
}

const Item* Pathway::item(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Item ? &groupAt(*loc)->items[loc->c] : nullptr;
}

const Indicator* Pathway::indicator(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Indicator ? &groupAt(*loc)->items[loc->c].indicators[loc->d] : nullptr;
}

const Award* Pathway::award(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Award ? &awards[loc->a] : nullptr;
}

const RoleProfile* Pathway::roleProfile(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::RoleProfile ? &roleProfiles[loc->a] : nullptr;
}

const Transition* Pathway::transition(const QString& id) const
{
    const Location* loc = locate(id);
    return loc && loc->kind == Kind::Transition ? &transitions[loc->a] : nullptr;
}

const Transition* Pathway::transitionTo(const QString& stepId) const
{
    for (const Transition& t : transitions)
        if (t.to == stepId)
            return &t;
    return nullptr;
}

QList<ApprovalStage> Pathway::approvalFor(const QString& targetId) const
{
    if (const RoleProfile* profile = roleProfile(targetId))
        return profile->approval;
    const Transition* t = transitionTo(targetId);
    return t ? t->approval : QList<ApprovalStage>();
}

const QStringList& approvalRoles()
{
    static const QStringList roles{QStringLiteral("supervisor"), QStringLiteral("manager"), QStringLiteral("practice-assessor"),
                                   QStringLiteral("head-of-service"), QStringLiteral("director"), QStringLiteral("panel")};
    return roles;
}

QString approvalRoleTitle(const QString& role)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("supervisor"), QT_TRANSLATE_NOOP("Pathway", "Supervisor")},
        {QStringLiteral("manager"), QT_TRANSLATE_NOOP("Pathway", "Manager")},
        {QStringLiteral("practice-assessor"), QT_TRANSLATE_NOOP("Pathway", "Practice assessor")},
        {QStringLiteral("head-of-service"), QT_TRANSLATE_NOOP("Pathway", "Head of service")},
        {QStringLiteral("director"), QT_TRANSLATE_NOOP("Pathway", "Director")},
        {QStringLiteral("panel"), QT_TRANSLATE_NOOP("Pathway", "Panel")},
    };
    const char* title = titles.value(role);
    return title ? QCoreApplication::translate("Pathway", title) : role;
}

int Pathway::stageIndex(const QString& stageId) const
{
    const Location* loc = locate(stageId);
    return loc && loc->kind == Kind::Stage ? loc->a : -1;
}

int Pathway::stepIndex(const QString& stepId) const
{
    const Location* loc = locate(stepId);
    return loc && loc->kind == Kind::Step ? loc->a : -1;
}

const Item* Pathway::owningItem(const QString& id) const
{
    const Location* loc = locate(id);
    if (!loc || (loc->kind != Kind::Item && loc->kind != Kind::Indicator))
        return nullptr;
    return &groupAt(*loc)->items[loc->c];
}

const Step* Pathway::owningStep(const QString& id) const
{
    const Location* loc = locate(id);
    if (!loc || loc->a < 0)
        return nullptr;
    switch (loc->kind) {
    case Kind::Step:
    case Kind::Group:
    case Kind::Item:
    case Kind::Indicator:
    case Kind::LearningOffer:
        return &steps[loc->a];
    default:
        return nullptr;
    }
}

static void appendAssessable(const Item& item, QStringList& out)
{
    if (item.indicators.isEmpty()) {
        out << item.id;
        return;
    }
    for (const Indicator& ind : item.indicators)
        out << ind.id;
}

QStringList Pathway::assessableIds(const QString& scopeId) const
{
    QStringList out;
    const Location* loc = locate(scopeId);
    if (!loc)
        return out;
    switch (loc->kind) {
    case Kind::Step:
        for (const Group& g : steps[loc->a].groups)
            for (const Item& i : g.items)
                appendAssessable(i, out);
        break;
    case Kind::Group:
        for (const Item& i : groupAt(*loc)->items)
            appendAssessable(i, out);
        break;
    case Kind::Item:
        appendAssessable(groupAt(*loc)->items[loc->c], out);
        break;
    case Kind::Indicator:
        out << scopeId;
        break;
    default:
        break;
    }
    return out;
}

QStringList Pathway::allAssessableIds() const
{
    QStringList out;
    for (const Step& s : steps)
        out << assessableIds(s.id);
    for (const Group& g : groups)
        out << assessableIds(g.id);
    return out;
}

bool Pathway::needsEvidence(const QString& id) const
{
    const Item* i = kindOf(id) == Kind::Item ? item(id) : nullptr;
    return !i || !i->judgementOnly;
}

bool Pathway::reachedWithoutEvidence(const Judgement& judgement) const
{
    return judgement.signedOffWithoutEvidence() && needsEvidence(judgement.item.itemId);
}

QString Pathway::statementOf(const QString& id) const
{
    if (const Indicator* ind = indicator(id))
        return ind->statement;
    if (const Item* it = item(id))
        return it->statement.isEmpty() ? it->title : it->statement;
    return QString();
}

} // namespace waymark
