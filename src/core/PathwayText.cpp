#include "waymark/PathwayText.h"

namespace waymark {

namespace {

QString pad(int indent)
{
    return QString(indent * 2, QLatin1Char(' '));
}

void writeItems(const Pathway& pathway, const Group& group, int indent, QStringList& out)
{
    out << pad(indent) + group.title + QLatin1Char(':');
    for (const Item& item : group.items) {
        out << pad(indent + 1) + QStringLiteral("[%1] %2").arg(item.id, item.displayTitle());
        if (!item.title.isEmpty() && !item.statement.isEmpty())
            out << pad(indent + 2) + item.statement;
        for (const Stage& stage : pathway.stages) {
            QStringList lines;
            for (const Indicator& ind : item.indicators)
                if (ind.stage == stage.id) {
                    const Perspective* who = nullptr;
                    for (const Perspective& p : pathway.perspectives)
                        if (p.id == ind.perspective)
                            who = &p;
                    lines << pad(indent + 3) + QStringLiteral("[%1] %2%3").arg(ind.id, who ? who->title + QStringLiteral(": ") : QString(), ind.statement);
                }
            if (!lines.isEmpty())
                out << pad(indent + 2) + stage.title + QLatin1Char(':') << lines;
        }
    }
}

// "Approval: Manager (manager) recommends -> ... -> Operational Director (director) decides".
QStringList approvalText(const QList<ApprovalStage>& stages)
{
    if (stages.isEmpty())
        return {};
    QStringList steps;
    for (const ApprovalStage& a : stages)
        steps << QStringLiteral("%1 (%2) %3").arg(a.title, a.role, a.decides ? QStringLiteral("decides") : QStringLiteral("recommends"));
    return {pad(1) + QStringLiteral("Approval: ") + steps.join(QStringLiteral(" -> "))};
}

} // namespace

QString describeRule(const Rule& rule, int indent)
{
    QString head;
    switch (rule.type) {
    case Rule::Type::All: head = QStringLiteral("all of:"); break;
    case Rule::Type::Any: head = QStringLiteral("any of:"); break;
    case Rule::Type::AtLeast: head = QStringLiteral("at least %1 of:").arg(rule.count); break;
    case Rule::Type::Reached: head = QStringLiteral("reached: %1").arg(rule.ref); break;
    case Rule::Type::AllReached: head = QStringLiteral("every item reached in %1").arg(rule.ref); break;
    case Rule::Type::Evidence:
        head = QStringLiteral("at least %1 evidence item(s) per item of %2").arg(rule.perItem).arg(rule.ref);
        if (rule.distinctSources > 0)
            head += QStringLiteral(", from %1 different sources").arg(rule.distinctSources);
        break;
    case Rule::Type::Experience:
        head = QStringLiteral("%1 years of %2 experience").arg(rule.years).arg(Rule::measureName(rule.measure));
        break;
    case Rule::Type::Award:
        head = QStringLiteral("award held: %1%2").arg(rule.awards.join(QStringLiteral(" or ")),
                                                     rule.allowInProgress ? QStringLiteral(" (or in progress)") : QString());
        break;
    case Rule::Type::Stage: head = QStringLiteral("%1 at stage %2").arg(rule.ref, rule.stage); break;
    case Rule::Type::RoleProfile: head = QStringLiteral("role profile met: %1").arg(rule.ref); break;
    }
    QStringList out;
    out << pad(indent) + (rule.label.isEmpty() ? head : rule.label + QStringLiteral(" (") + head + QLatin1Char(')'));
    for (const Rule& child : rule.children)
        out << describeRule(child, indent + 1);
    return out.join(QLatin1Char('\n'));
}

QString describePathway(const Pathway& p)
{
    QStringList out;
    out << p.title << QStringLiteral("%1, version %2 (%3)").arg(p.publisher, p.version, p.id);
    if (!p.summary.isEmpty())
        out << QString() << p.summary;
    if (!p.stages.isEmpty()) {
        out << QString() << QStringLiteral("Stages (progressive):");
        for (const Stage& s : p.stages)
            out << pad(1) + s.title + (s.description.isEmpty() ? QString() : QStringLiteral(": ") + s.description);
    }
    for (int i = 0; i < p.steps.size(); ++i) {
        const Step& s = p.steps[i];
        out << QString() << QStringLiteral("Step %1: %2 [%3]").arg(i + 1).arg(s.title, s.id);
        for (const Attribute& a : s.attributes)
            out << pad(1) + a.label + QStringLiteral(": ") + a.value;
        if (!s.summary.isEmpty())
            out << pad(1) + s.summary;
        if (!s.objective.isEmpty())
            out << pad(1) + QStringLiteral("Objective: ") + s.objective;
        if (!s.description.isEmpty())
            out << pad(1) + s.description;
        for (const Group& g : s.groups)
            writeItems(p, g, 1, out);
        if (!s.learningOffers.isEmpty()) {
            out << pad(1) + QStringLiteral("Learning offer:");
            for (const LearningOffer& l : s.learningOffers)
                out << pad(2) + QStringLiteral("[%1] %2").arg(l.id, l.title);
        }
    }
    for (const Group& g : p.groups) {
        out << QString();
        writeItems(p, g, 0, out);
    }
    for (const RoleProfile& r : p.roleProfiles) {
        out << QString() << QStringLiteral("Role profile: %1 [%2]").arg(r.title, r.id);
        for (const StageRequirement& q : r.requirements)
            out << pad(1) + QStringLiteral("%1 at %2").arg(q.item, q.stage);
        out << approvalText(r.approval);
    }
    for (const Transition& t : p.transitions) {
        out << QString() << QStringLiteral("Transition %1 -> %2 [%3]").arg(t.from, t.to, t.id);
        if (!t.mechanism.isEmpty())
            out << pad(1) + t.mechanism;
        for (int i = 0; i < t.process.size(); ++i)
            out << pad(1) + QStringLiteral("%1. %2").arg(i + 1).arg(t.process[i]);
        if (t.rule)
            out << pad(1) + QStringLiteral("Readiness rule:") << describeRule(*t.rule, 2);
        out << approvalText(t.approval);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace waymark
