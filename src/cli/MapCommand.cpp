#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace waymark::cli {

namespace {

struct Row
{
    Mapping mapping;
    Evidence evidence;
};

QJsonObject rowJson(const Row& r)
{
    return {{QStringLiteral("mappingId"), r.mapping.id},
            {QStringLiteral("item"), r.mapping.item.toString()},
            {QStringLiteral("note"), r.mapping.note},
            {QStringLiteral("evidenceId"), r.evidence.id},
            {QStringLiteral("title"), r.evidence.title},
            {QStringLiteral("date"), dateJson(r.evidence.date)},
            {QStringLiteral("kind"), evidenceKindId(r.evidence.kind)},
            {QStringLiteral("source"), r.evidence.source}};
}

QString statementOf(Context& ctx, const ItemRef& ref)
{
    const Pathway* p = ctx.library().find(ref.pathwayId);
    return p ? p->statementOf(ref.itemId) : QString();
}

void printRows(QTextStream& out, const QList<Row>& rows, bool showItem, const QString& indent)
{
    QList<QStringList> cells;
    for (const Row& r : rows) {
        QStringList c{QString::number(r.mapping.id)};
        if (showItem)
            c << r.mapping.item.toString();
        c << QString::number(r.evidence.id) << dateText(r.evidence.date) << evidenceKindId(r.evidence.kind)
          << r.evidence.title << orDash(r.mapping.note);
        cells << c;
    }
    QStringList header{Cli::tr("MAPPING")};
    if (showItem)
        header << Cli::tr("ITEM");
    header << Cli::tr("EVIDENCE") << Cli::tr("DATE") << Cli::tr("KIND") << Cli::tr("TITLE")
           << Cli::tr("NOTE");
    printTable(out, header, cells, indent);
}

int mapAdd(Context& ctx, const QStringList& args, const QString& extraHelp)
{
    Invocation inv(ctx, QStringLiteral("map"));
    const auto note = inv.option(QStringLiteral("note"), Cli::tr("Why this evidence shows the item."), QStringLiteral("TEXT"));
    inv.positional(Cli::tr("EVIDENCE_ID"), Cli::tr("The evidence id (see 'waymark-cli evidence list')."));
    inv.positional(Cli::tr("PATHWAY:ITEM"), Cli::tr("The item or indicator, e.g. camden-launch-pad:asye-req-registered-social-worker."));
    if (!inv.parse(args, Cli::tr("Maps a piece of evidence to a pathway item and prints the mapping's id.") + extraHelp))
        return exitOk;
    const QStringList pos = inv.positionals(0, 2, Cli::tr("an evidence id and an item"));
    if (pos.size() < 2) {
        if (!pos.isEmpty() && !pos.first().isEmpty() && !pos.first().front().isDigit())
            inv.usage(Cli::tr("unknown subcommand \"%1\".").arg(pos.first()));
        inv.usage(Cli::tr("give an evidence id and an item (pathway:item)."));
    }
    const qint64 evidenceId = inv.parseId(pos[0], Cli::tr("the evidence id"));
    Mapping m;
    m.evidenceId = evidenceId;
    m.item = inv.item(pos[1]);
    m.note = inv.value(note).trimmed();
    PortfolioStore& store = inv.store();
    const std::optional<Evidence> e = store.evidence(evidenceId);
    inv.check(e.has_value());
    if (e->deleted)
        ctx.err << Cli::tr("note: evidence %1 is deleted; the mapping counts once it is restored.\n").arg(evidenceId);
    ctx.out << inv.checkId(store.addMapping(m)) << "\n";
    return exitOk;
}

int mapRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(Cli::tr("MAPPING_ID"), Cli::tr("The mapping id (see 'waymark-cli map list' or 'waymark-cli evidence show')."));
    if (!inv.parse(args, Cli::tr("Removes a mapping between evidence and an item; the evidence stays.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one mapping id")).first(), Cli::tr("the mapping id"));
    inv.check(inv.store().removeMapping(id));
    ctx.out << Cli::tr("Removed mapping %1.\n").arg(id);
    return exitOk;
}

int mapList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto item = inv.option(QStringLiteral("item"), Cli::tr("Every piece of evidence mapped to this item."), Cli::tr("PATHWAY:ITEM"));
    const auto evidence = inv.option(QStringLiteral("evidence"), Cli::tr("Every item this evidence is mapped to."), QStringLiteral("ID"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the list as JSON."));
    if (!inv.parse(args, Cli::tr("Lists mappings. With --item, the evidence for one item; with --evidence, the items of\n"
                                        "one piece of evidence; with neither, every item that has evidence, with its evidence.\n"
                                        "Deleted evidence is left out.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    if (inv.isSet(item) && inv.isSet(evidence))
        inv.usage(Cli::tr("give --item or --evidence, not both."));
    PortfolioStore& store = inv.store();

    if (inv.isSet(evidence)) {
        const qint64 id = inv.parseId(inv.value(evidence), QStringLiteral("--evidence"));
        inv.check(store.evidence(id).has_value());
        const QList<Mapping> maps = store.mappingsForEvidence(id);
        if (inv.isSet(json)) {
            QJsonArray a;
            for (const Mapping& m : maps)
                a << QJsonObject{{QStringLiteral("mappingId"), m.id}, {QStringLiteral("evidenceId"), m.evidenceId},
                                 {QStringLiteral("item"), m.item.toString()}, {QStringLiteral("note"), m.note},
                                 {QStringLiteral("statement"), statementOf(ctx, m.item)}};
            inv.printJson(a);
            return exitOk;
        }
        if (maps.isEmpty()) {
            ctx.out << Cli::tr("Evidence %1 is not mapped to any item.\n").arg(id);
            return exitOk;
        }
        QList<QStringList> rows;
        for (const Mapping& m : maps)
            rows << QStringList{QString::number(m.id), m.item.toString(), orDash(m.note)};
        printTable(ctx.out, {Cli::tr("MAPPING"), Cli::tr("ITEM"), Cli::tr("NOTE")}, rows);
        return exitOk;
    }

    // The reverse view: item -> evidence.
    QMap<ItemRef, QList<Row>> byItem;
    if (inv.isSet(item)) {
        const ItemRef ref = inv.item(inv.value(item));
        byItem[ref];
        for (const Mapping& m : store.mappingsForItem(ref))
            if (const std::optional<Evidence> e = store.evidence(m.evidenceId))
                byItem[ref] << Row{m, *e};
    } else {
        for (const Evidence& e : store.findEvidence())
            for (const Mapping& m : store.mappingsForEvidence(e.id))
                byItem[m.item] << Row{m, e};
        for (QList<Row>& rows : byItem)
            std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return a.evidence.date != b.evidence.date ? a.evidence.date < b.evidence.date : a.mapping.id < b.mapping.id;
            });
    }
    if (inv.isSet(json)) {
        QJsonArray a;
        for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
            QJsonArray rows;
            for (const Row& r : it.value())
                rows << rowJson(r);
            a << QJsonObject{{QStringLiteral("item"), it.key().toString()},
                             {QStringLiteral("statement"), statementOf(ctx, it.key())},
                             {QStringLiteral("evidence"), rows}};
        }
        inv.printJson(inv.isSet(item) ? a.first() : QJsonValue(a));
        return exitOk;
    }
    if (byItem.isEmpty()) {
        ctx.out << Cli::tr("No evidence is mapped to any item yet.\n");
        return exitOk;
    }
    bool first = true;
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        if (!first)
            ctx.out << "\n";
        first = false;
        ctx.out << it.key().toString();
        const QString statement = statementOf(ctx, it.key());
        if (!statement.isEmpty())
            ctx.out << "  " << statement;
        ctx.out << "\n";
        if (it.value().isEmpty())
            ctx.out << Cli::tr("  no evidence yet\n");
        else
            printRows(ctx.out, it.value(), false, QStringLiteral("  "));
    }
    return exitOk;
}

} // namespace

int mapCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("remove"), Cli::tr("remove a mapping"), mapRemove},
        {QStringLiteral("list"), Cli::tr("list mappings: by item, by evidence, or everything"), mapList},
    };
    return dispatch(ctx, QStringLiteral("map"), QString(), subs, args, [](Context& c, const QStringList& a) {
        return mapAdd(c, a,
                      QStringLiteral("\n\n") + subcommandHelp(QStringLiteral("map"), subs));
    });
}

} // namespace waymark::cli
