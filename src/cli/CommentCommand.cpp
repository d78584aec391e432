#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

const QStringList commentRoles = {QStringLiteral("manager"), QStringLiteral("worker"), QStringLiteral("supervisor")};

const QString commentDescription = QStringLiteral(
    "Adds a comment on an item, from the worker, their supervisor or a manager, and prints its id.\n"
    "Items are written pathway-id:item-id.");

int commentAdd(Context& ctx, const QStringList& args, const QString& extraHelp)
{
    Invocation inv(ctx, QStringLiteral("comment"));
    const auto author = inv.option(QStringLiteral("author"), Cli::tr("Who writes the comment (required)."), QStringLiteral("NAME"));
    const auto role = inv.option(QStringLiteral("role"), Cli::tr("manager, worker or supervisor (required)."), QStringLiteral("ROLE"));
    const auto text = inv.option(QStringLiteral("text"), Cli::tr("The comment (required)."), QStringLiteral("TEXT"));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("The item commented on."));
    if (!inv.parse(args, commentDescription + extraHelp))
        return exitOk;
    const QStringList pos = inv.positionals();
    if (pos.size() == 1 && !pos.first().contains(QLatin1Char(':')) && !inv.isSet(text))
        inv.usage(Cli::tr("unknown subcommand \"%1\".").arg(pos.first()));
    inv.positionals(1, 1, Cli::tr("one item (pathway:item)"));
    Comment c;
    c.item = inv.item(pos.first());
    c.author = inv.required(author).trimmed();
    c.authorRole = inv.oneOf(inv.required(role), QStringLiteral("--role"), commentRoles);
    c.text = inv.required(text);
    ctx.out << inv.checkId(inv.store().addComment(c)) << "\n";
    return exitOk;
}

int commentList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the comments as JSON."));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("Only this item's comments (default: every item)."), Cli::tr("[PATHWAY:ITEM]"));
    if (!inv.parse(args, Cli::tr("Lists the comments, oldest first.")))
        return exitOk;
    const QStringList pos = inv.positionals(0, 1, Cli::tr("at most one item"));
    const ItemRef item = pos.isEmpty() ? ItemRef() : inv.item(pos.first());
    const QList<Comment> list = inv.store().comments(item);
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const Comment& c : list)
            a << QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("item"), c.item.toString()},
                             {QStringLiteral("author"), c.author},
                             {QStringLiteral("role"), c.authorRole},
                             {QStringLiteral("text"), c.text},
                             {QStringLiteral("createdAt"), timeJson(c.createdAt)}};
        inv.printJson(a);
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << Cli::tr("No comments.\n");
        return exitOk;
    }
    bool first = true;
    for (const Comment& c : list) {
        if (!first)
            ctx.out << "\n";
        first = false;
        ctx.out << Cli::tr("Comment %1").arg(c.id) << "  " << c.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                << c.item.toString() << "\n"
                << "  " << c.author << " (" << c.authorRole << "):\n"
                << indentText(c.text, QStringLiteral("    "));
    }
    return exitOk;
}

} // namespace

int commentCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("list"), Cli::tr("list the comments, for one item or all"), commentList},
    };
    return dispatch(ctx, QStringLiteral("comment"), commentDescription, subs, args, [](Context& c, const QStringList& a) {
        return commentAdd(c, a, QStringLiteral("\n\n") + subcommandHelp(QStringLiteral("comment"), subs));
    });
}

} // namespace waymark::cli
