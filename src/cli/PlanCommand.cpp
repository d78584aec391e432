#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

const QStringList statuses = {QStringLiteral("planned"), QStringLiteral("in-progress"), QStringLiteral("done"), QStringLiteral("dropped")};

// The learning offer "pathway:offer-id", checked against the library.
const LearningOffer& learningOffer(const Invocation& inv, const QString& text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        inv.usage(Cli::tr("\"%1\" is not a learning offer reference; write pathway-id:offer-id, for example "
                                 "camden-launch-pad:asye-lo-asye-programme.").arg(text));
    const ItemRef ref = ItemRef::fromString(text);
    const Pathway& p = inv.pathwayOf(ref);
    QStringList ids;
    for (const Step& s : p.steps)
        for (const LearningOffer& o : s.learningOffers) {
            if (o.id == ref.itemId)
                return o;
            ids << o.id;
        }
    if (ids.isEmpty())
        inv.usage(Cli::tr("pathway %1 has no learning offers.").arg(p.id));
    QStringList some;
    for (const QString& id : ids)
        if (id.contains(ref.itemId, Qt::CaseInsensitive) && some.size() < 6)
            some << id;
    if (some.isEmpty())
        some = ids.mid(0, 6);
    inv.usage(Cli::tr("pathway %1 has no learning offer \"%2\". Perhaps: %3%4 (all: 'waymark-cli show %1').")
                  .arg(p.id, ref.itemId, some.join(QStringLiteral(", ")), ids.size() > some.size() ? QStringLiteral(", ...") : QString()));
}

QStringList itemTexts(const QList<ItemRef>& refs)
{
    QStringList out;
    for (const ItemRef& r : refs)
        out << r.toString();
    return out;
}

int planAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto activity = inv.option(QStringLiteral("activity"), Cli::tr("What the worker will do (required unless --offer is given)."), QStringLiteral("TEXT"));
    const auto offer = inv.option(QStringLiteral("offer"), Cli::tr("A learning offer of a pathway; its title is the default activity."), Cli::tr("PATHWAY:OFFER"));
    const auto item = inv.option(QStringLiteral("item"), Cli::tr("An item the activity works towards; repeat for more."), Cli::tr("PATHWAY:ITEM"));
    const auto target = inv.option(QStringLiteral("target"), Cli::tr("Target date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const auto status = inv.option(QStringLiteral("status"), Cli::tr("planned (default), in-progress, done or dropped."), QStringLiteral("STATUS"));
    if (!inv.parse(args, Cli::tr("Adds an activity to the learning plan and prints its id. Learning offers are listed\n"
                                        "under each step by 'waymark-cli show PATHWAY'.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    PlanItem p;
    if (inv.isSet(offer)) {
        const LearningOffer& o = learningOffer(inv, inv.value(offer).trimmed());
        p.learningOffer = ItemRef::fromString(inv.value(offer)).toString();
        p.activity = o.title;
    }
    if (inv.isSet(activity) || !inv.isSet(offer))
        p.activity = inv.required(activity).trimmed();
    p.linkedItems = inv.items(inv.values(item));
    p.targetDate = inv.date(target);
    if (inv.isSet(status))
        planStatusFromId(inv.oneOf(inv.value(status), QStringLiteral("--status"), statuses), &p.status);
    ctx.out << inv.checkId(inv.store().addPlanItem(p)) << "\n";
    return exitOk;
}

int planList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the plan as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the learning plan, by target date.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<PlanItem> list = inv.store().planItems();
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const PlanItem& p : list)
            a << QJsonObject{{QStringLiteral("id"), p.id},
                             {QStringLiteral("activity"), p.activity},
                             {QStringLiteral("learningOffer"), p.learningOffer},
                             {QStringLiteral("items"), QJsonArray::fromStringList(itemTexts(p.linkedItems))},
                             {QStringLiteral("target"), dateJson(p.targetDate)},
                             {QStringLiteral("status"), planStatusId(p.status)}};
        inv.printJson(a);
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << Cli::tr("The learning plan is empty.\n");
        return exitOk;
    }
    QList<QStringList> rows;
    for (const PlanItem& p : list)
        rows << QStringList{QString::number(p.id), planStatusId(p.status), orDash(dateText(p.targetDate)), p.activity,
                            orDash(p.learningOffer), orDash(itemTexts(p.linkedItems).join(QStringLiteral(", ")))};
    printTable(ctx.out, {Cli::tr("ID"), Cli::tr("STATUS"), Cli::tr("TARGET"), Cli::tr("ACTIVITY"),
                         Cli::tr("OFFER"), Cli::tr("ITEMS")}, rows);
    return exitOk;
}

int planStatus(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The plan item's id (see 'waymark-cli plan list')."));
    inv.positional(QStringLiteral("STATUS"), Cli::tr("planned, in-progress, done or dropped."));
    if (!inv.parse(args, Cli::tr("Changes the status of a learning plan item.")))
        return exitOk;
    const QStringList pos = inv.positionals(2, 2, Cli::tr("a plan item id and a status"));
    const qint64 id = inv.parseId(pos[0], Cli::tr("the plan item id"));
    PlanItem::Status status = PlanItem::Status::Planned;
    planStatusFromId(inv.oneOf(pos[1], Cli::tr("the status"), statuses), &status);
    PortfolioStore& store = inv.store();
    for (PlanItem p : store.planItems())
        if (p.id == id) {
            p.status = status;
            inv.check(store.updatePlanItem(p));
            ctx.out << Cli::tr("Plan item %1 is now %2.\n").arg(id).arg(planStatusId(status));
            return exitOk;
        }
    inv.fail(Cli::tr("there is no learning plan item %1 (see 'waymark-cli plan list').").arg(id));
}

int planRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The plan item's id."));
    if (!inv.parse(args, Cli::tr("Removes an item from the learning plan.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one plan item id")).first(), Cli::tr("the plan item id"));
    inv.check(inv.store().removePlanItem(id));
    ctx.out << Cli::tr("Removed plan item %1.\n").arg(id);
    return exitOk;
}

} // namespace

int planCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), Cli::tr("add an activity, or a pathway's learning offer; prints its id"), planAdd},
        {QStringLiteral("list"), Cli::tr("list the plan"), planList},
        {QStringLiteral("status"), Cli::tr("change an item's status"), planStatus},
        {QStringLiteral("remove"), Cli::tr("remove an item"), planRemove},
    };
    return dispatch(ctx, QStringLiteral("plan"), Cli::tr("The worker's learning plan."), subs, args);
}

} // namespace waymark::cli
