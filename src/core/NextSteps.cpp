#include "waymark/NextSteps.h"

#include "waymark/PathwayLibrary.h"

#include <QJsonObject>
#include <QMap>

#include <functional>
#include <optional>

namespace waymark {

namespace {

struct NextStepsText
{
    Q_DECLARE_TR_FUNCTIONS(NextSteps)
};

std::optional<NextStep::Kind> kindOfGap(Gap gap)
{
    switch (gap) {
    case Gap::Reconfirm: return NextStep::Kind::Reconfirm;
    case Gap::AwaitingSignOff: return NextStep::Kind::AskSignOff;
    case Gap::AwaitingJudgement: return NextStep::Kind::AskJudgement;
    case Gap::NotSignedOff: return NextStep::Kind::MarkReadyForReview;
    case Gap::NeedsEvidence:
    case Gap::JudgedNotYet: return NextStep::Kind::AddEvidence;
    }
    return std::nullopt;
}

QString itemName(const PathwayLibrary& library, const ItemRef& ref)
{
    const Pathway* p = library.find(ref.pathwayId);
    if (!p)
        return ref.toString();
    if (const Item* item = p->item(ref.itemId))
        return item->displayTitle();
    return p->statementOf(ref.itemId);
}

QString textOf(NextStep::Kind kind, const QString& item, int more, const QString& supervisor)
{
    // The first item named in full: it is what the button opens.
    QString text;
    switch (kind) {
    case NextStep::Kind::Reconfirm:
        text = NextStepsText::tr("Ask %1 to re-confirm \"%2\": evidence changed since sign-off").arg(supervisor, item);
        break;
    case NextStep::Kind::AskSignOff: text = NextStepsText::tr("Ask %1 to sign off \"%2\"").arg(supervisor, item); break;
    case NextStep::Kind::AskJudgement:
        text = NextStepsText::tr("Ask %1 to judge \"%2\" (no evidence needed)").arg(supervisor, item);
        break;
    case NextStep::Kind::MarkReadyForReview: text = NextStepsText::tr("Mark \"%1\" ready for review").arg(item); break;
    case NextStep::Kind::AddEvidence: text = NextStepsText::tr("Add evidence for \"%1\"").arg(item); break;
    default: break;
    }
    if (more > 0)
        text += NextStepsText::tr(" (and %n more)", nullptr, more);
    return text;
}

} // namespace

QString nextStepKindId(NextStep::Kind kind)
{
    switch (kind) {
    case NextStep::Kind::Reconfirm: return QStringLiteral("reconfirm");
    case NextStep::Kind::AskSignOff: return QStringLiteral("ask-sign-off");
    case NextStep::Kind::AskJudgement: return QStringLiteral("ask-judgement");
    case NextStep::Kind::MarkReadyForReview: return QStringLiteral("mark-ready-for-review");
    case NextStep::Kind::AddEvidence: return QStringLiteral("add-evidence");
    case NextStep::Kind::AddQualifiedDate: return QStringLiteral("add-qualified-date");
    case NextStep::Kind::AddRoles: return QStringLiteral("add-roles");
    case NextStep::Kind::AddAward: return QStringLiteral("add-award");
    case NextStep::Kind::ChoosePathway: return QStringLiteral("choose-pathway");
    case NextStep::Kind::ExportForPanel: return QStringLiteral("export-for-panel");
    }
    return QString();
}

QList<NextStep> nextSteps(const ReadinessReport& report, const PortfolioFacts& facts, const PathwayLibrary& library)
{
    if (!report.error.isEmpty() && !library.find(facts.worker.pathwayId))
        return {{NextStep::Kind::ChoosePathway, NextStepsText::tr("Choose your pathway and target step in your profile"), {}}};
    if (report.verdict == ReadinessReport::Verdict::Ready)
        return {{NextStep::Kind::ExportForPanel, NextStepsText::tr("Export your portfolio for the panel: you are ready for %1").arg(report.targetTitle), {}}};

    // The kinds in the order the enum lists them: a signature before new work.
    QMap<NextStep::Kind, QList<ItemRef>> items;
    bool qualifiedDate = false, roles = false, award = false;
    std::function<void(const ReadinessNode&)> walk = [&](const ReadinessNode& n) {
        if (n.outcome == Outcome::Met)
            return;
        award |= n.type == Rule::Type::Award;
        for (qsizetype i = 0; i < n.missingItems.size(); ++i)
            if (const auto kind = kindOfGap(n.gaps.value(i, Gap::NeedsEvidence)); kind && !items[*kind].contains(n.missingItems[i]))
                items[*kind] << n.missingItems[i];
        qualifiedDate |= n.missing == ReadinessNode::MissingDetail::QualifiedDate;
        roles |= n.missing == ReadinessNode::MissingDetail::Roles;
        for (const ReadinessNode& c : n.children)
            walk(c);
    };
    walk(report.root);

    const QString supervisor = facts.worker.supervisorName.isEmpty() ? NextStepsText::tr("your supervisor") : facts.worker.supervisorName;
    QList<NextStep> steps;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (!it.value().isEmpty())
            steps << NextStep{it.key(), textOf(it.key(), itemName(library, it.value().first()), int(it.value().size()) - 1, supervisor), it.value()};
    if (qualifiedDate)
        steps << NextStep{NextStep::Kind::AddQualifiedDate, NextStepsText::tr("Add the date you qualified to your profile"), {}};
    if (roles)
        steps << NextStep{NextStep::Kind::AddRoles, NextStepsText::tr("Add your roles to your profile, with their start dates"), {}};
    if (award)
        steps << NextStep{NextStep::Kind::AddAward, NextStepsText::tr("Record the award you hold, or are working towards, in your profile"), {}};
    return steps;
}

QJsonArray nextStepsToJson(const QList<NextStep>& steps)
{
    QJsonArray out;
    for (const NextStep& s : steps) {
        QJsonArray items;
        for (const ItemRef& ref : s.items)
            items << ref.toString();
        out << QJsonObject{{QStringLiteral("kind"), nextStepKindId(s.kind)}, {QStringLiteral("text"), s.text}, {QStringLiteral("items"), items}};
    }
    return out;
}

} // namespace waymark
