#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace waymark::cli {

namespace {

int cpdAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto date = inv.option(QStringLiteral("date"), Cli::tr("Date of the activity, YYYY-MM-DD (required)."), QStringLiteral("DATE"));
    const auto activity = inv.option(QStringLiteral("activity"), Cli::tr("What was done (required)."), QStringLiteral("TEXT"));
    const auto hours = inv.option(QStringLiteral("hours"), Cli::tr("Hours spent, e.g. 1.5 (required)."), QStringLiteral("H"));
    const auto notes = inv.option(QStringLiteral("notes"), Cli::tr("Notes."), QStringLiteral("TEXT"));
    const auto evidence = inv.option(QStringLiteral("evidence"), Cli::tr("The evidence that records it."), QStringLiteral("ID"));
    if (!inv.parse(args, Cli::tr("Adds an entry to the CPD log and prints its id.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    CpdEntry c;
    c.date = inv.requiredDate(date);
    c.activity = inv.required(activity).trimmed();
    bool ok = false;
    const QString hoursText = inv.required(hours).trimmed();
    c.hours = hoursText.toDouble(&ok);
    if (!ok || !std::isfinite(c.hours) || c.hours < 0 || c.hours > 1000)
        inv.usage(Cli::tr("--hours must be a number of hours from 0 to 1000, like 1.5; \"%1\" is not.").arg(hoursText));
    c.notes = inv.value(notes);
    if (inv.isSet(evidence)) {
        c.evidenceId = inv.parseId(inv.value(evidence), QStringLiteral("--evidence"));
        inv.check(inv.store().evidence(c.evidenceId).has_value());
    }
    ctx.out << inv.checkId(inv.store().addCpdEntry(c)) << "\n";
    return exitOk;
}

int cpdList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the log and the total as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the CPD log, earliest first, with the total hours.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<CpdEntry> list = inv.store().cpdEntries();
    double total = 0;
    for (const CpdEntry& c : list)
        total += c.hours;
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const CpdEntry& c : list)
            a << QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("date"), dateJson(c.date)},
                             {QStringLiteral("activity"), c.activity},
                             {QStringLiteral("hours"), c.hours},
                             {QStringLiteral("notes"), c.notes},
                             {QStringLiteral("evidenceId"), c.evidenceId > 0 ? QJsonValue(c.evidenceId) : QJsonValue(QJsonValue::Null)}};
        inv.printJson(QJsonObject{{QStringLiteral("entries"), a}, {QStringLiteral("totalHours"), total}});
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << Cli::tr("The CPD log is empty.\n");
        return exitOk;
    }
    QList<QStringList> rows;
    for (const CpdEntry& c : list)
        rows << QStringList{QString::number(c.id), dateText(c.date), hoursText(c.hours).rightJustified(5), c.activity,
                            c.evidenceId > 0 ? QString::number(c.evidenceId) : QStringLiteral("-")};
    printTable(ctx.out, {Cli::tr("ID"), Cli::tr("DATE"), Cli::tr("HOURS"), Cli::tr("ACTIVITY"),
                         Cli::tr("EVIDENCE")}, rows);
    ctx.out << (list.size() == 1 ? Cli::tr("\nTotal: %1 hours in 1 entry\n").arg(hoursText(total))
                               : Cli::tr("\nTotal: %1 hours in %2 entries\n").arg(hoursText(total)).arg(list.size()));
    return exitOk;
}

int cpdRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The entry's id (see 'waymark-cli cpd list')."));
    if (!inv.parse(args, Cli::tr("Removes an entry from the CPD log.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one CPD entry id")).first(), Cli::tr("the CPD entry id"));
    inv.check(inv.store().removeCpdEntry(id));
    ctx.out << Cli::tr("Removed CPD entry %1.\n").arg(id);
    return exitOk;
}

} // namespace

int cpdCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), Cli::tr("add an entry; prints its id"), cpdAdd},
        {QStringLiteral("list"), Cli::tr("list the log, with the total hours"), cpdList},
        {QStringLiteral("remove"), Cli::tr("remove an entry"), cpdRemove},
    };
    return dispatch(ctx, QStringLiteral("cpd"), Cli::tr("The continuing professional development (CPD) log."), subs, args);
}

} // namespace waymark::cli
