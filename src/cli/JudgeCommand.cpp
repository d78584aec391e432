#include "CliSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

const QStringList verdicts = {QStringLiteral("reached"), QStringLiteral("not-yet-reached"), QStringLiteral("ready-for-review")};

QJsonObject judgementJson(const Judgement& j, const PathwayLibrary& library)
{
    QJsonArray evidence;
    for (const JudgementEvidence& e : j.evidence)
        evidence << QJsonObject{{QStringLiteral("evidenceId"), e.evidenceId},
                                {QStringLiteral("version"), e.evidenceVersion},
                                {QStringLiteral("title"), e.title}};
    return {{QStringLiteral("id"), j.id},
            {QStringLiteral("item"), j.item.toString()},
            {QStringLiteral("verdict"), verdictId(j.verdict)},
            {QStringLiteral("byName"), j.byName},
            {QStringLiteral("byRole"), j.byRole},
            {QStringLiteral("signedIn"), j.signedIn},
            {QStringLiteral("date"), dateJson(j.date)},
            {QStringLiteral("comment"), j.comment},
            {QStringLiteral("sessionId"), j.sessionId > 0 ? QJsonValue(j.sessionId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pathwayVersion"), j.pathwayVersion},
            {QStringLiteral("statement"), j.statement},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("recordedAt"), timeJson(j.recordedAt)},
            {QStringLiteral("evidenceChanged"), j.evidenceChanged},
            {QStringLiteral("withoutEvidence"), library.reachedWithoutEvidence(j)},
            {QStringLiteral("counts"), j.counts}};
}

// Says so when a judgement just recorded is dated before the item's current one.
void noteIfItDoesNotCount(Context& ctx, PortfolioStore& store, qint64 id, const ItemRef& item)
{
    const std::optional<Judgement> current = store.latestJudgement(item);
    for (const Judgement& j : store.judgements(item))
        if (j.id == id && j.changesNothing() && current)
            ctx.err << Cli::tr("Note: judgement %1 is dated %2, before the current judgement of %3 (%4, %5 by %6). It is kept "
                                      "in the history but does not change the verdict.\n")
                           .arg(id).arg(dateText(j.date), item.toString(), verdictTitle(current->verdict), dateText(current->date),
                                current->byName);
}

const QString recordDescription = QStringLiteral(
    "Records a judgement on each item given: whether the worker has reached it. Judgements are\n"
    "never changed; a correction is a new judgement. Each records the evidence it relied on\n"
    "(the --evidence given, or else all the live evidence mapped to the item), so that a later\n"
    "edit shows as \"evidence changed since sign-off\". Prints the new judgements' ids.\n\n"
    "Verdicts: reached, not-yet-reached, ready-for-review. The judgement with the latest date\n"
    "counts (on the same date, the one recorded last); one dated before it is kept in the\n"
    "history but does not change the verdict. Dates after today are refused. \"Reached\" on an\n"
    "item with no evidence needs --without-evidence, unless the pathway marks the item as\n"
    "judged without evidence (years of experience, for example). All the items given are\n"
    "recorded together, or none is.\n"
    "Items are written pathway-id:item-id; capabilities are judged through their indicators.");

// Who judges, in what role, when, and why: the options a sign-off and a re-confirmation share.
struct JudgeOptions
{
    QCommandLineOption by, role, date, comment, withoutEvidence;

    JudgeOptions(Invocation& inv, const QString& dateHelp, const QString& commentHelp, const QString& withoutEvidenceHelp)
        : by(inv.option(QStringLiteral("by"), Cli::tr("Who judges (required, except on a team server, which records who is signed in)."),
                        QStringLiteral("NAME")))
        , role(inv.option(QStringLiteral("role"), Cli::tr("Their role, e.g. \"Practice supervisor\"."), QStringLiteral("ROLE")))
        , date(inv.option(QStringLiteral("date"), dateHelp, QStringLiteral("DATE")))
        , comment(inv.option(QStringLiteral("comment"), commentHelp, QStringLiteral("TEXT")))
        , withoutEvidence(inv.option(QStringLiteral("without-evidence"), withoutEvidenceHelp))
    {
    }

    // A judgement holding what was given; the caller adds the item and the verdict.
    Judgement judgement(const Invocation& inv) const
    {
        Judgement j;
        // A team server records the signed-in person whatever is typed here.
        j.byName = inv.ctx.serverUri.isEmpty() || inv.isSet(by) ? inv.required(by).trimmed() : inv.store().signedInAs();
        j.byRole = inv.value(role).trimmed();
        j.date = inv.isSet(date) ? inv.requiredDate(date) : QDate::currentDate();
        j.comment = inv.value(comment);
        j.confirmedWithoutEvidence = inv.isSet(withoutEvidence);
        return j;
    }
};

int judgeRecord(Context& ctx, const QStringList& args, const QString& extraHelp)
{
    Invocation inv(ctx, QStringLiteral("judge"));
    const auto verdict = inv.option(QStringLiteral("verdict"), Cli::tr("reached, not-yet-reached or ready-for-review (required)."), QStringLiteral("VERDICT"));
    const JudgeOptions who(inv, Cli::tr("Date of the judgement, YYYY-MM-DD (default: today)."),
                           Cli::tr("The reasons, or what is still needed."),
                           Cli::tr("Confirm that \"reached\" is signed off with no evidence to rely on; it is shown as such."));
    const auto session = inv.option(QStringLiteral("session"), Cli::tr("The supervision session it was made in (see 'waymark-cli session list')."), QStringLiteral("ID"));
    const auto evidence = inv.option(QStringLiteral("evidence"), Cli::tr("Evidence relied on; repeat for more (default: all evidence mapped to the item)."), QStringLiteral("ID"));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("The items or indicators judged."), Cli::tr("PATHWAY:ITEM..."));
    if (!inv.parse(args, recordDescription + extraHelp))
        return exitOk;
    const QStringList pos = inv.positionals();
    if (pos.isEmpty())
        inv.usage(Cli::tr("give at least one item (pathway:item) to judge."));
    if (!pos.first().contains(QLatin1Char(':')) && !inv.isSet(verdict))
        inv.usage(Cli::tr("unknown subcommand \"%1\".").arg(pos.first()));
    const QList<ItemRef> items = inv.items(pos, ItemUse::Judge);

    Judgement j = who.judgement(inv);
    verdictFromId(inv.oneOf(inv.required(verdict), QStringLiteral("--verdict"), verdicts), &j.verdict);
    if (inv.isSet(session))
        j.sessionId = inv.parseId(inv.value(session), QStringLiteral("--session"));
    QList<qint64> evidenceIds;
    for (const QString& v : inv.values(evidence)) {
        const qint64 id = inv.parseId(v, QStringLiteral("--evidence"));
        if (!evidenceIds.contains(id))
            evidenceIds << id;
    }

    PortfolioStore& store = inv.store();
    if (j.sessionId > 0) {
        bool found = false;
        for (const SupervisionSession& s : store.sessions())
            found = found || s.id == j.sessionId;
        if (!found)
            inv.fail(Cli::tr("there is no supervision session %1 (see 'waymark-cli session list').").arg(j.sessionId));
    }
    for (qint64 id : evidenceIds) {
        const std::optional<Evidence> e = store.evidence(id);
        inv.check(e.has_value());
        if (e->deleted)
            inv.fail(Cli::tr("evidence %1 is deleted; restore it before relying on it.").arg(id));
    }
    // One user action: every judgement is recorded, or none.
    QStringList order;
    QHash<QString, QList<Judgement>> byPathway;
    for (const ItemRef& item : items) {
        Judgement one = j;
        one.item = item;
        if (!byPathway.contains(item.pathwayId))
            order << item.pathwayId;
        byPathway[item.pathwayId] << one;
    }
    QList<Judgement> recorded;
    QList<qint64> ids;
    inv.check(store.transaction([&] {
        for (const QString& pathwayId : order) {
            const QList<qint64> got = store.recordJudgements(byPathway[pathwayId], inv.pathwayOf(byPathway[pathwayId].first().item), evidenceIds);
            if (got.isEmpty())
                return false;
            ids << got;
            recorded << byPathway[pathwayId];
        }
        return true;
    }));
    for (int i = 0; i < ids.size(); ++i) {
        ctx.out << ids[i] << "\n";
        noteIfItDoesNotCount(ctx, store, ids[i], recorded[i].item);
    }
    return exitOk;
}

int judgeReconfirm(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const JudgeOptions who(inv, Cli::tr("Date of the re-confirmation, YYYY-MM-DD (default: today)."),
                           Cli::tr("Why it is still reached (default: a standard sentence)."),
                           Cli::tr("Confirm it when no evidence is left to rely on."));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("The items to re-confirm."), Cli::tr("PATHWAY:ITEM..."));
    if (!inv.parse(args, Cli::tr("Re-confirms \"reached\" for items signed off as reached whose evidence was edited,\n"
                                        "deleted or had attachments changed since: a new \"reached\" judgement on the evidence as\n"
                                        "it is now. Until then, readiness does not count the item as reached. All the items given\n"
                                        "are re-confirmed together, or none is.")))
        return exitOk;
    const QList<ItemRef> items = inv.items(inv.positionals(1, -1, Cli::tr("at least one item")), ItemUse::Judge);
    const Judgement j = who.judgement(inv);
    PortfolioStore& store = inv.store();
    QList<qint64> ids;
    inv.check(store.transaction([&] {
        for (const ItemRef& item : items) {
            const qint64 id = store.reconfirmJudgement(item, j, inv.pathwayOf(item));
            if (id == 0)
                return false;
            ids << id;
        }
        return true;
    }));
    for (qint64 id : ids)
        ctx.out << id << "\n";
    return exitOk;
}

int judgeHistory(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the judgements as JSON."));
    const auto recorded = inv.option(QStringLiteral("recorded"), Cli::tr("List in the order they were recorded instead of by date."));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("Only this item's judgements (default: every item)."), Cli::tr("[PATHWAY:ITEM]"));
    if (!inv.parse(args, Cli::tr("Shows every judgement by date, oldest first (--recorded: in the order recorded), with\n"
                                        "the evidence each relied on. The judgement that decides each item's verdict is marked\n"
                                        "\"counts\"; one recorded later but dated before it does not change the verdict. A\n"
                                        "judgement whose evidence was edited or deleted afterwards is marked \"evidence changed\n"
                                        "since sign-off\".")))
        return exitOk;
    const QStringList pos = inv.positionals(0, 1, Cli::tr("at most one item"));
    const ItemRef item = pos.isEmpty() ? ItemRef() : inv.item(pos.first());
    PortfolioStore& store = inv.store();
    const QList<Judgement> list = store.judgements(item, inv.isSet(recorded) ? JudgementOrder::Recorded : JudgementOrder::ByDate);
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const Judgement& j : list)
            a << judgementJson(j, ctx.library());
        inv.printJson(a);
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << (item.itemId.isEmpty() ? Cli::tr("No judgements recorded.")
                                          : Cli::tr("No judgements recorded for %1.").arg(item.toString()))
                << "\n";
        return exitOk;
    }
    bool first = true;
    for (const Judgement& j : list) {
        if (!first)
            ctx.out << "\n";
        first = false;
        ctx.out << Cli::tr("Judgement %1").arg(j.id) << "  " << dateText(j.date) << "  " << j.item.toString() << (j.counts ? Cli::tr("  (counts)") : QString()) << "\n";
        ctx.out << Cli::tr("  %1, by %2").arg(verdictTitle(j.verdict), j.author());
        if (j.sessionId > 0)
            ctx.out << Cli::tr(", in supervision session %1").arg(j.sessionId);
        ctx.out << "\n";
        if (!j.statement.isEmpty())
            ctx.out << Cli::tr("  Statement: %1 (pathway version %2)\n").arg(j.statement, j.pathwayVersion);
        if (j.evidence.isEmpty()) {
            ctx.out << (ctx.library().reachedWithoutEvidence(j) ? Cli::tr("  Relied on: no evidence (signed off without evidence)\n") : Cli::tr("  Relied on: no evidence\n"));
        } else {
            ctx.out << Cli::tr("  Relied on:\n");
            for (const JudgementEvidence& e : j.evidence) {
                QString now;
                const std::optional<Evidence> current = store.evidence(e.evidenceId);
                if (!current)
                    now = Cli::tr("  (purged since)");
                else if (current->deleted)
                    now = Cli::tr("  (deleted since)");
                else if (current->version != e.evidenceVersion)
                    now = Cli::tr("  (now version %1)").arg(current->version);
                ctx.out << Cli::tr("    evidence %1 version %2: %3").arg(e.evidenceId).arg(e.evidenceVersion).arg(e.title) << now << "\n";
            }
        }
        if (!j.comment.trimmed().isEmpty())
            ctx.out << Cli::tr("  Comment: %1\n").arg(j.comment.trimmed());
        if (j.evidenceChanged)
            ctx.out << Cli::tr("  ! evidence changed since sign-off\n");
        if (j.changesNothing())
            ctx.out << Cli::tr("  Recorded after a judgement with a later date, so it does not change the verdict.\n");
    }
    return exitOk;
}

} // namespace

int judgeCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("history"), Cli::tr("show the judgements by date, oldest first"), judgeHistory},
        {QStringLiteral("reconfirm"), Cli::tr("re-confirm items whose evidence changed since they were signed off"), judgeReconfirm},
    };
    return dispatch(ctx, QStringLiteral("judge"), recordDescription, subs, args, [](Context& c, const QStringList& a) {
        return judgeRecord(c, a, QStringLiteral("\n\n") + subcommandHelp(QStringLiteral("judge"), subs));
    });
}

} // namespace waymark::cli
