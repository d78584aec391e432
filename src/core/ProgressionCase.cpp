#include "waymark/ProgressionCase.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {

struct ActionName
{
    CaseAction action;
    const char* id;
    const char* title;
    const char* verb;
};

const ActionName actionNames[] = {
    {CaseAction::Submit, "submit", QT_TRANSLATE_NOOP("ProgressionCase", "Submitted"), QT_TRANSLATE_NOOP("ProgressionCase", "Submit")},
    {CaseAction::Recommend, "recommend", QT_TRANSLATE_NOOP("ProgressionCase", "Recommended"), QT_TRANSLATE_NOOP("ProgressionCase", "Recommend")},
    {CaseAction::Approve, "approve", QT_TRANSLATE_NOOP("ProgressionCase", "Approved"), QT_TRANSLATE_NOOP("ProgressionCase", "Approve")},
    {CaseAction::ReferBack, "refer-back", QT_TRANSLATE_NOOP("ProgressionCase", "Referred back"), QT_TRANSLATE_NOOP("ProgressionCase", "Refer back")},
    {CaseAction::Decline, "decline", QT_TRANSLATE_NOOP("ProgressionCase", "Declined"), QT_TRANSLATE_NOOP("ProgressionCase", "Decline")},
    {CaseAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("ProgressionCase", "Withdrawn"), QT_TRANSLATE_NOOP("ProgressionCase", "Withdraw")},
};

const ActionName* nameOf(CaseAction action)
{
    for (const ActionName& a : actionNames)
        if (a.action == action)
            return &a;
    return nullptr;
}

} // namespace

QString CaseActor::describe() const
{
    const QString roleTitle = role == QLatin1String("worker") ? QCoreApplication::translate("ProgressionCase", "Worker")
                                                              : approvalRoleTitle(role);
    return signedIn ? QCoreApplication::translate("ProgressionCase", "%1 (%2, signed in)").arg(name, roleTitle)
                    : QCoreApplication::translate("ProgressionCase", "%1 (%2, not signed in)").arg(name, roleTitle);
}

QString caseActionId(CaseAction action)
{
    return QLatin1String(nameOf(action)->id);
}

QString caseActionTitle(CaseAction action)
{
    return QCoreApplication::translate("ProgressionCase", nameOf(action)->title);
}

QString caseActionVerb(CaseAction action)
{
    return QCoreApplication::translate("ProgressionCase", nameOf(action)->verb);
}

QList<CaseAction> decisionsAt(const ApprovalStage& stage)
{
    return {stage.decides ? CaseAction::Approve : CaseAction::Recommend, CaseAction::ReferBack, CaseAction::Decline};
}

bool caseActionFromId(const QString& id, CaseAction* action)
{
    for (const ActionName& a : actionNames)
        if (id == QLatin1String(a.id)) {
            *action = a.action;
            return true;
        }
    return false;
}

const QStringList& caseDecisionIds()
{
    static const QStringList ids{QStringLiteral("recommend"), QStringLiteral("approve"), QStringLiteral("refer-back"),
                                 QStringLiteral("decline")};
    return ids;
}

QJsonArray approvalToJson(const QList<ApprovalStage>& stages)
{
    QJsonArray out;
    for (const ApprovalStage& s : stages)
        out << QJsonObject{{QStringLiteral("role"), s.role}, {QStringLiteral("title"), s.title},
                           {QStringLiteral("action"), s.decides ? QStringLiteral("decide") : QStringLiteral("recommend")}};
    return out;
}

QList<ApprovalStage> approvalFromJson(const QJsonArray& array)
{
    QList<ApprovalStage> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out << ApprovalStage{o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("title")).toString(),
                             o.value(QStringLiteral("action")).toString() == QLatin1String("decide")};
    }
    return out;
}

QString caseStatusId(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open: return QStringLiteral("open");
    case CaseStatus::ReferredBack: return QStringLiteral("referred-back");
    case CaseStatus::Approved: return QStringLiteral("approved");
    case CaseStatus::Declined: return QStringLiteral("declined");
    case CaseStatus::Withdrawn: return QStringLiteral("withdrawn");
    }
    return QString();
}

QString caseStatusTitle(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open: return QCoreApplication::translate("ProgressionCase", "Open");
    case CaseStatus::ReferredBack: return QCoreApplication::translate("ProgressionCase", "Referred back");
    case CaseStatus::Approved: return QCoreApplication::translate("ProgressionCase", "Approved");
    case CaseStatus::Declined: return QCoreApplication::translate("ProgressionCase", "Declined");
    case CaseStatus::Withdrawn: return QCoreApplication::translate("ProgressionCase", "Withdrawn");
    }
    return QString();
}

CaseStatus ProgressionCase::status() const
{
    CaseStatus status = CaseStatus::Open;
    for (const CaseEvent& e : events)
        switch (e.action) {
        case CaseAction::Submit:
        case CaseAction::Recommend: status = CaseStatus::Open; break;
        case CaseAction::Approve: status = CaseStatus::Approved; break;
        case CaseAction::ReferBack: status = CaseStatus::ReferredBack; break;
        case CaseAction::Decline: status = CaseStatus::Declined; break;
        case CaseAction::Withdraw: status = CaseStatus::Withdrawn; break;
        }
    return status;
}

int ProgressionCase::awaitedStage() const
{
    if (status() != CaseStatus::Open)
        return -1;
    int stage = 0;
    for (const CaseEvent& e : currentRound())
        stage += e.action == CaseAction::Recommend ? 1 : 0;
    return stage < stages.size() ? stage : -1;
}

QString ProgressionCase::describeStatus() const
{
    const int stage = awaitedStage();
    if (stage >= 0)
        return QCoreApplication::translate("ProgressionCase", "Awaits the %1 (stage %2 of %3)")
            .arg(stages[stage].title).arg(stage + 1).arg(stages.size());
    if (status() == CaseStatus::ReferredBack)
        return QCoreApplication::translate("ProgressionCase", "Referred back: awaits the worker's resubmission");
    return caseStatusTitle(status());
}

QList<QList<CaseEvent>> ProgressionCase::rounds() const
{
    QList<QList<CaseEvent>> out;
    for (const CaseEvent& e : events) {
        if (e.action == CaseAction::Submit || out.isEmpty())
            out.append(QList<CaseEvent>());
        out.last() << e;
    }
    return out;
}

QList<CaseEvent> ProgressionCase::currentRound() const
{
    const QList<QList<CaseEvent>> all = rounds();
    return all.isEmpty() ? QList<CaseEvent>() : all.last();
}

} // namespace waymark
