#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace waymark::cli {

namespace {

QJsonObject roleJson(const RoleRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("grade"), r.grade},
            {QStringLiteral("start"), dateJson(r.start)},
            {QStringLiteral("end"), dateJson(r.end)},
            {QStringLiteral("supervisedOthers"), r.supervisedOthers}};
}

QString awardStatus(const AwardRecord& a)
{
    return a.status == AwardRecord::Status::Held ? QStringLiteral("held") : QStringLiteral("in-progress");
}

QJsonObject awardJson(const AwardRecord& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("award"), a.award},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("status"), awardStatus(a)},
            {QStringLiteral("date"), dateJson(a.date)}};
}

void printRoles(QTextStream& out, const QList<RoleRecord>& roles, const QString& indent)
{
    QList<QStringList> rows;
    for (const RoleRecord& r : roles)
        rows << QStringList{QString::number(r.id), r.title, orDash(r.grade), dateText(r.start),
                            r.end.isValid() ? dateText(r.end) : QStringLiteral("current"),
                            r.supervisedOthers ? QStringLiteral("yes") : QStringLiteral("no")};
    printTable(out, {Cli::tr("ID"), Cli::tr("TITLE"), Cli::tr("GRADE"), Cli::tr("START"),
                     Cli::tr("END"), Cli::tr("SUPERVISED OTHERS")}, rows, indent);
}

void printAwards(QTextStream& out, const QList<AwardRecord>& awards, const QString& indent)
{
    QList<QStringList> rows;
    for (const AwardRecord& a : awards)
        rows << QStringList{QString::number(a.id), a.award, orDash(a.title), awardStatus(a), orDash(dateText(a.date))};
    printTable(out, {Cli::tr("ID"), Cli::tr("AWARD"), Cli::tr("TITLE"), Cli::tr("STATUS"),
                     Cli::tr("DATE")}, rows, indent);
}

// "id (title)" for a step or role profile of the worker's pathway, or just the id.
QString stepText(const Pathway* p, const QString& id)
{
    if (id.isEmpty())
        return QStringLiteral("-");
    if (p) {
        if (const Step* s = p->step(id))
            return QStringLiteral("%1 (%2)").arg(id, s->title);
        if (const RoleProfile* r = p->roleProfile(id))
            return Cli::tr("%1 (role profile: %2)").arg(id, r->title);
    }
    return id;
}

QStringList stepIds(const Pathway& p)
{
    QStringList ids;
    for (const Step& s : p.steps)
        ids << s.id;
    return ids;
}

// What a worker can aim for: a step, or a role profile (SSSC "Nursery manager").
QStringList targetIds(const Pathway& p)
{
    QStringList ids = stepIds(p);
    for (const RoleProfile& r : p.roleProfiles)
        ids << r.id;
    return ids;
}

const QString profileDescription = QStringLiteral(
    "Shows the worker's profile: name, profession, registration, pathway and steps, supervisor,\n"
    "role history and awards.");

int profileShow(Context& ctx, const QStringList& args, const QString& verb, const QString& extraHelp)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the profile as JSON."));
    if (!inv.parse(args, profileDescription + extraHelp))
        return exitOk;
    if (!inv.positionals().isEmpty())
        inv.usage(Cli::tr("unknown subcommand \"%1\".").arg(inv.positionals().first()));
    PortfolioStore& store = inv.store();
    const Worker w = store.worker();
    const QList<RoleRecord> roles = store.roles();
    const QList<AwardRecord> awards = store.awards();
    if (inv.isSet(json)) {
        QJsonArray r, a;
        for (const RoleRecord& role : roles)
            r << roleJson(role);
        for (const AwardRecord& award : awards)
            a << awardJson(award);
        inv.printJson(QJsonObject{{QStringLiteral("name"), w.name},
                                  {QStringLiteral("profession"), w.profession},
                                  {QStringLiteral("registrationBody"), w.registrationBody},
                                  {QStringLiteral("registrationNumber"), w.registrationNumber},
                                  {QStringLiteral("qualified"), dateJson(w.qualified)},
                                  {QStringLiteral("pathway"), w.pathwayId},
                                  {QStringLiteral("currentStep"), w.currentStep},
                                  {QStringLiteral("targetStep"), w.targetStep},
                                  {QStringLiteral("supervisorName"), w.supervisorName},
                                  {QStringLiteral("supervisorRole"), w.supervisorRole},
                                  {QStringLiteral("roles"), r},
                                  {QStringLiteral("awards"), a}});
        return exitOk;
    }
    const Pathway* p = w.pathwayId.isEmpty() ? nullptr : ctx.library().find(w.pathwayId);
    const QString pathway = w.pathwayId.isEmpty() ? QStringLiteral("-")
                            : p                    ? QStringLiteral("%1 (%2)").arg(w.pathwayId, p->title)
                                                   : Cli::tr("%1 (not loaded)").arg(w.pathwayId);
    QString registration = (w.registrationBody + QLatin1Char(' ') + w.registrationNumber).trimmed();
    QString supervisor = w.supervisorName;
    if (!w.supervisorRole.isEmpty())
        supervisor += QStringLiteral(" (%1)").arg(w.supervisorRole);
    const QList<QPair<QString, QString>> fields = {
        {Cli::tr("Name"), orDash(w.name)},
        {Cli::tr("Profession"), orDash(professionTitle(w.profession))},
        {Cli::tr("Registration"), orDash(registration)},
        {Cli::tr("Qualified"), orDash(dateText(w.qualified))},
        {Cli::tr("Pathway"), pathway},
        {Cli::tr("Current step"), stepText(p, w.currentStep)},
        {Cli::tr("Target step"), stepText(p, w.targetStep)},
        {Cli::tr("Supervisor"), orDash(supervisor.trimmed())},
    };
    for (const auto& f : fields)
        ctx.out << (f.first + QLatin1Char(':')).leftJustified(15) << f.second << "\n";
    ctx.out << Cli::tr("\nRoles:\n");
    if (roles.isEmpty())
        ctx.out << Cli::tr("  none (add with 'waymark-cli profile role add')\n");
    else
        printRoles(ctx.out, roles, QStringLiteral("  "));
    ctx.out << Cli::tr("\nAwards:\n");
    if (awards.isEmpty())
        ctx.out << Cli::tr("  none (add with 'waymark-cli profile award add')\n");
    else
        printAwards(ctx.out, awards, QStringLiteral("  "));
    return exitOk;
}

int profileSet(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto name = inv.option(QStringLiteral("name"), Cli::tr("The worker's name."), QStringLiteral("NAME"));
    const auto profession = inv.option(QStringLiteral("profession"),
                                       Cli::tr("social-worker, occupational-therapist or other."), QStringLiteral("PROFESSION"));
    const auto body = inv.option(QStringLiteral("registration-body"),
                                 Cli::tr("Social Work England, HCPC, SSSC, ..."), QStringLiteral("BODY"));
    const auto number = inv.option(QStringLiteral("registration-number"), Cli::tr("The registration number."), QStringLiteral("NUMBER"));
    const auto qualified = inv.option(QStringLiteral("qualified"), Cli::tr("Date of qualifying (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const auto pathway = inv.option(QStringLiteral("pathway"), Cli::tr("The pathway id (see 'waymark-cli pathways')."), QStringLiteral("ID"));
    const auto current = inv.option(QStringLiteral("current-step"), Cli::tr("The step the worker is on, in the pathway."), QStringLiteral("ID"));
    const auto target = inv.option(QStringLiteral("target-step"), Cli::tr("The step (or role profile) the worker is working towards."), QStringLiteral("ID"));
    const auto supervisor = inv.option(QStringLiteral("supervisor"), Cli::tr("The supervisor's name."), QStringLiteral("NAME"));
    const auto supervisorRole = inv.option(QStringLiteral("supervisor-role"), Cli::tr("The supervisor's role."), QStringLiteral("ROLE"));
    if (!inv.parse(args, Cli::tr("Changes the given fields of the profile; the others stay as they are.\n"
                                        "Give an empty value (--supervisor \"\") to clear a text field. Step ids are\n"
                                        "checked against the pathway (the one given, or the one already set).")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    bool any = false;
    for (const auto* o : {&name, &profession, &body, &number, &qualified, &pathway, &current, &target, &supervisor, &supervisorRole})
        any = any || inv.isSet(*o);
    if (!any)
        inv.usage(Cli::tr("give at least one field to change."));

    PortfolioStore& store = inv.store();
    Worker w = store.worker();
    if (inv.isSet(name))
        w.name = inv.value(name).trimmed();
    if (inv.isSet(profession))
        w.profession = inv.oneOf(inv.value(profession), QStringLiteral("--profession"), professionIds());
    if (inv.isSet(body))
        w.registrationBody = inv.value(body).trimmed();
    if (inv.isSet(number))
        w.registrationNumber = inv.value(number).trimmed();
    if (inv.isSet(qualified))
        w.qualified = inv.value(qualified).isEmpty() ? QDate() : inv.date(qualified);
    if (inv.isSet(supervisor))
        w.supervisorName = inv.value(supervisor).trimmed();
    if (inv.isSet(supervisorRole))
        w.supervisorRole = inv.value(supervisorRole).trimmed();

    const Pathway* p = nullptr;
    if (inv.isSet(pathway)) {
        const QString id = inv.value(pathway).trimmed();
        if (id.isEmpty())
            inv.usage(Cli::tr("--pathway cannot be empty."));
        p = &inv.pathwayOf({id, QString()});
        if (id != w.pathwayId) {
            // Steps of another pathway mean nothing in this one.
            for (const auto& [step, known] : {std::pair{&w.currentStep, stepIds(*p)}, std::pair{&w.targetStep, targetIds(*p)}})
                if (!step->isEmpty() && !known.contains(*step)) {
                    ctx.err << Cli::tr("note: cleared the step \"%1\", which is not in %2.\n").arg(*step, id);
                    step->clear();
                }
        }
        w.pathwayId = id;
    } else if (!w.pathwayId.isEmpty()) {
        p = ctx.library().find(w.pathwayId);
    }
    for (const auto& [opt, field] : {std::pair{&current, &w.currentStep}, std::pair{&target, &w.targetStep}}) {
        if (!inv.isSet(*opt))
            continue;
        const QString id = inv.value(*opt).trimmed();
        const QString optName = QStringLiteral("--") + opt->names().constFirst();
        if (!id.isEmpty()) {
            if (!p)
                inv.usage(w.pathwayId.isEmpty() ? Cli::tr("%1 needs a pathway; give --pathway too.").arg(optName)
                                                : Cli::tr("the pathway %1 is not loaded, so %2 cannot be checked.").arg(w.pathwayId, optName));
            const QStringList steps = stepIds(*p);
            const bool isTarget = opt == &target;
            if (!(isTarget ? targetIds(*p) : steps).contains(id)) {
                QString known = Cli::tr("Its steps: %1.").arg(steps.isEmpty() ? QStringLiteral("none") : steps.join(QStringLiteral(", ")));
                const QStringList profiles = targetIds(*p).mid(steps.size());
                if (isTarget && !profiles.isEmpty())
                    known += Cli::tr(" Its role profiles: %1.").arg(profiles.join(QStringLiteral(", ")));
                inv.usage(Cli::tr("%1: pathway %2 has no %3 \"%4\". %5")
                              .arg(optName, p->id, isTarget ? Cli::tr("step or role profile") : QStringLiteral("step"), id, known));
            }
        }
        *field = id;
    }
    if (p && p->stepIndex(w.currentStep) >= 0 && p->stepIndex(w.targetStep) >= 0
        && p->stepIndex(w.targetStep) <= p->stepIndex(w.currentStep))
        ctx.err << Cli::tr("note: the target step %1 is not after the current step %2.\n").arg(w.targetStep, w.currentStep);
    inv.check(store.saveWorker(w));
    ctx.out << Cli::tr("Profile saved.\n");
    return exitOk;
}

int roleAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto title = inv.option(QStringLiteral("title"), Cli::tr("Job title (required)."), QStringLiteral("TITLE"));
    const auto grade = inv.option(QStringLiteral("grade"), Cli::tr("Grade or band."), QStringLiteral("GRADE"));
    const auto start = inv.option(QStringLiteral("start"), Cli::tr("Start date, YYYY-MM-DD (required)."), QStringLiteral("DATE"));
    const auto end = inv.option(QStringLiteral("end"), Cli::tr("End date, YYYY-MM-DD; leave out for the current role."), QStringLiteral("DATE"));
    const auto supervised = inv.option(QStringLiteral("supervised-others"), Cli::tr("The role included supervising others."));
    if (!inv.parse(args, Cli::tr("Adds a role to the worker's role history and prints its id.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    RoleRecord r;
    r.title = inv.required(title).trimmed();
    r.grade = inv.value(grade).trimmed();
    r.start = inv.requiredDate(start);
    r.end = inv.date(end);
    r.supervisedOthers = inv.isSet(supervised);
    if (r.end.isValid() && r.end < r.start)
        inv.usage(Cli::tr("--end %1 is before --start %2.").arg(dateText(r.end), dateText(r.start)));
    ctx.out << inv.checkId(inv.store().addRole(r)) << "\n";
    return exitOk;
}

int roleList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the roles as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the worker's role history, earliest first.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<RoleRecord> roles = inv.store().roles();
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const RoleRecord& r : roles)
            a << roleJson(r);
        inv.printJson(a);
    } else if (roles.isEmpty()) {
        ctx.out << Cli::tr("No roles recorded.\n");
    } else {
        printRoles(ctx.out, roles, QString());
    }
    return exitOk;
}

int roleRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The role's id (see 'waymark-cli profile role list')."));
    if (!inv.parse(args, Cli::tr("Removes a role from the role history.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one role id")).first(), Cli::tr("the role id"));
    inv.check(inv.store().removeRole(id));
    ctx.out << Cli::tr("Removed role %1.\n").arg(id);
    return exitOk;
}

int awardAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto award = inv.option(QStringLiteral("award"),
                                  Cli::tr("An award id from a pathway (peps2, bia, amhp, ...) or the name of any other award (required)."),
                                  QStringLiteral("ID-OR-NAME"));
    const auto title = inv.option(QStringLiteral("title"), Cli::tr("Title; defaults to the pathway's title for a known award id."), QStringLiteral("TITLE"));
    const auto inProgress = inv.option(QStringLiteral("in-progress"), Cli::tr("The award is being worked towards, not yet held."));
    const auto date = inv.option(QStringLiteral("date"), Cli::tr("Date awarded (or started), YYYY-MM-DD."), QStringLiteral("DATE"));
    if (!inv.parse(args, Cli::tr("Adds an award or qualification the worker holds (or is working towards) and prints its id.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    AwardRecord a;
    a.award = inv.required(award).trimmed();
    a.title = inv.value(title).trimmed();
    a.status = inv.isSet(inProgress) ? AwardRecord::Status::InProgress : AwardRecord::Status::Held;
    a.date = inv.date(date);
    if (a.title.isEmpty()) {
        // The worker's own pathway first, then any pathway that defines the award.
        PortfolioStore& store = inv.store();
        const Pathway* own = ctx.library().find(store.worker().pathwayId);
        if (own && own->award(a.award))
            a.title = own->award(a.award)->title;
        for (const Pathway& p : ctx.library().pathways())
            if (a.title.isEmpty() && p.award(a.award))
                a.title = p.award(a.award)->title;
    }
    ctx.out << inv.checkId(inv.store().addAward(a)) << "\n";
    return exitOk;
}

int awardList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the awards as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the worker's awards and qualifications.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<AwardRecord> awards = inv.store().awards();
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const AwardRecord& r : awards)
            a << awardJson(r);
        inv.printJson(a);
    } else if (awards.isEmpty()) {
        ctx.out << Cli::tr("No awards recorded.\n");
    } else {
        printAwards(ctx.out, awards, QString());
    }
    return exitOk;
}

int awardRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The award's id (see 'waymark-cli profile award list')."));
    if (!inv.parse(args, Cli::tr("Removes an award.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one award id")).first(), Cli::tr("the award id"));
    inv.check(inv.store().removeAward(id));
    ctx.out << Cli::tr("Removed award %1.\n").arg(id);
    return exitOk;
}

const QList<Subcommand> roleSubs = {
    {QStringLiteral("add"), Cli::tr("add a role to the role history"), roleAdd},
    {QStringLiteral("list"), Cli::tr("list the role history"), roleList},
    {QStringLiteral("remove"), Cli::tr("remove a role"), roleRemove},
};

const QList<Subcommand> awardSubs = {
    {QStringLiteral("add"), Cli::tr("add an award or qualification"), awardAdd},
    {QStringLiteral("list"), Cli::tr("list the awards"), awardList},
    {QStringLiteral("remove"), Cli::tr("remove an award"), awardRemove},
};

int roleGroup(Context& ctx, const QStringList& args, const QString& verb)
{
    return dispatch(ctx, verb, Cli::tr("The worker's role history."), roleSubs, args);
}

int awardGroup(Context& ctx, const QStringList& args, const QString& verb)
{
    return dispatch(ctx, verb, Cli::tr("The worker's awards and qualifications."), awardSubs, args);
}

} // namespace

int profileCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("show"), Cli::tr("show the profile (the default)"),
         [](Context& c, const QStringList& a, const QString& v) { return profileShow(c, a, v, QString()); }},
        {QStringLiteral("set"), Cli::tr("change fields of the profile"), profileSet},
        {QStringLiteral("role"), Cli::tr("role history: add, list, remove"), roleGroup},
        {QStringLiteral("award"), Cli::tr("awards: add, list, remove"), awardGroup},
    };
    return dispatch(ctx, QStringLiteral("profile"), profileDescription, subs, args,
                    [](Context& c, const QStringList& a) {
                        return profileShow(c, a, QStringLiteral("profile"),
                                           QStringLiteral("\n\n") + subcommandHelp(QStringLiteral("profile"), subs));
                    });
}

} // namespace waymark::cli
