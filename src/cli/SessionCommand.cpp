#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

int sessionAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto date = inv.option(QStringLiteral("date"), Cli::tr("Date of the session, YYYY-MM-DD (required)."), QStringLiteral("DATE"));
    const auto supervisor = inv.option(QStringLiteral("supervisor"), Cli::tr("The supervisor's name (required)."), QStringLiteral("NAME"));
    const auto role = inv.option(QStringLiteral("role"), Cli::tr("The supervisor's role."), QStringLiteral("ROLE"));
    const auto notes = inv.option(QStringLiteral("notes"), Cli::tr("Notes of the session."), QStringLiteral("TEXT"));
    const auto item = inv.option(QStringLiteral("item"), Cli::tr("An item discussed; repeat for more."), Cli::tr("PATHWAY:ITEM"));
    if (!inv.parse(args, Cli::tr("Records a supervision session and prints its id; judgements made in it can name it\n"
                                        "with 'waymark-cli judge ... --session ID'.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    SupervisionSession s;
    s.date = inv.requiredDate(date);
    s.supervisor = inv.required(supervisor).trimmed();
    s.supervisorRole = inv.value(role).trimmed();
    s.notes = inv.value(notes);
    s.itemsDiscussed = inv.items(inv.values(item));
    ctx.out << inv.checkId(inv.store().addSession(s)) << "\n";
    return exitOk;
}

int sessionList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the sessions as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the supervision sessions, earliest first.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<SupervisionSession> list = inv.store().sessions();
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const SupervisionSession& s : list) {
            QJsonArray items;
            for (const ItemRef& r : s.itemsDiscussed)
                items << r.toString();
            a << QJsonObject{{QStringLiteral("id"), s.id},
                             {QStringLiteral("date"), dateJson(s.date)},
                             {QStringLiteral("supervisor"), s.supervisor},
                             {QStringLiteral("supervisorRole"), s.supervisorRole},
                             {QStringLiteral("notes"), s.notes},
                             {QStringLiteral("items"), items}};
        }
        inv.printJson(a);
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << Cli::tr("No supervision sessions recorded.\n");
        return exitOk;
    }
    bool first = true;
    for (const SupervisionSession& s : list) {
        if (!first)
            ctx.out << "\n";
        first = false;
        ctx.out << Cli::tr("Session %1").arg(s.id) << "  " << dateText(s.date) << "  " << s.supervisor;
        if (!s.supervisorRole.isEmpty())
            ctx.out << " (" << s.supervisorRole << ")";
        ctx.out << "\n";
        QStringList items;
        for (const ItemRef& r : s.itemsDiscussed)
            items << r.toString();
        if (!items.isEmpty())
            ctx.out << Cli::tr("  Items discussed: %1\n").arg(items.join(QStringLiteral(", ")));
        if (!s.notes.trimmed().isEmpty())
            ctx.out << Cli::tr("  Notes:\n") << indentText(s.notes, QStringLiteral("    "));
    }
    return exitOk;
}

} // namespace

int sessionCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), Cli::tr("record a supervision session; prints its id"), sessionAdd},
        {QStringLiteral("list"), Cli::tr("list the sessions"), sessionList},
    };
    return dispatch(ctx, QStringLiteral("session"), Cli::tr("Supervision sessions."), subs, args);
}

} // namespace waymark::cli
