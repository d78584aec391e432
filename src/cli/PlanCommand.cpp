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
        inv.usage(QStringLiteral("\"%1\" is not a learning offer reference; write pathway-id:offer-id, for example "
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
        inv.usage(QStringLiteral("pathway %1 has no learning offers.").arg(p.id));
    QStringList some;
    for (const QString& id : ids)
        if (id.contains(ref.itemId, Qt::CaseInsensitive) && some.size() < 6)
            some << id;
    if (some.isEmpty())
        some = ids.mid(0, 6);
    inv.usage(QStringLiteral("pathway %1 has no learning offer \"%2\". Perhaps: %3%4 (all: 'waymark-cli show %1').")
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
    const auto activity = inv.option(QStringLiteral("activity"), QStringLiteral("What the worker will do (required unless --offer is given)."), QStringLiteral("TEXT"));
    const auto offer = inv.option(QStringLiteral("offer"), QStringLiteral("A learning offer of a pathway; its title is the default activity."), QStringLiteral("PATHWAY:OFFER"));
    const auto item = inv.option(QStringLiteral("item"), QStringLiteral("An item the activity works towards; repeat for more."), QStringLiteral("PATHWAY:ITEM"));
    const auto target = inv.option(QStringLiteral("target"), QStringLiteral("Target date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const auto status = inv.option(QStringLiteral("status"), QStringLiteral("planned (default), in-progress, done or dropped."), QStringLiteral("STATUS"));
    if (!inv.parse(args, QStringLiteral("Adds an activity to the learning plan and prints its id. Learning offers are listed\n"
                                        "under each step by 'waymark-cli show PATHWAY'.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("options only"));
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
    const auto json = inv.option(QStringLiteral("json"), QStringLiteral("Print the plan as JSON."));
    if (!inv.parse(args, QStringLiteral("Lists the learning plan, by target date.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("no arguments"));
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
        ctx.out << "The learning plan is empty.\n";
        return exitOk;
    }
    QList<QStringList> rows;
    for (const PlanItem& p : list)
        rows << QStringList{QString::number(p.id), planStatusId(p.status), orDash(dateText(p.targetDate)), p.activity,
                            orDash(p.learningOffer), orDash(itemTexts(p.linkedItems).join(QStringLiteral(", ")))};
    printTable(ctx.out, {QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("TARGET"), QStringLiteral("ACTIVITY"),
                         QStringLiteral("OFFER"), QStringLiteral("ITEMS")}, rows);
    return exitOk;
}

int planStatus(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), QStringLiteral("The plan item's id (see 'waymark-cli plan list')."));
    inv.positional(QStringLiteral("STATUS"), QStringLiteral("planned, in-progress, done or dropped."));
    if (!inv.parse(args, QStringLiteral("Changes the status of a learning plan item.")))
        return exitOk;
    const QStringList pos = inv.positionals(2, 2, QStringLiteral("a plan item id and a status"));
    const qint64 id = inv.parseId(pos[0], QStringLiteral("the plan item id"));
    PlanItem::Status status = PlanItem::Status::Planned;
    planStatusFromId(inv.oneOf(pos[1], QStringLiteral("the status"), statuses), &status);
    PortfolioStore& store = inv.store();
    for (PlanItem p : store.planItems())
        if (p.id == id) {
            p.status = status;
            inv.check(store.updatePlanItem(p));
            ctx.out << "Plan item " << id << " is now " << planStatusId(status) << ".\n";
            return exitOk;
        }
    inv.fail(QStringLiteral("there is no learning plan item %1 (see 'waymark-cli plan list').").arg(id));
}

int planRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), QStringLiteral("The plan item's id."));
    if (!inv.parse(args, QStringLiteral("Removes an item from the learning plan.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, QStringLiteral("one plan item id")).first(), QStringLiteral("the plan item id"));
    inv.check(inv.store().removePlanItem(id));
    ctx.out << "Removed plan item " << id << ".\n";
    return exitOk;
}

} // namespace

int planCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), QStringLiteral("add an activity, or a pathway's learning offer; prints its id"), planAdd},
        {QStringLiteral("list"), QStringLiteral("list the plan"), planList},
        {QStringLiteral("status"), QStringLiteral("change an item's status"), planStatus},
        {QStringLiteral("remove"), QStringLiteral("remove an item"), planRemove},
    };
    return dispatch(ctx, QStringLiteral("plan"), QStringLiteral("The worker's learning plan."), subs, args);
}

} // namespace waymark::cli
