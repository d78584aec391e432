#include "CliSupport.h"

namespace waymark::cli {

int verifyCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("verify"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    if (!inv.parse(args, Cli::tr("Recomputes the hash chain over the portfolio's judgements and case records, and each case\n"
                                 "snapshot's SHA-256, and names every record changed, removed or added behind Waymark's\n"
                                 "back. Exit status 1 when the chain is broken.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const ChainReport report = inv.store().verifyChain();
    if (inv.isSet(json))
        inv.printJson(chainJson(report));
    else
        printChain(ctx.out, report);
    return report.intact() ? exitOk : exitFailed;
}

int rebuildIndexCommand(Context& ctx, const QStringList& args)
{
    try {
        Invocation inv(ctx, QStringLiteral("rebuild-index"));
        if (!inv.parse(args, Cli::tr("Makes the search index of the evidence again from the records themselves, after\n"
                                     "Waymark has said it is damaged. No record is changed; a portfolio on a team server\n"
                                     "has no such index, and nothing is done there.")))
            return exitOk;
        inv.positionals(0, 0, Cli::tr("no arguments"));
        PortfolioStore& store = inv.store();
        if (store.isOnServer()) {
            ctx.out << Cli::tr("A portfolio on a team server has no search index to rebuild: the server searches the records.\n");
            return exitOk;
        }
        const bool wasDamaged = store.searchIndexDamaged();
        inv.check(store.rebuildSearchIndex());
        ctx.out << (wasDamaged ? Cli::tr("The search index was damaged and has been made again from the records.\n")
                               : Cli::tr("The search index has been made again from the records (it was not damaged).\n"));
        return exitOk;
    } catch (const CliExit& e) {
        return e.code;
    }
}

} // namespace waymark::cli
