#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

int sessionAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto date = inv.option(QStringLiteral("date"), QStringLiteral("Date of the session, YYYY-MM-DD (required)."), QStringLiteral("DATE"));
    const auto supervisor = inv.option(QStringLiteral("supervisor"), QStringLiteral("The supervisor's name (required)."), QStringLiteral("NAME"));
    const auto role = inv.option(QStringLiteral("role"), QStringLiteral("The supervisor's role."), QStringLiteral("ROLE"));
    const auto notes = inv.option(QStringLiteral("notes"), QStringLiteral("Notes of the session."), QStringLiteral("TEXT"));
    const auto item = inv.option(QStringLiteral("item"), QStringLiteral("An item discussed; repeat for more."), QStringLiteral("PATHWAY:ITEM"));
    if (!inv.parse(args, QStringLiteral("Records a supervision session and prints its id; judgements made in it can name it\n"
                                        "with 'waymark-cli judge ... --session ID'.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("options only"));
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
    const auto json = inv.option(QStringLiteral("json"), QStringLiteral("Print the sessions as JSON."));
    if (!inv.parse(args, QStringLiteral("Lists the supervision sessions, earliest first.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("no arguments"));
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
        ctx.out << "No supervision sessions recorded.\n";
        return exitOk;
    }
    bool first = true;
    for (const SupervisionSession& s : list) {
        if (!first)
            ctx.out << "\n";
        first = false;
        ctx.out << "Session " << s.id << "  " << dateText(s.date) << "  " << s.supervisor;
        if (!s.supervisorRole.isEmpty())
            ctx.out << " (" << s.supervisorRole << ")";
        ctx.out << "\n";
        QStringList items;
        for (const ItemRef& r : s.itemsDiscussed)
            items << r.toString();
        if (!items.isEmpty())
            ctx.out << "  Items discussed: " << items.join(QStringLiteral(", ")) << "\n";
        if (!s.notes.trimmed().isEmpty())
            ctx.out << "  Notes:\n" << indentText(s.notes, QStringLiteral("    "));
    }
    return exitOk;
}

} // namespace

int sessionCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), QStringLiteral("record a supervision session; prints its id"), sessionAdd},
        {QStringLiteral("list"), QStringLiteral("list the sessions"), sessionList},
    };
    return dispatch(ctx, QStringLiteral("session"), QStringLiteral("Supervision sessions."), subs, args);
}

} // namespace waymark::cli
