#include "CliSupport.h"

#include "waymark/DecisionLetter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

namespace {

const QString caseDescription = QStringLiteral(
    "Progression cases: the worker submits a case for a target (a step, or a role profile), and\n"
    "Waymark freezes a snapshot of the portfolio (evidence versions, attachments' SHA-256, current\n"
    "judgements, the readiness verdict) that later edits do not change. The approval stages the\n"
    "pathway declares then act in order, each by a person holding its role: recommend, approve\n"
    "(the last stage), refer back or decline (both with reasons). A case referred back is\n"
    "submitted again with a new snapshot. Nothing recorded on a case is ever changed.\n"
    "In a personal portfolio names and roles are recorded as given and marked \"not signed in\".");

QJsonObject actorJson(const CaseActor& a)
{
    return {{QStringLiteral("name"), a.name}, {QStringLiteral("role"), a.role}, {QStringLiteral("signedIn"), a.signedIn}};
}

QJsonObject caseJson(const ProgressionCase& c, bool withSnapshot)
{
    QJsonArray events;
    for (const CaseEvent& e : c.events)
        events << QJsonObject{{QStringLiteral("id"), e.id},
                              {QStringLiteral("action"), caseActionId(e.action)},
                              {QStringLiteral("stage"), e.stage >= 0 ? QJsonValue(e.stage + 1) : QJsonValue()},
                              {QStringLiteral("by"), actorJson(e.by)},
                              {QStringLiteral("reason"), e.reason},
                              {QStringLiteral("at"), timeJson(e.at)},
                              {QStringLiteral("snapshotId"), e.snapshotId > 0 ? QJsonValue(e.snapshotId) : QJsonValue()}};
    const int awaited = c.awaitedStage();
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("pathway"), c.pathwayId},
                  {QStringLiteral("target"), c.targetId},
                  {QStringLiteral("targetTitle"), c.targetTitle},
                  {QStringLiteral("status"), caseStatusId(c.status())},
                  {QStringLiteral("awaitedStage"), awaited >= 0 ? QJsonValue(awaited + 1) : QJsonValue()},
                  {QStringLiteral("stages"), approvalToJson(c.stages)},
                  {QStringLiteral("events"), events},
                  {QStringLiteral("snapshotSha256"), c.snapshot.sha256},
                  {QStringLiteral("frozenAt"), timeJson(c.snapshot.frozenAt)}};
    if (withSnapshot)
        o.insert(QStringLiteral("snapshot"), QJsonDocument::fromJson(c.snapshot.content).object());
    return o;
}

ProgressionCase findCase(const Invocation& inv, const QString& text)
{
    const std::optional<ProgressionCase> c = inv.store().progressionCase(inv.parseId(text, Cli::tr("the case id")));
    inv.check(c.has_value());
    return *c;
}

// The worker acting on their own case: --by, or the name in their profile. On a team server
// the server records whoever is signed in.
CaseActor workerActor(const Invocation& inv, const QCommandLineOption& by)
{
    if (!inv.ctx.serverUri.isEmpty())
        return CaseActor{inv.store().signedInName(), QStringLiteral("worker"), true};
    const QString name = inv.isSet(by) ? inv.required(by).trimmed() : inv.store().worker().name.trimmed();
    if (name.isEmpty())
        inv.usage(Cli::tr("give your name with --by, or record it with 'waymark-cli profile set --name'."));
    return CaseActor{name, QStringLiteral("worker"), false};
}

int caseSubmit(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto target = inv.option(QStringLiteral("target"), Cli::tr("The step the case is for."), QStringLiteral("STEP"));
    const auto profile = inv.option(QStringLiteral("profile"), Cli::tr("The role profile the case is for."), QStringLiteral("ID"));
    const auto pathway = inv.option(QStringLiteral("pathway"), Cli::tr("The pathway of the step or role profile (default: yours)."), QStringLiteral("ID"));
    const auto by = inv.option(QStringLiteral("by"), Cli::tr("Your name (default: the name in your profile)."), QStringLiteral("NAME"));
    if (!inv.parse(args, Cli::tr("Submits a case for a step (--target) or a role profile (--profile) and prints its id. A\n"
                                 "snapshot of the portfolio is frozen with it. A case that was referred back is\n"
                                 "submitted again the same way: the same case, with a new snapshot.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    if (inv.isSet(target) == inv.isSet(profile))
        inv.usage(Cli::tr("give either --target STEP or --profile ID."));
    const QString targetId = inv.required(inv.isSet(target) ? target : profile);
    PortfolioStore& store = inv.store();
    const QString pathwayId = inv.isSet(pathway) ? inv.required(pathway) : store.worker().pathwayId;
    const Pathway* p = ctx.library().find(pathwayId);
    if (!p)
        inv.usage(pathwayId.isEmpty() ? Cli::tr("choose your pathway first ('waymark-cli profile set --pathway'), or give --pathway.")
                                      : Cli::tr("there is no pathway \"%1\" (see 'waymark-cli pathways').").arg(pathwayId));
    if (inv.isSet(target) ? !p->step(targetId) : !p->roleProfile(targetId))
        inv.usage(inv.isSet(target) ? Cli::tr("%1 has no step \"%2\" (see 'waymark-cli show %3').").arg(p->title, targetId, p->id)
                                    : Cli::tr("%1 has no role profile \"%2\" (see 'waymark-cli show %3').").arg(p->title, targetId, p->id));
    const CaseActor worker = workerActor(inv, by);
    const qint64 id = inv.checkId(store.submitCase(ctx.library(), pathwayId, targetId, worker));
    ctx.out << id << "\n";
    return exitOk;
}

int caseList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the cases as JSON."));
    const auto awaiting = inv.option(QStringLiteral("awaiting"), Cli::tr("Only the cases awaiting this role's action: %1.")
                                                                     .arg(approvalRoles().join(QStringLiteral(", "))), QStringLiteral("ROLE"));
    if (!inv.parse(args, Cli::tr("Lists the cases, oldest first, with what each awaits.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QString role = inv.isSet(awaiting) ? inv.oneOf(inv.required(awaiting), QStringLiteral("--awaiting"), approvalRoles()) : QString();
    QList<ProgressionCase> list;
    for (const ProgressionCase& c : inv.store().cases())
        if (role.isEmpty() || (c.awaitedStage() >= 0 && c.stages[c.awaitedStage()].role == role))
            list << c;
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const ProgressionCase& c : list)
            a << caseJson(c, false);
        inv.printJson(a);
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << (role.isEmpty() ? Cli::tr("No cases.\n") : Cli::tr("No case awaits the %1.\n").arg(approvalRoleTitle(role)));
        return exitOk;
    }
    QList<QStringList> rows;
    for (const ProgressionCase& c : list)
        rows << QStringList{QString::number(c.id), c.targetTitle, c.describeStatus(),
                            c.events.first().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))};
    printTable(ctx.out, {Cli::tr("ID"), Cli::tr("TARGET"), Cli::tr("STATUS"), Cli::tr("OPENED")}, rows);
    return exitOk;
}

int caseShow(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the case and its snapshot as JSON."));
    inv.positional(Cli::tr("ID"), Cli::tr("The case."));
    if (!inv.parse(args, Cli::tr("Shows a case: its stages, every action on it with who took it, and the snapshot the\n"
                                 "approvers see.")))
        return exitOk;
    const ProgressionCase c = findCase(inv, inv.positionals(1, 1, Cli::tr("one case id")).first());
    if (inv.isSet(json)) {
        inv.printJson(caseJson(c, true));
        return exitOk;
    }
    const QJsonObject snapshot = QJsonDocument::fromJson(c.snapshot.content).object();
    const QJsonObject readiness = snapshot.value(QStringLiteral("readiness")).toObject();
    ctx.out << Cli::tr("Case %1: %2 (%3)\n").arg(c.id).arg(c.targetTitle, c.pathwayId)
            << Cli::tr("Status: %1\n").arg(c.describeStatus());
    ctx.out << Cli::tr("Stages:\n");
    for (int i = 0; i < c.stages.size(); ++i)
        ctx.out << "  " << (i + 1) << ". " << c.stages[i].title << " (" << approvalRoleTitle(c.stages[i].role) << ", "
                << (c.stages[i].decides ? Cli::tr("decides") : Cli::tr("recommends")) << ")\n";
    ctx.out << Cli::tr("Record:\n");
    for (const CaseEvent& e : c.events) {
        ctx.out << "  " << e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << caseActionTitle(e.action);
        if (e.stage >= 0)
            ctx.out << Cli::tr(" at stage %1").arg(e.stage + 1);
        ctx.out << Cli::tr(" by %1").arg(e.by.describe()) << "\n";
        if (!e.reason.isEmpty())
            ctx.out << indentText(Cli::tr("Reasons: %1").arg(e.reason), QStringLiteral("    "));
    }
    ctx.out << Cli::tr("Snapshot frozen %1, SHA-256 %2\n").arg(c.snapshot.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                               c.snapshot.sha256)
            << Cli::tr("  Readiness then: %1. %2\n").arg(readiness.value(QStringLiteral("verdict")).toString(),
                                                          readiness.value(QStringLiteral("summary")).toString())
            << Cli::tr("  %1 evidence item(s) mapped, %2 current judgement(s)\n")
                   .arg(snapshot.value(QStringLiteral("evidence")).toArray().size())
                   .arg(snapshot.value(QStringLiteral("judgements")).toArray().size());
    for (const QJsonValue& v : snapshot.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        ctx.out << "    " << Cli::tr("E%1 v%2 %3").arg(e.value(QStringLiteral("id")).toInteger()).arg(e.value(QStringLiteral("version")).toInt())
                                                  .arg(e.value(QStringLiteral("title")).toString()) << "\n";
    }
    return exitOk;
}

int caseDecide(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto decision = inv.option(QStringLiteral("decision"), Cli::tr("recommend, approve, refer-back or decline (required)."), QStringLiteral("DECISION"));
    const auto reason = inv.option(QStringLiteral("reason"), Cli::tr("The reasons (required to refer back or decline)."), QStringLiteral("TEXT"));
    const auto by = inv.option(QStringLiteral("by"), Cli::tr("Who decides (required in a portfolio file; on a team server, whoever "
                                                             "is signed in)."), QStringLiteral("NAME"));
    const auto role = inv.option(QStringLiteral("role"), Cli::tr("Their role (required in a portfolio file; on a team server the "
                                                                 "awaited stage's by default): %1.")
                                                             .arg(approvalRoles().join(QStringLiteral(", "))), QStringLiteral("ROLE"));
    inv.positional(Cli::tr("ID"), Cli::tr("The case."));
    if (!inv.parse(args, Cli::tr("Records the awaited stage's action on a case. Only a person holding that stage's role acts,\n"
                                 "and only when the stages before have recommended; the last stage approves. A decision\n"
                                 "cannot be changed or taken back.")))
        return exitOk;
    const QString idText = inv.positionals(1, 1, Cli::tr("one case id")).first();
    CaseAction action = CaseAction::Recommend;
    caseActionFromId(inv.oneOf(inv.required(decision), QStringLiteral("--decision"), caseDecisionIds()), &action);
    const bool onServer = !inv.ctx.serverUri.isEmpty();
    const CaseActor actor{onServer ? inv.store().signedInName() : inv.required(by).trimmed(),
                          onServer && !inv.isSet(role) ? QString()
                                                       : inv.oneOf(inv.required(role), QStringLiteral("--role"), approvalRoles()),
                          onServer};
    const qint64 id = findCase(inv, idText).id;
    inv.check(inv.store().decideCase(id, action, inv.value(reason), actor));
    ctx.out << Cli::tr("Case %1: %2\n").arg(id).arg(findCase(inv, idText).describeStatus());
    return exitOk;
}

int caseWithdraw(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto by = inv.option(QStringLiteral("by"), Cli::tr("Your name (default: the name in your profile)."), QStringLiteral("NAME"));
    inv.positional(Cli::tr("ID"), Cli::tr("The case."));
    if (!inv.parse(args, Cli::tr("Withdraws a case that awaits a decision or a resubmission.")))
        return exitOk;
    const qint64 id = findCase(inv, inv.positionals(1, 1, Cli::tr("one case id")).first()).id;
    inv.check(inv.store().withdrawCase(id, workerActor(inv, by)));
    return exitOk;
}

int caseLetter(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto output = inv.option(QStringLiteral("o"), Cli::tr("Where to write the PDF (required)."), QStringLiteral("FILE.pdf"));
    inv.positional(Cli::tr("ID"), Cli::tr("The case."));
    if (!inv.parse(args, Cli::tr("Writes the decision letter to the worker as a PDF, once the case is approved, declined or\n"
                                 "referred back.")))
        return exitOk;
    const qint64 id = findCase(inv, inv.positionals(1, 1, Cli::tr("one case id")).first()).id;
    const QString out = inv.required(output);
    QString error;
    if (!DecisionLetter(inv.store(), ctx.library()).writePdf(id, out, &error))
        inv.fail(error);
    ctx.out << Cli::tr("Wrote %1.\n").arg(out);
    return exitOk;
}

} // namespace

int caseCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("submit"), Cli::tr("submit a case for a step or role profile, freezing a snapshot"), caseSubmit},
        {QStringLiteral("list"), Cli::tr("list the cases and what each awaits"), caseList},
        {QStringLiteral("show"), Cli::tr("show a case, its record and its snapshot"), caseShow},
        {QStringLiteral("decide"), Cli::tr("recommend, approve, refer back or decline, as the awaited stage"), caseDecide},
        {QStringLiteral("withdraw"), Cli::tr("withdraw a case before it is decided"), caseWithdraw},
        {QStringLiteral("letter"), Cli::tr("write the decision letter PDF"), caseLetter},
    };
    return dispatch(ctx, QStringLiteral("case"), caseDescription, subs, args);
}

} // namespace waymark::cli
